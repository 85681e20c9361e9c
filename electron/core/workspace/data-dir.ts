import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Letterdesk';

/**
 * Where the desktop app keeps its workspace: Electron's
 * `app.getPath('userData')`, computed the same way here so the CLI and browser
 * mode open the same workspace as the app. LETTERDESK_DATA overrides it.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.LETTERDESK_DATA) return path.resolve(env.LETTERDESK_DATA);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}

import type { WebPreferences } from 'electron';

/*
 * The security settings of the app window and the rules for what its page
 * may do, kept apart from main.ts so tests can assert them without Electron.
 */

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

/** Links the user clicks that may open in the system browser: plain http(s) only. */
export function isExternalWebLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The renderer's own page: file:// URL of the built index.html, nothing else. */
export function isAppPage(url: string, indexFileUrl: string): boolean {
  try {
    const a = new URL(url);
    const b = new URL(indexFileUrl);
    return a.protocol === 'file:' && a.pathname === b.pathname;
  } catch {
    return false;
  }
}

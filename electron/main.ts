import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { APP_INDEX_URL, APP_SCHEME, appRequestFile, isAppUrl, mimeOf } from './app-protocol';
import { CONTENT_SECURITY_POLICY } from './core/security/csp';
import { openAppSession, type AppSession } from './core/workspace/app-session';
import { bindIpc } from './ipc';
import { safeStorageKeyStore } from './safe-storage-key-store';
import { hardenSession, hardenWebContents, secureWebPreferences } from './window-security';

/*
 * The desktop shell, and nothing more: one window, IPC bound to the core,
 * and the Electron security checklist. Everything else lives in core/.
 */

const rendererDir = path.join(__dirname, '..', 'renderer');
let mainWindow: BrowserWindow | null = null;
let appSession: AppSession | null = null;

/**
 * better-sqlite3 built for Electron's ABI, kept apart from the Node build in
 * node_modules that tests and the CLI use (see README, "Native module").
 */
function electronNativeBinding(): string | undefined {
  const candidates = [
    path.join(process.resourcesPath ?? '', 'native', 'better_sqlite3.node'),
    path.join(__dirname, '..', '..', 'resources', 'native', 'electron', 'better_sqlite3.node'),
  ];
  return candidates.find((file) => fs.existsSync(file));
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1200,
    height: 800,
    minWidth: 800,
    minHeight: 560,
    title: 'Letterdesk',
    show: false,
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs'), { devTools: !app.isPackaged, spellcheck: process.platform === 'darwin' }),
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(APP_INDEX_URL);
}

/** Serves the built renderer on app://letterdesk/ (see app-protocol.ts), with the CSP on every response. */
function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = appRequestFile(request.url, rendererDir);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await fs.promises.readFile(file);
      return new Response(body, { headers: { 'content-type': mimeOf(file), 'content-security-policy': CONTENT_SECURITY_POLICY } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

/** A link the user opened: the system browser, only after a confirmation that shows where it goes. */
async function askToOpenExternal(url: string): Promise<void> {
  const options = {
    type: 'question' as const,
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Open this link in your web browser?',
    detail: url,
  };
  const { response } = mainWindow ? await dialog.showMessageBox(mainWindow, options) : await dialog.showMessageBox(options);
  if (response === 0) await shell.openExternal(url);
}

// Before the app is ready: app:// behaves as a standard, secure origin (relative URLs, fetch).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, (url) => void askToOpenExternal(url)));

  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession);
    serveRenderer();

    const dataDir = process.env.LETTERDESK_DATA ? path.resolve(process.env.LETTERDESK_DATA) : app.getPath('userData');
    appSession = await openAppSession(
      { dataDir, nativeBinding: electronNativeBinding() },
      {
        // The workspace passphrase is remembered only where a real OS keyring backs safeStorage.
        keyStore: safeStorageKeyStore(app.getPath('userData')),
        // The renderer never names a path: main asks the user with a native dialog.
        chooseExportFolder: async () => {
          const options = { title: 'Save the letters in', properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
          const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
          return result.canceled ? null : (result.filePaths[0] ?? null);
        },
        // Settings → Backups → Move workspace: where to write an archive, and which one to import.
        chooseArchiveSaveFile: async (defaultName: string) => {
          const options = {
            title: 'Save the workspace archive',
            defaultPath: defaultName,
            filters: [{ name: 'Letterdesk archive', extensions: ['letterdesk'] }],
          };
          const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
          return result.canceled ? null : (result.filePath ?? null);
        },
        // Settings → Backups: a copy saved where the user chooses, and a backup file restored from anywhere.
        chooseBackupSaveFile: async (defaultName: string) => {
          const options = {
            title: 'Save a backup of the workspace',
            defaultPath: defaultName,
            filters: [{ name: 'Letterdesk backup', extensions: ['sqlite'] }],
          };
          const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
          return result.canceled ? null : (result.filePath ?? null);
        },
        chooseBackupFile: async () => {
          const options = {
            title: 'Restore the workspace from a backup',
            properties: ['openFile'] as 'openFile'[],
            filters: [{ name: 'Letterdesk backup', extensions: ['sqlite'] }],
          };
          const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
          return result.canceled ? null : (result.filePaths[0] ?? null);
        },
        chooseArchiveFile: async () => {
          const options = {
            title: 'Import a workspace archive',
            properties: ['openFile'] as 'openFile'[],
            filters: [{ name: 'Letterdesk archive', extensions: ['letterdesk'] }],
          };
          const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
          return result.canceled ? null : (result.filePaths[0] ?? null);
        },
      },
    );
    bindIpc(ipcMain, appSession.handlers, isAppUrl);
    createWindow();
  });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => appSession?.close());
}

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { openAppSession, type AppSession } from './core/workspace/app-session';
import { bindIpc } from './ipc';
import { safeStorageKeyStore } from './safe-storage-key-store';
import { hardenSession, hardenWebContents, isAppPage, secureWebPreferences } from './window-security';

/*
 * The desktop shell, and nothing more: one window, IPC bound to the core,
 * and the Electron security checklist. Everything else lives in core/.
 */

const rendererIndex = path.join(__dirname, '..', 'renderer', 'index.html');
const rendererUrl = pathToFileURL(rendererIndex).toString();
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
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadFile(rendererIndex);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, (url) => void shell.openExternal(url)));

  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession);

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
    bindIpc(ipcMain, appSession.handlers, (url) => isAppPage(url, rendererUrl));
    createWindow();
  });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => appSession?.close());
}

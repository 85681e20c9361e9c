import type { Session, WebContents, WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY } from './core/security/csp';
import { isAppUrl } from './app-protocol';

/*
 * The security settings of the app window and the rules for what its page
 * may do, kept apart from main.ts so tests can assert them without Electron.
 */

/**
 * @param options.devTools only in development: a packaged app never opens
 *   DevTools (they could read every record on screen and call the API).
 * @param options.spellcheck the OS spell checker on macOS; elsewhere
 *   Chromium would download Hunspell dictionaries from Google, so it is off.
 */
export function secureWebPreferences(
  preloadPath: string,
  options: { devTools: boolean; spellcheck: boolean } = { devTools: false, spellcheck: false },
): WebPreferences {
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
    spellcheck: options.spellcheck,
    devTools: options.devTools,
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

/** URLs the app's own pages may load: its app:// files, in-memory data, and DevTools in development. No file://, nothing from any network. */
export function isLocalRequest(url: string): boolean {
  return isAppUrl(url) || ['devtools:', 'data:', 'blob:'].some((scheme) => url.startsWith(scheme));
}

/**
 * Every web contents (the window, and any the page might try to create):
 * no navigation away from the app, no redirects, no webviews, no new
 * windows. Navigation is only ever refused: a page that navigates (a script,
 * a dropped link) never reaches the system browser. A link the user opens in
 * a new window (target=_blank) is handed to `askToOpenExternal`, which shows
 * the URL and opens it only once the user confirms.
 */
export function hardenWebContents(contents: WebContents, askToOpenExternal: (url: string) => void): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebLink(url)) askToOpenExternal(url);
    return { action: 'deny' };
  });
}

/**
 * The session: every permission (camera, notifications, geolocation...)
 * denied, every request that is not the app's own file cancelled, and the
 * CSP sent as a header too (the page also carries it in a meta tag).
 */
export function hardenSession(ses: Session, platform: NodeJS.Platform = process.platform): void {
  // Chromium downloads Hunspell dictionaries from Google's servers on Windows
  // and Linux: spell checking stays on only where the OS provides it.
  ses.setSpellCheckerEnabled(platform === 'darwin');
  if (platform !== 'darwin') ses.setSpellCheckerDictionaryDownloadURL('http://127.0.0.1:9/');
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isLocalRequest(details.url) }));
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

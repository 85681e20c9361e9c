import type { Session, WebContents, WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY } from './core/security/csp';

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

/** URLs the app's own pages may load: its files, and in-memory data. Nothing from any network. */
export function isLocalRequest(url: string): boolean {
  return ['file:', 'devtools:', 'data:', 'blob:'].some((scheme) => url.startsWith(scheme));
}

/**
 * Every web contents (the window, and any the page might try to create):
 * no navigation away from the app, no redirects, no webviews, no new
 * windows. A clicked http(s) link opens in the system browser instead.
 */
export function hardenWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    if (isExternalWebLink(url)) openExternal(url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebLink(url)) openExternal(url);
    return { action: 'deny' };
  });
}

/**
 * The session: every permission (camera, notifications, geolocation...)
 * denied, every request that is not the app's own file cancelled, and the
 * CSP sent as a header too (the page also carries it in a meta tag).
 */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isLocalRequest(details.url) }));
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

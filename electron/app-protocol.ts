import path from 'node:path';

/*
 * The desktop window loads the app from its own scheme, app://letterdesk/,
 * instead of file:// (Electron's security checklist, item 18): a page from
 * file:// could read any file the user can, and the
 * GrantFileProtocolExtraPrivileges fuse is turned off in
 * electron-builder.yml. Only files inside the built renderer are served.
 * Kept free of Electron so tests can check which URLs reach which files.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'letterdesk';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** The app's own pages: app://letterdesk/..., nothing else (not file://, not another host of the scheme). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * The file an app:// request names inside the built renderer, or null:
 * another host, a path outside the folder (however encoded), a malformed
 * escape. Whether the file exists is the caller's question.
 */
export function appRequestFile(url: string, rendererDir: string): string | null {
  if (!isAppUrl(url)) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, `.${relative === '/' ? '/index.html' : relative}`);
  return file.startsWith(root + path.sep) ? file : null;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** The content type of a file of the built renderer; the desktop's app:// handler and browser mode's server both serve them. */
export function mimeOf(file: string): string {
  return MIME[path.extname(file)] ?? 'application/octet-stream';
}

import fs from 'node:fs';
import path from 'node:path';
import type { Session, WebContents } from 'electron';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/security/csp';
import { hardenSession, hardenWebContents } from '../../../electron/window-security';

/*
 * The Electron binary cannot be downloaded on the build machines, so these
 * tests hand the hardening functions main.ts uses small stand-ins for
 * Electron's WebContents and Session that record what was registered, then
 * drive the registered handlers the way Electron would.
 */

type Handler = (...args: unknown[]) => unknown;

function fakeContents() {
  const listeners = new Map<string, Handler>();
  let windowOpen: Handler | null = null;
  const contents = {
    on: (event: string, listener: Handler) => listeners.set(event, listener),
    setWindowOpenHandler: (handler: Handler) => (windowOpen = handler),
  };
  return { contents: contents as unknown as WebContents, listeners, windowOpen: () => windowOpen };
}

function fakeEvent() {
  const event = { prevented: false, preventDefault: () => (event.prevented = true) };
  return event;
}

function fakeSession() {
  const handlers: Record<string, Handler> = {};
  const ses = {
    setPermissionRequestHandler: (h: Handler) => (handlers.permissionRequest = h),
    setPermissionCheckHandler: (h: Handler) => (handlers.permissionCheck = h),
    webRequest: {
      onBeforeRequest: (h: Handler) => (handlers.beforeRequest = h),
      onHeadersReceived: (h: Handler) => (handlers.headersReceived = h),
    },
  };
  return { ses: ses as unknown as Session, handlers };
}

const PERMISSIONS = [
  'media',
  'geolocation',
  'notifications',
  'midi',
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'fullscreen',
  'openExternal',
  'pointerLock',
  'hid',
  'serial',
  'usb',
  'fileSystem',
  'unknown',
];

describe('web contents hardening', () => {
  it('blocks every navigation and sends only http(s) links to the system browser', () => {
    const { contents, listeners } = fakeContents();
    const opened: string[] = [];
    hardenWebContents(contents, (url) => opened.push(url));
    for (const url of [
      'https://example.org/report',
      'http://example.org/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'letterdesk://x',
      'smb://server/share',
    ]) {
      const event = fakeEvent();
      listeners.get('will-navigate')!(event, url);
      expect(event.prevented, url).toBe(true);
    }
    expect(opened).toEqual(['https://example.org/report', 'http://example.org/']);
  });

  it('blocks redirects and webviews', () => {
    const { contents, listeners } = fakeContents();
    hardenWebContents(contents, () => undefined);
    for (const name of ['will-redirect', 'will-attach-webview']) {
      const event = fakeEvent();
      listeners.get(name)!(event, 'https://example.org/');
      expect(event.prevented, name).toBe(true);
    }
  });

  it('denies window.open for every URL', () => {
    const { contents, windowOpen } = fakeContents();
    const opened: string[] = [];
    hardenWebContents(contents, (url) => opened.push(url));
    for (const url of ['https://example.org/', 'about:blank', 'file:///tmp/x.html', '']) {
      expect(windowOpen()!({ url }), url).toEqual({ action: 'deny' });
    }
    expect(opened).toEqual(['https://example.org/']);
  });
});

describe('session hardening', () => {
  it('denies every permission request and check', () => {
    const { ses, handlers } = fakeSession();
    hardenSession(ses);
    for (const permission of PERMISSIONS) {
      let granted: boolean | undefined;
      handlers.permissionRequest!({}, permission, (answer: boolean) => (granted = answer), {});
      expect(granted, permission).toBe(false);
      expect(handlers.permissionCheck!({}, permission, 'file://', {}), permission).toBe(false);
    }
  });

  it('cancels every request that is not one of the app files', () => {
    const { ses, handlers } = fakeSession();
    hardenSession(ses);
    const cancelled = (url: string) => {
      let answer: { cancel?: boolean } = {};
      handlers.beforeRequest!({ url }, (response: { cancel?: boolean }) => (answer = response));
      return answer.cancel;
    };
    for (const url of ['https://example.org/', 'http://127.0.0.1:8080/', 'ws://localhost/', 'wss://x.example/', 'ftp://x/', 'chrome-extension://abc/']) {
      expect(cancelled(url), url).toBe(true);
    }
    for (const url of ['file:///opt/Letterdesk/resources/app.asar/out/renderer/index.html', 'data:image/png;base64,AAAA', 'blob:file:///1234']) {
      expect(cancelled(url), url).toBe(false);
    }
  });

  it('adds the Content-Security-Policy header to every response', () => {
    const { ses, handlers } = fakeSession();
    hardenSession(ses);
    let headers: Record<string, string[]> = {};
    handlers.headersReceived!(
      { responseHeaders: { 'Content-Type': ['text/html'] } },
      (response: { responseHeaders: Record<string, string[]> }) => (headers = response.responseHeaders),
    );
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['Content-Type']).toEqual(['text/html']);
  });
});

describe('release build settings (electron-builder.yml)', () => {
  const config = parseYaml(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

  it('flips the Electron fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('packs the app in an asar archive with native modules unpacked', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['**/*.node', 'node_modules/sharp/**']));
  });

  it('builds AppImage and deb, NSIS and dmg', () => {
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'] });
    expect(config.win).toMatchObject({ target: ['nsis'] });
    expect(config.mac).toMatchObject({ target: ['dmg'] });
  });
});

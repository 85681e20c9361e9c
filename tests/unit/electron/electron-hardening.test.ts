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
  const spellChecker: { enabled?: boolean; downloadUrl?: string } = {};
  const ses = {
    setSpellCheckerEnabled: (enabled: boolean) => (spellChecker.enabled = enabled),
    setSpellCheckerDictionaryDownloadURL: (url: string) => (spellChecker.downloadUrl = url),
    setPermissionRequestHandler: (h: Handler) => (handlers.permissionRequest = h),
    setPermissionCheckHandler: (h: Handler) => (handlers.permissionCheck = h),
    webRequest: {
      onBeforeRequest: (h: Handler) => (handlers.beforeRequest = h),
      onHeadersReceived: (h: Handler) => (handlers.headersReceived = h),
    },
  };
  return { ses: ses as unknown as Session, handlers, spellChecker };
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
  it('blocks every navigation and never hands a navigation to the system browser', () => {
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
    // A page that navigates (a script, a dropped link) must not reach the browser: only a link the user opens, after confirming.
    expect(opened).toEqual([]);
  });

  it('lets frames navigate only within the app', () => {
    const { contents, listeners } = fakeContents();
    hardenWebContents(contents, () => undefined);
    for (const [url, allowed] of [
      ['app://letterdesk/index.html#/recipients', true],
      ['https://example.org/', false],
      ['file:///etc/passwd', false],
      ['app://elsewhere/index.html', false],
    ] as const) {
      const event = Object.assign(fakeEvent(), { url });
      listeners.get('will-frame-navigate')!(event);
      expect(event.prevented, url).toBe(!allowed);
    }
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

  it('denies window.open for every URL, asking the user only about http(s) links', () => {
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
    // The app is served from app://, so file:// is cancelled like any other origin.
    for (const url of ['file:///opt/Letterdesk/resources/app.asar/out/renderer/index.html', 'file:///etc/passwd', 'app://other/x.js']) {
      expect(cancelled(url), url).toBe(true);
    }
    for (const url of ['app://letterdesk/index.html', 'app://letterdesk/assets/index-abc.js', 'data:image/png;base64,AAAA', 'blob:app://letterdesk/1234']) {
      expect(cancelled(url), url).toBe(false);
    }
  });

  it('never downloads spell-check dictionaries: the OS checker on macOS, none elsewhere', () => {
    for (const [platform, enabled] of [
      ['darwin', true],
      ['win32', false],
      ['linux', false],
    ] as const) {
      const { ses, spellChecker } = fakeSession();
      hardenSession(ses, platform);
      expect(spellChecker.enabled, platform).toBe(enabled);
      if (!enabled) expect(new URL(spellChecker.downloadUrl!).hostname, platform).toBe('127.0.0.1');
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
      // Served from app://, so file:// pages get no extra privileges.
      grantFileProtocolExtraPrivileges: false,
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

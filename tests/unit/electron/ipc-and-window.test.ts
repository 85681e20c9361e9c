import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/security/csp';
import { bindIpc, type IpcEventLike } from '../../../electron/ipc';
import { isAppUrl } from '../../../electron/app-protocol';
import { isExternalWebLink, secureWebPreferences } from '../../../electron/window-security';
import { OPERATION_NAMES, channelFor } from '../../../shared/api/operations';
import { openTempWorkspace, type TempWorkspace } from '../../helpers/temp-workspace';

type Listener = (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>;

let t: TempWorkspace;
let channels: Map<string, Listener>;
const appUrl = 'app://letterdesk/index.html';
/** A window's main frame, as Electron's WebFrameMain gives it: no parent. */
const mainFrame = (url: string) => ({ url, parent: null });

beforeEach(async () => {
  t = await openTempWorkspace();
  channels = new Map();
  // A stand-in for Electron's ipcMain (the binary cannot run here); the
  // workspace behind it is a real SQLite file.
  bindIpc({ handle: (channel, listener) => channels.set(channel, listener) }, t.handlers, isAppUrl);
});
afterEach(() => t.cleanup());

describe('IPC binding', () => {
  it('registers exactly one named channel per contract operation', () => {
    expect([...channels.keys()].sort()).toEqual(OPERATION_NAMES.map(channelFor).sort());
  });

  it('serves the app page and refuses any other sender frame', async () => {
    const list = channels.get(channelFor('recipients.list'))!;
    expect(await list({ senderFrame: mainFrame(`${appUrl}#/recipients`) }, {})).toMatchObject({ ok: true });
    for (const senderFrame of [
      null,
      mainFrame('https://evil.example/'),
      mainFrame('file:///opt/Letterdesk/resources/app/out/renderer/index.html'),
      mainFrame('app://other/index.html'),
      // The app's own URL, but in an iframe: only a main frame is trusted.
      { url: appUrl, parent: { url: appUrl } },
    ]) {
      expect(await list({ senderFrame }, {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    }
  });

  it('parses renderer input as unknown', async () => {
    const create = channels.get(channelFor('recipients.create'))!;
    expect(await create({ senderFrame: mainFrame(appUrl) }, { name: 'x', __proto__: { admin: true } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });
});

describe('window security', () => {
  it('keeps the Electron checklist in the window preferences', () => {
    expect(secureWebPreferences('/app/preload.cjs', { devTools: false, spellcheck: false })).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      devTools: false,
      spellcheck: false,
    });
    // The defaults are the packaged app's: no DevTools, no downloaded dictionaries.
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({ devTools: false, spellcheck: false });
  });

  it('opens only http(s) links in the system browser', () => {
    expect(isExternalWebLink('https://www.ohchr.org/')).toBe(true);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'not a url']) {
      expect(isExternalWebLink(url)).toBe(false);
    }
  });

  it('uses a CSP with no remote origin, and the same one in index.html', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-eval/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'none'/);
    const html = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });
});

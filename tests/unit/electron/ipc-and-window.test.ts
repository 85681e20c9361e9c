import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/security/csp';
import { bindIpc, type IpcEventLike } from '../../../electron/ipc';
import { isAppPage, isExternalWebLink, secureWebPreferences } from '../../../electron/window-security';
import { OPERATION_NAMES, channelFor } from '../../../shared/api/operations';
import { openTempWorkspace, type TempWorkspace } from '../../helpers/temp-workspace';

type Listener = (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>;

let t: TempWorkspace;
let channels: Map<string, Listener>;
const appUrl = 'file:///opt/Letterdesk/resources/app/out/renderer/index.html';

beforeEach(async () => {
  t = await openTempWorkspace();
  channels = new Map();
  // A stand-in for Electron's ipcMain (the binary cannot run here); the
  // workspace behind it is a real SQLite file.
  bindIpc({ handle: (channel, listener) => channels.set(channel, listener) }, t.handlers, (url) => isAppPage(url, appUrl));
});
afterEach(() => t.cleanup());

describe('IPC binding', () => {
  it('registers exactly one named channel per contract operation', () => {
    expect([...channels.keys()].sort()).toEqual(OPERATION_NAMES.map(channelFor).sort());
  });

  it('serves the app page and refuses any other sender frame', async () => {
    const list = channels.get(channelFor('recipients.list'))!;
    expect(await list({ senderFrame: { url: `${appUrl}#/recipients` } }, {})).toMatchObject({ ok: true });
    for (const senderFrame of [null, { url: 'https://evil.example/' }, { url: 'file:///tmp/other.html' }]) {
      expect(await list({ senderFrame }, {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    }
  });

  it('parses renderer input as unknown', async () => {
    const create = channels.get(channelFor('recipients.create'))!;
    expect(await create({ senderFrame: { url: appUrl } }, { name: 'x', __proto__: { admin: true } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });
});

describe('window security', () => {
  it('keeps the Electron checklist in the window preferences', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
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

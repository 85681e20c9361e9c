import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { OPERATION_NAMES } from '../../shared/api/operations';
import { installedElectronBinary } from './electron-binary';

/*
 * Smoke test of the real desktop app. It needs Electron's binary, which
 * cannot be downloaded on the build machines: there it is skipped, and says so.
 */
const binary = installedElectronBinary();
if (!binary) console.log('skipped: Electron binary not installed');

test.describe('desktop app', () => {
  test.skip(!binary, 'skipped: Electron binary not installed');

  test('opens one secure window that lists recipients', async () => {
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'letterdesk-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: [path.join(__dirname, '..', '..')],
      env: { ...process.env, LETTERDESK_DATA: data },
    });
    try {
      const window = await app.firstWindow();
      await expect(window.getByRole('heading', { name: 'Recipients' })).toBeVisible();
      // Served from the app's own scheme, never file://.
      expect(window.url()).toMatch(/^app:\/\/letterdesk\//);
      // Isolated and sandboxed: the page sees neither Node nor Electron,
      // only the named API from the preload.
      const page = await window.evaluate(() => {
        const g = globalThis as { require?: unknown; process?: unknown; letterdesk?: Record<string, unknown> };
        return { require: typeof g.require, process: typeof g.process, api: Object.keys(g.letterdesk ?? {}).sort() };
      });
      expect(page).toEqual({ require: 'undefined', process: 'undefined', api: [...OPERATION_NAMES].sort() });
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    } finally {
      await app.close();
      fs.rmSync(data, { recursive: true, force: true });
    }
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupSummary } from '../../../shared/backups/contract';
import { createHandlers } from '../../../electron/core/api/create-handlers';
import { dispatch } from '../../../electron/core/api/dispatch';
import { workspaceForEachTest } from '../../helpers/workspace-per-test';

const { t, ok } = workspaceForEachTest();

const names = async () => (await ok<{ rows: { name: string }[] }>('recipients.list', {})).rows.map((r) => r.name);

describe('backups through the API', () => {
  it('creates, lists, verifies and restores a backup, and the restore can be undone', async () => {
    await ok('recipients.create', { countryCode: 'FR', office: 'Président de la République', name: 'Before' });
    const backup = await ok<BackupSummary>('backups.create', {});
    expect(backup).toMatchObject({ label: 'manual' });
    await ok('recipients.create', { countryCode: 'FR', office: 'Premier ministre', name: 'After' });

    expect(await ok('backups.verify', { name: backup.name })).toMatchObject({ ok: true, problems: [] });
    const restored = await ok<{ undoBackup: string }>('backups.restore', { name: backup.name });
    expect(await names()).toEqual(['Before']);
    await ok('backups.restore', { name: restored.undoBackup });
    expect(await names()).toEqual(['After', 'Before']);
    expect((await ok<BackupSummary[]>('backups.list', {})).map((b) => b.label).sort()).toEqual(['manual', 'pre-restore', 'pre-restore']);

    const download = await ok<{ fileName: string; contentBase64: string }>('backups.download', { name: backup.name });
    expect(Buffer.from(download.contentBase64, 'base64').subarray(0, 15).toString()).toBe('SQLite format 3');
  });

  it('accepts only a backup file name, never a path', async () => {
    for (const name of ['../letterdesk.db', '/etc/passwd', 'x/../../letterdesk.sqlite', 'nothing.txt']) {
      expect(await dispatch(t.handlers, 'backups.restore', { name })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(await dispatch(t.handlers, 'backups.verify', { name: 'missing-2026-01-01T00-00-00-000Z.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

describe('backups saved to and restored from a file the user chooses', () => {
  it('need the desktop dialogs (or the command line) and say so in the browser; cancelling changes nothing', async () => {
    for (const name of ['backups.save', 'backups.restoreFile'] as const) {
      expect(await dispatch(t.handlers, name, {})).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/desktop app/) } });
    }
    const cancelled = createHandlers(t.workspace, { chooseBackupSaveFile: async () => null, chooseBackupFile: async () => null });
    expect(await dispatch(cancelled, 'backups.save', {})).toEqual({ ok: true, data: { cancelled: true, file: null, bytes: 0, copyWarning: null } });
    expect(await dispatch(cancelled, 'backups.restoreFile', {})).toEqual({ ok: true, data: { cancelled: true, restoredFrom: null, undoBackup: null } });
  });

  it('save a dated file into a chosen folder, and restore it from there with an undo backup', async () => {
    await ok('recipients.create', { countryCode: 'FR', office: 'Président de la République', name: 'Saved' });
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'letterdesk-usb-'));
    try {
      const withFolder = createHandlers(t.workspace, { chooseBackupSaveFile: async () => folder });
      const saved = await dispatch(withFolder, 'backups.save', {});
      expect(saved).toMatchObject({ ok: true, data: { cancelled: false, file: expect.stringMatching(/letterdesk-.*\.sqlite$/) } });
      const file = saved.ok ? (saved.data as { file: string }).file : '';
      expect(path.dirname(file)).toBe(folder);
      await ok('recipients.create', { countryCode: 'FR', office: 'Premier ministre', name: 'Later' });
      const fromFile = createHandlers(t.workspace, { chooseBackupFile: async () => file });
      expect(await dispatch(fromFile, 'backups.restoreFile', {})).toMatchObject({ ok: true, data: { cancelled: false, restoredFrom: file } });
      expect(await names()).toEqual(['Saved']);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});

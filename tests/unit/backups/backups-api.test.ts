import { describe, expect, it } from 'vitest';
import type { BackupSummary } from '../../../shared/backups/contract';
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

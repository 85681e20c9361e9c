import fs from 'node:fs';
import path from 'node:path';
import { Database } from '../../../electron/core/db/database';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api/dispatch';
import { DATABASE_FILE, Workspace } from '../../../electron/core/workspace/workspace';
import { createHandlers } from '../../../electron/core/api/create-handlers';
import { damageRootPage } from '../../helpers/damage-file';
import { tempDirsRemovedAfterEach } from '../../helpers/workspace-per-test';

const tempDir = tempDirsRemovedAfterEach(afterEach);

/** A real workspace with one recipient, closed, then its file damaged by `damage`. */
async function damagedWorkspace(damage: (file: string) => void): Promise<{ dir: string; file: string; bytes: Buffer }> {
  const dir = tempDir();
  const ws = await Workspace.open({ dataDir: dir });
  const created = await dispatch(createHandlers(ws), 'recipients.create', { countryCode: 'FR', office: 'President', name: 'Someone' });
  expect(created.ok).toBe(true);
  ws.close();
  const file = path.join(dir, DATABASE_FILE);
  damage(file);
  return { dir, file, bytes: fs.readFileSync(file) };
}

describe('a workspace file that is not a usable database', () => {
  it('is reported as not a database, left untouched, and can be replaced by a fresh workspace', async () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILE);
    fs.writeFileSync(file, 'This is a letter, not a database.\n'.repeat(200));
    const bytes = fs.readFileSync(file);

    const ws = await Workspace.open({ dataDir: dir });
    expect(ws.status()).toMatchObject({ state: 'not_a_database', databaseFile: file });
    const handlers = createHandlers(ws);
    const list = await dispatch(handlers, 'recipients.list', {});
    expect(list).toMatchObject({ ok: false, error: { code: 'workspace_unavailable' } });
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);

    const fresh = await dispatch(handlers, 'workspace.startFresh', {});
    expect(fresh.ok).toBe(true);
    const keptFile = fresh.ok ? (fresh.data as { keptFile: string }).keptFile : '';
    expect(keptFile.startsWith(path.join(dir, 'damaged'))).toBe(true);
    expect(fs.readFileSync(keptFile).equals(bytes)).toBe(true);
    expect(ws.status().state).toBe('ready');
    expect(await dispatch(handlers, 'recipients.list', {})).toMatchObject({ ok: true, data: { total: 0 } });
    ws.close();
  });

  it('reports a corrupted database as damaged without changing it', async () => {
    const { dir, file, bytes } = await damagedWorkspace((f) => {
      // Overwrite everything after the 100-byte header of page 1 with noise:
      // the schema page is gone, the header still says SQLite.
      const buf = fs.readFileSync(f);
      for (let i = 100; i < buf.length; i++) buf[i] = (i * 131) & 0xff;
      fs.writeFileSync(f, buf);
    });
    const ws = await Workspace.open({ dataDir: dir });
    expect(['damaged', 'not_a_database']).toContain(ws.status().state);
    ws.close();
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('reports damage inside a table that quick_check finds', async () => {
    const { dir } = await damagedWorkspace((f) => damageRootPage(f, 'recipients'));
    const ws = await Workspace.open({ dataDir: dir });
    expect(ws.status().state).toBe('damaged');
    ws.close();
  });

  it('refuses a SQLite database that belongs to another program', async () => {
    const dir = tempDir();
    const other = new Database(path.join(dir, DATABASE_FILE));
    other.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)');
    other.close();
    const ws = await Workspace.open({ dataDir: dir });
    expect(ws.status()).toMatchObject({ state: 'not_a_database' });
    ws.close();
  });

  it('will not "start fresh" over a healthy workspace', async () => {
    const dir = tempDir();
    const ws = await Workspace.open({ dataDir: dir });
    expect(await dispatch(createHandlers(ws), 'workspace.startFresh', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(fs.existsSync(path.join(dir, 'damaged'))).toBe(false);
    ws.close();
  });
});

describe('a damaged workspace whose tables can still be read', () => {
  it('opens read-only: the data can be read, every change is refused, and the file stays as it was', async () => {
    const dir = tempDir();
    const ws0 = await Workspace.open({ dataDir: dir });
    const created = await dispatch(createHandlers(ws0), 'recipients.create', { countryCode: 'CL', office: 'President', name: 'Ana Pérez' });
    const id = created.ok ? (created.data as { id: string }).id : '';
    const backup = await dispatch(createHandlers(ws0), 'backups.create', {});
    expect(backup.ok).toBe(true);
    ws0.close();
    const file = path.join(dir, DATABASE_FILE);
    damageRootPage(file, 'activity_log_entity');
    const bytes = fs.readFileSync(file);

    const ws = await Workspace.open({ dataDir: dir });
    expect(ws.status()).toMatchObject({ state: 'damaged', readOnly: true });
    expect(ws.readOnly).toBe(true);
    const handlers = createHandlers(ws);
    expect(await dispatch(handlers, 'recipients.get', { id })).toMatchObject({ ok: true, data: { name: 'Ana Pérez' } });
    const write = await dispatch(handlers, 'recipients.update', { id, fields: { countryCode: 'CL', office: 'President', name: 'Changed' } });
    expect(write).toMatchObject({ ok: false, error: { code: 'workspace_read_only' } });
    expect(await dispatch(handlers, 'recipients.create', { countryCode: 'FR', office: 'President', name: 'X' })).toMatchObject({
      ok: false,
      error: { code: 'workspace_read_only' },
    });
    ws.close();
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('can be replaced by its newest backup, keeping the damaged file as the undo copy', async () => {
    const dir = tempDir();
    const ws0 = await Workspace.open({ dataDir: dir });
    await dispatch(createHandlers(ws0), 'recipients.create', { countryCode: 'CL', office: 'President', name: 'Ana Pérez' });
    const backup = await dispatch(createHandlers(ws0), 'backups.create', {});
    const backupName = backup.ok ? (backup.data as { name: string }).name : '';
    ws0.close();
    const file = path.join(dir, DATABASE_FILE);
    damageRootPage(file, 'activity_log_entity');
    const bytes = fs.readFileSync(file);

    const ws = await Workspace.open({ dataDir: dir });
    expect(ws.readOnly).toBe(true);
    const restored = await dispatch(createHandlers(ws), 'backups.restore', { name: backupName });
    expect(restored).toMatchObject({ ok: true });
    expect(ws.status().state).toBe('ready');
    expect(ws.readOnly).toBe(false);
    const undo = restored.ok ? (restored.data as { undoBackup: string | null }).undoBackup : null;
    expect(undo && fs.readFileSync(path.join(dir, 'backups', undo)).equals(bytes)).toBe(true);
    expect(await dispatch(createHandlers(ws), 'recipients.list', {})).toMatchObject({ ok: true, data: { total: 1 } });
    ws.close();
  });

  it('is not opened read-only when a table itself is damaged', async () => {
    const dir = tempDir();
    const ws0 = await Workspace.open({ dataDir: dir });
    await dispatch(createHandlers(ws0), 'recipients.create', { countryCode: 'CL', office: 'President', name: 'Ana Pérez' });
    ws0.close();
    damageRootPage(path.join(dir, DATABASE_FILE), 'recipients');
    const ws = await Workspace.open({ dataDir: dir });
    expect(ws.status().state).toBe('damaged');
    expect(ws.readOnly).toBe(false);
    expect(await dispatch(createHandlers(ws), 'recipients.list', {})).toMatchObject({ ok: false, error: { code: 'workspace_unavailable' } });
    ws.close();
  });
});

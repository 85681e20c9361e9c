import fs from 'node:fs';
import path from 'node:path';
import { Database } from '../../../electron/core/db/database';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups, parseBackupName, saveBackupTo, takeBackup, verifyBackup } from '../../../electron/core/backups';
import { backupDatabase } from '../../../electron/core/db/online-backup';
import { LATEST_VERSION } from '../../../electron/core/db/migrate';
import type { Workspace } from '../../../electron/core/workspace/workspace';
import { damageRecipientsTable, tempSpace } from './backup-test-helpers';

const space = tempSpace(afterEach);
const tempDir = space.dir;
const workspaceWith = async (...names: string[]): Promise<{ dir: string; workspace: Workspace }> => {
  const workspace = await space.workspace(names);
  return { dir: workspace.dataDir, workspace };
};

describe('taking and listing backups', () => {
  it('names backups by label and time, and lists them newest first', async () => {
    const t = await workspaceWith('Ana');
    await takeBackup(t.workspace, 'auto', new Date('2026-03-01T08:00:00.000Z'));
    await takeBackup(t.workspace, 'pre-migration-v2', new Date('2026-03-02T08:00:00.000Z'));
    const manual = await takeBackup(t.workspace, 'manual', new Date('2026-03-01T12:30:15.250Z'));
    expect(manual.name).toBe('manual-2026-03-01T12-30-15-250Z.sqlite');

    const list = listBackups(t.dir);
    expect(list.map((b) => [b.label, b.createdAt])).toEqual([
      ['pre-migration-v2', '2026-03-02T08:00:00.000Z'],
      ['manual', '2026-03-01T12:30:15.250Z'],
      ['auto', '2026-03-01T08:00:00.000Z'],
    ]);
    expect(list[0].file).toBe(path.join(t.dir, 'backups', list[0].name));
    expect(list.every((b) => b.bytes > 0 && b.bytes === fs.statSync(b.file).size)).toBe(true);
  });

  it('never overwrites a backup taken in the same millisecond', async () => {
    const t = await workspaceWith('Ana');
    const at = new Date('2026-03-01T08:00:00.000Z');
    const first = await takeBackup(t.workspace, 'auto', at);
    const second = await takeBackup(t.workspace, 'auto', at);
    expect(second.file).not.toBe(first.file);
    expect(listBackups(t.dir)).toHaveLength(2);
  });

  it('lists a file Letterdesk did not name as "other", and ignores everything else', async () => {
    const t = await workspaceWith();
    await takeBackup(t.workspace, 'auto');
    fs.copyFileSync(listBackups(t.dir)[0].file, path.join(t.dir, 'backups', 'copy from Maria.sqlite'));
    fs.writeFileSync(path.join(t.dir, 'backups', 'notes.txt'), 'hello');
    fs.writeFileSync(path.join(t.dir, 'backups', 'auto-2026-03-01T08-00-00-000Z.sqlite.part'), 'half');
    expect(
      listBackups(t.dir)
        .map((b) => b.label)
        .sort(),
    ).toEqual(['auto', 'other']);
    expect(parseBackupName('auto-2026-13-01T08-00-00-000Z.sqlite')).toBeNull();
  });

  it('returns an empty list when there is no backups folder', () => {
    expect(listBackups(tempDir())).toEqual([]);
  });

  it('writes self-contained files: checking one leaves nothing beside it', async () => {
    const t = await workspaceWith('Ana');
    const backup = await takeBackup(t.workspace, 'manual');
    expect(fs.readFileSync(backup.file)[18]).toBe(1); // rollback journal, not WAL
    expect(verifyBackup(backup.file).ok).toBe(true);
    expect(fs.readdirSync(path.dirname(backup.file))).toEqual([backup.name]);
  });
});

describe('verifyBackup', () => {
  it('reports the schema version and row counts of a good backup', async () => {
    const t = await workspaceWith('Ana', 'Ben');
    const check = verifyBackup((await takeBackup(t.workspace, 'manual')).file);
    expect(check).toMatchObject({ ok: true, problems: [], schemaVersion: LATEST_VERSION });
    expect(check.counts.recipients).toBe(2);
    expect(check.counts.activity_log).toBeGreaterThanOrEqual(2);
  });

  it('checks a WAL-mode copy (as the pre-migration backups are) in memory, leaving nothing beside it', async () => {
    const t = await workspaceWith('Ana');
    const file = await backupDatabase(t.workspace.db(), tempDir(), 'pre-migration-v1');
    expect(fs.readFileSync(file)[18]).toBe(2);
    expect(verifyBackup(file)).toMatchObject({ ok: true, counts: { recipients: 1 } });
    expect(fs.readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
  });

  it('finds damage inside a table', async () => {
    const t = await workspaceWith('Ana', 'Ben');
    const backup = await takeBackup(t.workspace, 'manual');
    damageRecipientsTable(backup.file);
    const check = verifyBackup(backup.file);
    expect(check.ok).toBe(false);
    expect(check.problems.join(' ')).toMatch(/damage/);
  });

  it.each([
    ['a missing file', (dir: string) => path.join(dir, 'nope.sqlite'), /no such file/],
    ['an empty file', (dir: string) => write(dir, ''), /empty/],
    ['a text file', (dir: string) => write(dir, 'Dear Minister,\n'.repeat(50)), /not an SQLite database/],
    ['a folder', (dir: string) => dir, /folder/],
    ["another program's database", (dir: string) => sqlite(dir, 'CREATE TABLE photos (id INTEGER PRIMARY KEY)'), /not a Letterdesk workspace/],
    [
      "a newer Letterdesk's workspace",
      (dir: string) => sqlite(dir, `CREATE TABLE recipients (id TEXT); PRAGMA user_version = ${LATEST_VERSION + 1}`),
      /newer version of Letterdesk/,
    ],
  ])('refuses %s with a reason', (_what, make, reason) => {
    const check = verifyBackup(make(tempDir()));
    expect(check.ok).toBe(false);
    expect(check.problems.join(' ')).toMatch(reason);
  });
});

describe('saveBackupTo', () => {
  it('saves a checked copy to the chosen file, with no .part left behind', async () => {
    const t = await workspaceWith('Ana');
    const target = path.join(tempDir(), 'letterdesk for the board.sqlite');
    const saved = await saveBackupTo(t.workspace, target);
    expect(saved).toEqual({ file: target, bytes: fs.statSync(target).size, copyWarning: expect.objectContaining({ code: 'plainCopy' }) });
    expect(verifyBackup(target)).toMatchObject({ ok: true, counts: { recipients: 1 } });
    expect(fs.readdirSync(path.dirname(target))).toEqual([path.basename(target)]);
  });

  it('replaces an existing file only with a whole copy', async () => {
    const t = await workspaceWith('Ana');
    const target = write(tempDir(), 'an older export');
    await saveBackupTo(t.workspace, target);
    expect(verifyBackup(target).ok).toBe(true);
  });

  it('refuses to write over the workspace database itself', async () => {
    const t = await workspaceWith('Ana');
    await expect(saveBackupTo(t.workspace, t.workspace.databaseFile)).rejects.toThrow(/own database/);
    await expect(saveBackupTo(t.workspace, `${t.workspace.databaseFile}-wal`)).rejects.toThrow(/own database/);
    await expect(saveBackupTo(t.workspace, tempDir())).rejects.toThrow(/is a folder/);
  });

  it('fails with one clear sentence when the folder does not exist', async () => {
    const t = await workspaceWith('Ana');
    const target = path.join(tempDir(), 'missing', 'copy.sqlite');
    await expect(saveBackupTo(t.workspace, target)).rejects.toThrow(/^Could not write the backup to .*copy\.sqlite/);
    expect(fs.existsSync(target)).toBe(false);
  });
});

function write(dir: string, content: string): string {
  const file = path.join(dir, 'file.sqlite');
  fs.writeFileSync(file, content);
  return file;
}

function sqlite(dir: string, sql: string): string {
  const file = path.join(dir, 'other.sqlite');
  const db = new Database(file);
  db.exec(sql);
  db.close();
  return file;
}

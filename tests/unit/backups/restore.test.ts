import fs from 'node:fs';
import path from 'node:path';
import { Database } from '../../../electron/core/db/database';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups, restoreBackup, takeBackup, type RestoreStep } from '../../../electron/core/backups';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/database';
import { LATEST_VERSION, migrate } from '../../../electron/core/db/migrate';
import { Workspace } from '../../../electron/core/workspace/workspace';
import { addRecipient, backupNames, damageRecipientsTable, recipientNames, strayFiles, tempSpace } from './backup-test-helpers';

const space = tempSpace(afterEach);
const reopenables: Workspace[] = [];
afterEach(() => {
  for (const ws of reopenables.splice(0)) ws.close();
});

/** A workspace holding Ana, a backup of it, then Ben added after the backup. */
async function workspaceWithLaterChange(): Promise<{ ws: Workspace; backup: string }> {
  const ws = await space.workspace(['Ana']);
  reopenables.push(ws);
  const backup = (await takeBackup(ws, 'manual')).file;
  addRecipient(ws.db(), 'Ben');
  return { ws, backup };
}

describe('restoreBackup', () => {
  it('restores a backup, and restoring the pre-restore copy undoes it', async () => {
    const { ws, backup } = await workspaceWithLaterChange();

    const result = await restoreBackup(ws, backup);
    expect(result.restoredFrom).toBe(backup);
    expect(result.status).toMatchObject({ state: 'ready', schemaVersion: LATEST_VERSION });
    expect(recipientNames(ws.db())).toEqual(['Ana']);
    expect(path.basename(result.undoBackup ?? '')).toMatch(/^pre-restore-.*\.sqlite$/);
    expect(
      listBackups(ws.dataDir)
        .map((b) => b.label)
        .sort(),
    ).toEqual(['manual', 'pre-restore']);

    const undone = await restoreBackup(ws, result.undoBackup!);
    expect(recipientNames(ws.db())).toEqual(['Ana', 'Ben']);
    expect(path.basename(undone.undoBackup ?? '')).toMatch(/^pre-restore-/);
    // The workspace keeps working, and nothing is left lying around.
    addRecipient(ws.db(), 'Chloé');
    expect(recipientNames(ws.db())).toEqual(['Ana', 'Ben', 'Chloé']);
    expect(strayFiles(ws.dataDir)).toEqual([]);
    expect(backupNames(ws.dataDir).every((name) => name.endsWith('.sqlite'))).toBe(true);
  });

  it('refuses a damaged backup and leaves the live data untouched', async () => {
    const { ws, backup } = await workspaceWithLaterChange();
    damageRecipientsTable(backup);
    const before = backupNames(ws.dataDir);

    await expect(restoreBackup(ws, backup)).rejects.toThrow(
      /^manual-.*\.sqlite cannot be restored: SQLite found damage: [^\n]*The workspace was not changed\.$/,
    );
    expect(recipientNames(ws.db())).toEqual(['Ana', 'Ben']);
    expect(backupNames(ws.dataDir)).toEqual(before); // no pre-restore copy for a refused restore
    expect(strayFiles(ws.dataDir)).toEqual([]);
  });

  it('refuses a file that is not a Letterdesk backup, and a missing one', async () => {
    const { ws } = await workspaceWithLaterChange();
    const text = path.join(space.dir(), 'letter.docx');
    fs.writeFileSync(text, 'PK not a database');
    await expect(restoreBackup(ws, text)).rejects.toThrow(/letter\.docx cannot be restored: it is not an SQLite database/);
    await expect(restoreBackup(ws, path.join(space.dir(), 'gone.sqlite'))).rejects.toMatchObject({ code: 'not_found' });
    await expect(restoreBackup(ws, ws.databaseFile)).rejects.toThrow(/own database/);
    expect(recipientNames(ws.db())).toEqual(['Ana', 'Ben']);
  });

  it.each<RestoreStep>(['copied', 'verified', 'undo-saved', 'closed'])('keeps the current data when it fails after "%s"', async (failAt) => {
    const { ws, backup } = await workspaceWithLaterChange();
    const attempt = restoreBackup(ws, backup, {
      onStep: (step) => {
        if (step === failAt) throw new Error('the disk went away');
      },
    });
    await expect(attempt).rejects.toThrow(/the disk went away.*The workspace was not changed\./);
    expect(ws.status().state).toBe('ready');
    expect(recipientNames(ws.db())).toEqual(['Ana', 'Ben']);
    expect(strayFiles(ws.dataDir)).toEqual([]);
  });

  it('puts the previous data back when the restored file will not open', async () => {
    const { ws, backup } = await workspaceWithLaterChange();
    const attempt = restoreBackup(ws, backup, {
      onStep: (step) => {
        if (step === 'swapped') throw new Error('simulated crash while opening');
      },
    });
    await expect(attempt).rejects.toThrow(/could not be opened \(simulated crash while opening\)\. The previous data was put back; nothing was lost\./);
    expect(ws.status().state).toBe('ready');
    expect(recipientNames(ws.db())).toEqual(['Ana', 'Ben']);
    expect(strayFiles(ws.dataDir)).toEqual([]);
  });

  it('puts the previous data back when reopening throws', async () => {
    const { ws, backup } = await workspaceWithLaterChange();
    const reopen = ws.reopen.bind(ws);
    let calls = 0;
    ws.reopen = async () => {
      calls += 1;
      if (calls === 1) throw new Error('EMFILE: too many open files');
      await reopen();
    };
    await expect(restoreBackup(ws, backup)).rejects.toThrow(/previous data was put back/);
    expect(recipientNames(ws.db())).toEqual(['Ana', 'Ben']);
  });

  it('refuses while another connection has the workspace open, changing nothing', async () => {
    const { ws, backup } = await workspaceWithLaterChange();
    const other = new Database(ws.databaseFile);
    try {
      other.prepare('SELECT count(*) FROM recipients').get();
      await expect(restoreBackup(ws, backup)).rejects.toMatchObject({ code: 'conflict' });
    } finally {
      other.close();
    }
    expect(recipientNames(ws.db())).toEqual(['Ana', 'Ben']);
  });

  it('restores over a damaged workspace, keeping the damaged file byte for byte', async () => {
    const dataDir = space.dir();
    const healthy = await space.workspace(['Ana'], { dataDir });
    const backup = (await takeBackup(healthy, 'manual')).file;
    addRecipient(healthy.db(), 'Ben');
    healthy.close();
    damageRecipientsTable(healthy.databaseFile);
    const damagedBytes = fs.readFileSync(healthy.databaseFile);

    const ws = await Workspace.open({ dataDir });
    reopenables.push(ws);
    expect(ws.status().state).toBe('damaged');
    const result = await restoreBackup(ws, backup);

    expect(result.status.state).toBe('ready');
    expect(recipientNames(ws.db())).toEqual(['Ana']);
    expect(fs.readFileSync(result.undoBackup!).equals(damagedBytes)).toBe(true);
    expect(strayFiles(dataDir)).toEqual([]);
  });

  it('restores a backup from an older version, migrating it and keeping the old copy', async () => {
    // A database as the first version of Letterdesk left it.
    const backup = path.join(space.dir(), 'from-version-1.sqlite');
    const old = openDatabase(backup);
    migrate(old, MIGRATIONS.slice(0, 1));
    old.pragma('journal_mode = DELETE');
    old.close();
    const { ws } = await workspaceWithLaterChange();

    const result = await restoreBackup(ws, backup);
    expect(result.status).toMatchObject({ state: 'ready', schemaVersion: LATEST_VERSION });
    expect(recipientNames(ws.db())).toEqual([]);
    expect(listBackups(ws.dataDir).map((b) => b.label)).toContain('pre-migration-v1');
  });

  it('refuses a second restore while one is under way', async () => {
    const { ws, backup } = await workspaceWithLaterChange();
    const first = restoreBackup(ws, backup);
    await expect(restoreBackup(ws, backup)).rejects.toThrow(/already under way/);
    await first;
    expect(recipientNames(ws.db())).toEqual(['Ana']);
  });
});

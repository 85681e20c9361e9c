import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { registerBackupCommands } from '../../../electron/cli-commands/backup-commands';
import { CliFailure, type CliContext } from '../../../electron/cli-context';
import { listBackups, takeBackup } from '../../../electron/core/backups';
import { Workspace } from '../../../electron/core/workspace/workspace';
import { addRecipient, damageRecipientsTable, recipientNames, tempSpace } from '../backups/backup-test-helpers';

/*
 * The backup commands on a commander program and a CliContext built here the
 * way electron/cli.ts builds them, against real workspace folders.
 */

const space = tempSpace(afterEach);

/** Runs `letterdesk --data <dataDir> ...args` in-process; resolves to stdout. */
async function letterdesk(dataDir: string, ...args: string[]): Promise<string> {
  const out: string[] = [];
  const program = new Command('letterdesk')
    .option('--json')
    .exitOverride()
    .configureOutput({ writeOut: (t) => out.push(t), writeErr: (t) => out.push(t) });
  const ctx: CliContext = {
    async withWorkspace(run, options) {
      const ws = await Workspace.open({ dataDir });
      try {
        if (ws.status().state !== 'ready' && !options?.allowDamaged) throw new CliFailure('the workspace could not be opened.');
        return await run(ws);
      } finally {
        ws.close();
      }
    },
    print: (json, text) => out.push(`${program.opts<{ json?: boolean }>().json ? JSON.stringify(json) : text}\n`),
    dataDir: () => dataDir,
  };
  registerBackupCommands(program, ctx);
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (error) {
    if (error instanceof CliFailure) error.message = `${error.message}\n--- stdout ---\n${out.join('')}`;
    throw error;
  }
  return out.join('');
}

/** A closed workspace folder holding Ana, a manual backup of it, then Ben. */
async function workspaceFolder(): Promise<{ dataDir: string; backupName: string }> {
  const ws = await space.workspace(['Ana']);
  const backup = await takeBackup(ws, 'manual');
  addRecipient(ws.db(), 'Ben');
  ws.close();
  return { dataDir: ws.dataDir, backupName: backup.name };
}

async function namesIn(dataDir: string): Promise<string[]> {
  const ws = await Workspace.open({ dataDir });
  try {
    return recipientNames(ws.db());
  } finally {
    ws.close(); // an open connection would (rightly) make the next restore refuse
  }
}

describe('letterdesk backup', () => {
  it('without FILE, takes a manual backup into backups/', async () => {
    const { dataDir } = await workspaceFolder();
    const out = await letterdesk(dataDir, 'backup');
    const newest = listBackups(dataDir).find((b) => b.label === 'manual' && out.includes(b.file));
    expect(out).toMatch(/^Backed up the workspace to .*manual-.*\.sqlite \(\d+\.\d KB\)\n$/);
    expect(newest).toBeDefined();
  });

  it('with FILE, saves there; with a folder, saves a dated file inside it', async () => {
    const { dataDir } = await workspaceFolder();
    const usb = space.dir();
    const target = path.join(usb, 'outreach.sqlite');
    const json = JSON.parse(await letterdesk(dataDir, '--json', 'backup', target));
    expect(json).toEqual({ file: target, bytes: fs.statSync(target).size });

    await letterdesk(dataDir, 'backup', usb);
    expect(fs.readdirSync(usb).filter((n) => /^letterdesk-.*\.sqlite$/.test(n))).toHaveLength(1);
  });

  it('refuses, in one line, to back up a damaged workspace', async () => {
    const { dataDir } = await workspaceFolder();
    damageRecipientsTable(path.join(dataDir, 'letterdesk.db'));
    await expect(letterdesk(dataDir, 'backup')).rejects.toBeInstanceOf(CliFailure);
  });
});

describe('letterdesk backups', () => {
  it('lists backups, with --verify and --json', async () => {
    const { dataDir, backupName } = await workspaceFolder();
    expect(await letterdesk(dataDir, 'backups')).toMatch(new RegExp(`^${backupName} {2}manual {2}\\S+Z {2}\\d+\\.\\d KB\\n$`));
    const listed = JSON.parse(await letterdesk(dataDir, '--json', 'backups', '--verify'));
    expect(listed).toMatchObject([{ name: backupName, label: 'manual', check: { ok: true, counts: { recipients: 1 } } }]);
  });

  it('says so when there are none', async () => {
    const dataDir = space.dir();
    expect(await letterdesk(dataDir, 'backups')).toBe(`No backups yet in ${path.join(dataDir, 'backups')}.\n`);
  });

  it('with --verify, fails when a backup is damaged, after listing all', async () => {
    const { dataDir, backupName } = await workspaceFolder();
    damageRecipientsTable(path.join(dataDir, 'backups', backupName));
    await expect(letterdesk(dataDir, 'backups', '--verify')).rejects.toThrow(/^1 of 1 backups failed the check[^]*NOT USABLE: SQLite found damage/);
  });
});

describe('letterdesk restore', () => {
  it('restores a backup by its name in backups/, and the printed undo command brings the data back', async () => {
    const { dataDir, backupName } = await workspaceFolder();
    const out = await letterdesk(dataDir, 'restore', backupName);
    expect(out).toContain(`Restored the workspace from ${path.join(dataDir, 'backups', backupName)}\n`);
    expect(await namesIn(dataDir)).toEqual(['Ana']);

    const undo = /To undo, run: letterdesk restore (\S+)/.exec(out)?.[1];
    expect(undo).toMatch(/^pre-restore-/);
    await letterdesk(dataDir, 'restore', undo!);
    expect(await namesIn(dataDir)).toEqual(['Ana', 'Ben']);
  });

  it('restores from a path, with --json', async () => {
    const { dataDir, backupName } = await workspaceFolder();
    const outside = path.join(space.dir(), 'sent by Maria.sqlite');
    fs.copyFileSync(path.join(dataDir, 'backups', backupName), outside);
    const json = JSON.parse(await letterdesk(dataDir, '--json', 'restore', outside));
    expect(json).toMatchObject({ restoredFrom: outside, status: { state: 'ready' } });
    expect(await namesIn(dataDir)).toEqual(['Ana']);
  });

  it('works when the workspace is damaged, keeping the damaged file as the undo copy', async () => {
    const { dataDir, backupName } = await workspaceFolder();
    const live = path.join(dataDir, 'letterdesk.db');
    damageRecipientsTable(live);
    const damaged = fs.readFileSync(live);
    const json = JSON.parse(await letterdesk(dataDir, '--json', 'restore', backupName));
    expect(fs.readFileSync(json.undoBackup).equals(damaged)).toBe(true);
    expect(await namesIn(dataDir)).toEqual(['Ana']);
  });

  it('fails in one line for a missing or damaged backup, changing nothing', async () => {
    const { dataDir, backupName } = await workspaceFolder();
    await expect(letterdesk(dataDir, 'restore', 'nope.sqlite')).rejects.toThrow(/^no such backup: nope\.sqlite\. Run "letterdesk backups"/);
    damageRecipientsTable(path.join(dataDir, 'backups', backupName));
    const failure = letterdesk(dataDir, 'restore', backupName);
    await expect(failure).rejects.toBeInstanceOf(CliFailure);
    await expect(failure).rejects.toThrow(/cannot be restored: SQLite found damage: [^\n]* The workspace was not changed\.\n/);
    expect(await namesIn(dataDir)).toEqual(['Ana', 'Ben']);
  });
});

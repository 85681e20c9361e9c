import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { CliFailure, type CliContext, type RegisterCommands } from '../cli-context';
import { failingAsCli } from './call';
import { listBackups, restoreBackup, saveBackupTo, takeBackup, verifyBackup, type BackupCheck, type BackupInfo } from '../core/backups';
import { backupsDirOf } from '../core/backups/backup-files';
import { fileStamp } from '../core/db/online-backup';

/*
 * letterdesk backup [FILE]    a manual backup into backups/, or to FILE
 * letterdesk backups [--verify]
 * letterdesk restore FILE     FILE: a path, or a file name from backups/
 */

export const registerBackupCommands: RegisterCommands = (program: Command, ctx: CliContext) => {
  program
    .command('backup')
    .description('back up the workspace: into its backups/ folder, or to FILE (a file or a folder)')
    .argument('[file]', 'where to save the backup')
    .exitOverride()
    .action(async (file: string | undefined) => {
      const saved = await failingAsCli(() =>
        ctx.withWorkspace(async (ws) => (file === undefined ? takeBackup(ws, 'manual') : saveBackupTo(ws, saveTarget(file)))),
      );
      ctx.print({ file: saved.file, bytes: saved.bytes }, `Backed up the workspace to ${saved.file} (${formatBytes(saved.bytes)})`);
    });

  program
    .command('backups')
    .description("list the workspace's backups, newest first")
    .option('--verify', 'also check each backup with SQLite (slower)')
    .exitOverride()
    .action(async (opts: { verify?: boolean }) => {
      const dataDir = ctx.dataDir();
      // Backups of an encrypted workspace are checked with its key (asked for like any command's).
      const key = opts.verify ? await ctx.withWorkspace(async (ws) => ws.databaseKey(), { allowDamaged: true }) : null;
      const rows: (BackupInfo & { check?: BackupCheck })[] = listBackups(dataDir).map((backup) =>
        opts.verify ? { ...backup, check: verifyBackup(backup.file, { key }) } : backup,
      );
      const text = rows.length === 0 ? `No backups yet in ${backupsDirOf(dataDir)}.` : rows.map(backupLine).join('\n');
      ctx.print(rows, text);
      const bad = rows.filter((row) => row.check && !row.check.ok).length;
      if (bad > 0) throw new CliFailure(`${bad} of ${rows.length} backups failed the check (see above).`);
    });

  program
    .command('restore')
    .description('replace the workspace with a backup; the current data is kept as a "pre-restore" backup')
    .argument('<file>', 'a backup file, or the name of one in the backups/ folder (see "letterdesk backups")')
    .exitOverride()
    .action(async (file: string) => {
      const source = resolveBackup(file, ctx.dataDir());
      const result = await failingAsCli(() =>
        ctx.withWorkspace(
          // withWorkspace closes the workspace afterwards, reopened or not.
          (ws) => restoreBackup(ws, source),
          { allowDamaged: true },
        ),
      );
      const undo = result.undoBackup
        ? `The data as it was before is kept in ${result.undoBackup}\nTo undo, run: letterdesk restore ${path.basename(result.undoBackup)}`
        : 'There was no previous database to keep.';
      ctx.print(result, `Restored the workspace from ${result.restoredFrom}\n${undo}`);
    });
};

/** A folder gets a dated file name inside it. */
function saveTarget(file: string): string {
  const target = path.resolve(file);
  const isFolder = fs.existsSync(target) && fs.statSync(target).isDirectory();
  return isFolder ? path.join(target, `letterdesk-${fileStamp()}.sqlite`) : target;
}

function resolveBackup(file: string, dataDir: string): string {
  if (fs.existsSync(file)) return path.resolve(file);
  const inBackups = path.join(backupsDirOf(dataDir), file);
  if (path.basename(file) === file && fs.existsSync(inBackups)) return inBackups;
  throw new CliFailure(`no such backup: ${file}. Run "letterdesk backups" to list the backups of this workspace.`);
}

function backupLine(row: BackupInfo & { check?: BackupCheck }): string {
  const check = row.check ? `  ${row.check.ok ? 'ok' : `NOT USABLE: ${row.check.problems.join('; ')}`}` : '';
  return `${row.name}  ${row.label}  ${row.createdAt}  ${formatBytes(row.bytes)}${check}`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { CliFailure, type CliContext, type RegisterCommands } from '../cli-context';
import type { OperationOutput } from '../../shared/api/contract';
import type { BackupSummary } from '../../shared/backups/contract';
import { call, connect } from './call';

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
      const saved = await ctx.withWorkspace(async (ws) => {
        if (file === undefined) {
          const backup = await call(ws, 'backups.create', {});
          return { file: path.join(ws.backupsDir, backup.name), bytes: backup.bytes, copyWarning: null };
        }
        // The path on the command line stands in for the desktop's save dialog.
        const copy = await connect(ws, { chooseBackupSaveFile: async () => path.resolve(file) })('backups.save', {});
        return { file: copy.file ?? '', bytes: copy.bytes, copyWarning: copy.copyWarning };
      });
      // A copy outside the workspace: Letterdesk cannot encrypt or delete it later.
      const warning = saved.copyWarning;
      ctx.print(
        { file: saved.file, bytes: saved.bytes, ...(warning ? { copyWarning: warning } : {}) },
        `Backed up the workspace to ${saved.file} (${formatBytes(saved.bytes)})${warning ? `\nwarning: ${warning.message}` : ''}`,
      );
    });

  program
    .command('backups')
    .description("list the workspace's backups, newest first")
    .option('--verify', 'also check each backup with SQLite (slower)')
    .exitOverride()
    .action(async (opts: { verify?: boolean }) => {
      // Backups of an encrypted workspace are checked with its key (asked for like any command's); a damaged one still lists them.
      const { rows, backupsDir } = await ctx.withWorkspace(
        async (ws) => {
          const rows: BackupRow[] = [];
          for (const backup of await call(ws, 'backups.list', {})) {
            const file = path.join(ws.backupsDir, backup.name);
            rows.push(opts.verify ? { ...backup, file, check: await call(ws, 'backups.verify', { name: backup.name }) } : { ...backup, file });
          }
          return { rows, backupsDir: ws.backupsDir };
        },
        { allowDamaged: true },
      );
      const text = rows.length === 0 ? `No backups yet in ${backupsDir}.` : rows.map(backupLine).join('\n');
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
      const result = await ctx.withWorkspace(
        // withWorkspace closes the workspace afterwards, reopened or not.
        async (ws) => {
          let restoredFrom: string;
          let undoBackup: string | null;
          if (fs.existsSync(file)) {
            // A file anywhere: the path stands in for the desktop's open dialog.
            const restored = await connect(ws, { chooseBackupFile: async () => path.resolve(file) })('backups.restoreFile', {});
            restoredFrom = restored.restoredFrom ?? path.resolve(file);
            undoBackup = restored.undoBackup;
          } else if (path.basename(file) === file && fs.existsSync(path.join(ws.backupsDir, file))) {
            const restored = await call(ws, 'backups.restore', { name: file });
            restoredFrom = path.join(ws.backupsDir, restored.restoredFrom);
            undoBackup = restored.undoBackup && path.join(ws.backupsDir, restored.undoBackup);
          } else {
            throw new CliFailure(`no such backup: ${file}. Run "letterdesk backups" to list the backups of this workspace.`);
          }
          return { restoredFrom, undoBackup, status: await call(ws, 'workspace.status', {}) };
        },
        { allowDamaged: true },
      );
      const undo = result.undoBackup
        ? `The data as it was before is kept in ${result.undoBackup}\nTo undo, run: letterdesk restore ${path.basename(result.undoBackup)}`
        : 'There was no previous database to keep.';
      ctx.print(result, `Restored the workspace from ${result.restoredFrom}\n${undo}`);
    });
};

type BackupRow = BackupSummary & { file: string; check?: OperationOutput<'backups.verify'> };

function backupLine(row: BackupRow): string {
  const check = row.check ? `  ${row.check.ok ? 'ok' : `NOT USABLE: ${row.check.problems.join('; ')}`}` : '';
  return `${row.name}  ${row.label}  ${row.createdAt}  ${formatBytes(row.bytes)}${check}`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

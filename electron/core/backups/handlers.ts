import fs from 'node:fs';
import path from 'node:path';
import { ApiFailure } from '../../../shared/api/errors';
import { listBackups, restoreBackup, saveBackupTo, takeBackup, verifyBackup, type BackupInfo } from './';
import { fileStamp } from '../db/online-backup';
import type { HandlersFor } from '../api/handler-types';
import type { Workspace } from '../workspace/workspace';
import { copyWarning } from '../security/copy-warning';
import { isPlainSqliteFile } from '../db/cipher';

const summary = (b: BackupInfo) => ({ name: b.name, label: b.label, createdAt: b.createdAt, bytes: b.bytes });

/** What the desktop shell (or the command line) lends: where to save a backup, which file to restore. */
export interface BackupDeps {
  chooseBackupSaveFile?: (defaultName: string) => Promise<string | null>;
  chooseBackupFile?: () => Promise<string | null>;
}

const NEEDS_DESKTOP = 'Choosing a file needs the desktop app; in the browser, download a backup instead.';

/** Settings → Backups. The renderer names a backup by file name only; the path is made here, or chosen in a dialog by main. */
export function backupHandlers(workspace: Workspace, deps: BackupDeps = {}): HandlersFor<'backups'> {
  const fileOf = (name: string): string => {
    const file = path.join(workspace.backupsDir, path.basename(name));
    if (!fs.existsSync(file)) throw new ApiFailure('not_found', `There is no backup called ${name}.`);
    return file;
  };
  return {
    'backups.list': () => listBackups(workspace.dataDir).map(summary),
    'backups.create': async () => summary(await takeBackup(workspace, 'manual')),
    'backups.verify': ({ name }) => {
      const check = verifyBackup(fileOf(name), { nativeBinding: workspace.options.nativeBinding, key: workspace.databaseKey() });
      return { ok: check.ok, problems: check.problems, schemaVersion: check.schemaVersion, counts: check.counts };
    },
    'backups.restore': async ({ name }) => {
      const result = await restoreBackup(workspace, fileOf(name));
      return { restoredFrom: path.basename(result.restoredFrom), undoBackup: result.undoBackup && path.basename(result.undoBackup) };
    },
    'backups.download': ({ name }) => {
      const file = fileOf(name);
      return {
        fileName: `letterdesk-${path.basename(name)}`,
        contentBase64: fs.readFileSync(file).toString('base64'),
        copyWarning: copyWarning(!isPlainSqliteFile(file)),
      };
    },
    'backups.save': async () => {
      if (!deps.chooseBackupSaveFile) throw new ApiFailure('conflict', NEEDS_DESKTOP);
      const defaultName = `letterdesk-${fileStamp()}.sqlite`;
      const chosen = await deps.chooseBackupSaveFile(defaultName);
      if (!chosen) return { cancelled: true, file: null, bytes: 0, copyWarning: null };
      // A folder (as the command line may name) gets a dated file inside it.
      const target = fs.existsSync(chosen) && fs.statSync(chosen).isDirectory() ? path.join(chosen, defaultName) : chosen;
      const saved = await saveBackupTo(workspace, target);
      return { cancelled: false, file: saved.file, bytes: saved.bytes, copyWarning: saved.copyWarning };
    },
    'backups.restoreFile': async () => {
      if (!deps.chooseBackupFile) throw new ApiFailure('conflict', NEEDS_DESKTOP);
      const source = await deps.chooseBackupFile();
      if (!source) return { cancelled: true, restoredFrom: null, undoBackup: null };
      const result = await restoreBackup(workspace, source);
      return { cancelled: false, restoredFrom: result.restoredFrom, undoBackup: result.undoBackup };
    },
  };
}

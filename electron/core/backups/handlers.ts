import fs from 'node:fs';
import path from 'node:path';
import { ApiFailure } from '../../../shared/api/errors';
import { listBackups, restoreBackup, takeBackup, verifyBackup, type BackupInfo } from './';
import type { HandlersFor } from '../api/handler-types';
import type { Workspace } from '../workspace/workspace';

const summary = (b: BackupInfo) => ({ name: b.name, label: b.label, createdAt: b.createdAt, bytes: b.bytes });

/** Settings → Backups. The renderer names a backup by file name only; the path is made here. */
export function backupHandlers(workspace: Workspace): HandlersFor<'backups'> {
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
      return { ok: check.ok, problems: check.problems, schemaVersion: check.schemaVersion };
    },
    'backups.restore': async ({ name }) => {
      const result = await restoreBackup(workspace, fileOf(name));
      return { restoredFrom: path.basename(result.restoredFrom), undoBackup: result.undoBackup && path.basename(result.undoBackup) };
    },
    'backups.download': ({ name }) => ({ fileName: `letterdesk-${path.basename(name)}`, contentBase64: fs.readFileSync(fileOf(name)).toString('base64') }),
  };
}

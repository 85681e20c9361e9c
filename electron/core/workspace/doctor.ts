import fs from 'node:fs';
import { integrityCheck } from '../db/database';
import { LATEST_VERSION, schemaVersion } from '../db/migrate';
import type { DoctorReport } from '../../../shared/workspace/contract';
import type { Workspace } from './workspace';

export function doctorReport(workspace: Workspace): DoctorReport {
  const db = workspace.db();
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const backups = fs.existsSync(workspace.backupsDir) ? fs.readdirSync(workspace.backupsDir).filter((f) => f.endsWith('.sqlite')).length : 0;
  return {
    dataDir: workspace.dataDir,
    databaseFile: workspace.databaseFile,
    databaseBytes: fs.statSync(workspace.databaseFile).size,
    schemaVersion: schemaVersion(db),
    latestSchemaVersion: LATEST_VERSION,
    integrity: integrityCheck(db),
    counts: { recipients: count('recipients'), tags: count('recipient_tags'), activity: count('activity_log') },
    backups,
  };
}

import fs from 'node:fs';
import { integrityCheck } from '../db/database';
import { LATEST_VERSION, schemaVersion } from '../db/migrate';
import { documentProblem } from '../archive/row-rules';
import type { Db } from '../db/database';
import type { DoctorReport } from '../../../shared/workspace/contract';
import type { Workspace } from './workspace';

/** Lines named at most; the last one then says how many more. */
const MAX_DOCUMENT_LINES = 20;

/** Every stored letter document must parse as one: a template text or a draft that does not fails at export. */
function documentProblems(db: Db): string[] {
  const lines: string[] = [];
  let bad = 0;
  const sources = [
    { table: 'template_variants', columns: ['document'] },
    { table: 'drafts', columns: ['edited_document', 'base_document'] },
  ];
  for (const { table, columns } of sources) {
    const rows = db.prepare(`SELECT id, ${columns.join(', ')} FROM ${table}`).iterate() as IterableIterator<Record<string, unknown>>;
    for (const row of rows) {
      for (const column of columns) {
        if (row[column] === null && column !== 'document') continue;
        const reason = documentProblem(row[column]);
        if (!reason) continue;
        bad += 1;
        if (lines.length < MAX_DOCUMENT_LINES) lines.push(`${table} row ${String(row.id)}, ${column}: ${reason}`);
      }
    }
  }
  if (bad > lines.length) lines.push(`and ${bad - lines.length} more`);
  return lines;
}

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
    documents: documentProblems(db),
    counts: { recipients: count('recipients'), tags: count('recipient_tags'), activity: count('activity_log') },
    backups,
  };
}

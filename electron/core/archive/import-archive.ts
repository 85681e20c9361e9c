import fs from 'node:fs';
import path from 'node:path';
import type { ArchiveSummary, MergeReport } from '../../../shared/archive/schemas';
import { ApiFailure } from '../../../shared/api/errors';
import { restoreBackup, takeBackup, type RestorableWorkspace } from '../backups';
import { keyOf, type Db } from '../db/database';
import { newId } from '../db/ids';
import type { SearchExtras } from '../recipients/recipients-repo';
import { archiveFailure } from './archive-format';
import { mergeSnapshot } from './merge-snapshot';
import { ReportBuilder } from './merge-report';
import { TABLE_RULES } from './merge-rules';
import type { UnpackedArchive } from './read-archive';
import { unpackArchiveIsolated } from '../isolation';
import { checkAndMigrateSnapshot, countRows, openSnapshot } from './snapshot-schema';
import { archiveWorkDir } from './write-archive';

/*
 * Importing a .letterdesk archive into the open workspace: check it
 * (read-archive.ts, snapshot-schema.ts), then either merge it
 * (merge-snapshot.ts) or, into an empty workspace, replace the database with
 * it (the move: every row and byte as it was). A pre-import backup is taken
 * first; restoring it is the undo.
 */

export interface ImportOptions {
  passphrase: string | null;
  /** For the activity log and messages: the archive's file name. */
  sourceName: string;
  extras: SearchExtras;
}

export interface PreviewResult {
  archive: ArchiveSummary;
  workspaceEmpty: boolean;
  report: MergeReport;
}

export interface ApplyResult {
  mode: 'merge' | 'replace';
  report: MergeReport;
  /** The pre-import backup's file (restore it to undo). */
  undoBackup: string;
}

/** Tables whose rows are the user's own work; examples and settings do not count. */
const WORK_TABLES = ['recipients', 'facts', 'images', 'organisation', 'signers', 'endorsers', 'campaigns', 'drafts', 'contact_events', 'attachments'];

/** Nothing but the untouched example templates: importing replaces the workspace instead of merging into it. */
export function isWorkspaceEmpty(db: Db): boolean {
  if (WORK_TABLES.some((t) => db.prepare(`SELECT 1 FROM "${t}" LIMIT 1`).get() !== undefined)) return false;
  const touched = db
    .prepare(
      `SELECT 1 FROM templates t WHERE t.example_key IS NULL OR t.updated_at <> t.created_at
         OR EXISTS (SELECT 1 FROM template_variants v WHERE v.template_id = t.id AND (v.revision <> 1 OR v.updated_at <> v.created_at))
       LIMIT 1`,
    )
    .get();
  return touched === undefined;
}

/** Data folders with an import under way in this process. */
const importing = new Set<string>();

async function withCheckedArchive<T>(
  workspace: RestorableWorkspace,
  file: string,
  passphrase: string | null,
  use: (snapshot: Db, unpacked: UnpackedArchive) => Promise<T> | T,
): Promise<T> {
  const unpacked = await unpackArchiveIsolated(file, passphrase);
  const snapshot = openSnapshot(unpacked.database, workspace.options.nativeBinding);
  try {
    checkAndMigrateSnapshot(snapshot, unpacked.manifest.counts, unpacked.manifest.schemaVersion, workspace.options.nativeBinding);
    return await use(snapshot, unpacked);
  } finally {
    if (snapshot.open) snapshot.close();
  }
}

/**
 * Replacing swaps a database file in: only for an unencrypted workspace, so
 * the archive's data never lies on the disk unencrypted. An encrypted empty
 * workspace is merged into instead.
 */
function canReplace(db: Db): boolean {
  return keyOf(db) === null && isWorkspaceEmpty(db);
}

function summaryOf(unpacked: UnpackedArchive): ArchiveSummary {
  const m = unpacked.manifest;
  return {
    appVersion: m.appVersion,
    schemaVersion: m.schemaVersion,
    createdAt: m.createdAt,
    counts: m.counts,
    encrypted: unpacked.encrypted,
    bytes: unpacked.bytes,
  };
}

/** A replace adds every row of the archive. */
function replaceReport(snapshot: Db): MergeReport {
  const counts = countRows(snapshot);
  const builder = new ReportBuilder(TABLE_RULES.map((r) => r.table));
  for (const rule of TABLE_RULES) builder.count(rule.table, 'added', counts[rule.table] ?? 0);
  return builder.build();
}

function mergeFailure(error: unknown): never {
  if (error instanceof ApiFailure) throw error;
  const detail = error instanceof Error ? error.message : String(error);
  throw new ApiFailure('internal', `The archive could not be merged (${detail}). Nothing was changed.`);
}

/** Checks the archive and computes what importing it would do; writes nothing to the workspace. */
export async function previewArchive(workspace: RestorableWorkspace, file: string, options: ImportOptions): Promise<PreviewResult> {
  const db = workspace.db();
  return withCheckedArchive(workspace, file, options.passphrase, (snapshot, unpacked) => {
    const workspaceEmpty = canReplace(db);
    try {
      const report = workspaceEmpty ? replaceReport(snapshot) : mergeSnapshot(db, snapshot, { dryRun: true, summary: '', extras: options.extras });
      return { archive: summaryOf(unpacked), workspaceEmpty, report };
    } catch (error) {
      return mergeFailure(error);
    }
  });
}

/**
 * Imports the archive: a pre-import backup, then one merge transaction, or
 * (mode `replace`, an empty workspace only) the archive's database swapped in
 * with the restore machinery.
 */
export async function applyArchive(workspace: RestorableWorkspace, file: string, mode: 'merge' | 'replace', options: ImportOptions): Promise<ApplyResult> {
  const key = path.resolve(workspace.dataDir);
  if (importing.has(key)) throw archiveFailure('busy', 'An import is already under way in this workspace. Wait for it to finish.');
  importing.add(key);
  try {
    return await withCheckedArchive(workspace, file, options.passphrase, async (snapshot) => {
      const db = workspace.db();
      if (mode === 'replace' && !canReplace(db)) {
        throw archiveFailure(
          'notEmpty',
          'This workspace already holds your own data, so the archive can only be merged into it, not replace it. Nothing was changed.',
        );
      }
      const backup = await takeBackup(workspace, 'pre-import');
      if (mode === 'replace') {
        const report = replaceReport(snapshot);
        const workDir = archiveWorkDir(workspace.dataDir);
        fs.mkdirSync(workDir, { recursive: true });
        const snapshotFile = path.join(workDir, `incoming-${newId()}.sqlite`);
        try {
          fs.writeFileSync(snapshotFile, snapshot.serialize(), { mode: 0o600 });
          await restoreBackup(workspace, snapshotFile);
        } finally {
          fs.rmSync(snapshotFile, { force: true });
        }
        return { mode, report, undoBackup: backup.file };
      }
      try {
        // Synchronous from the backup's end: no write of the app can slip in between.
        const report = mergeSnapshot(db, snapshot, { dryRun: false, summary: `Imported archive ${options.sourceName}`, extras: options.extras });
        return { mode, report, undoBackup: backup.file };
      } catch (error) {
        return mergeFailure(error);
      }
    });
  } finally {
    importing.delete(key);
  }
}

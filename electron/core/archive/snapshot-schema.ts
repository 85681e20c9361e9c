import { Database, openDatabase, type Db } from '../db/database';
import { migrate, schemaVersion } from '../db/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../db/migrations';
import { archiveFailure } from './archive-format';

/*
 * The database inside an archive is hostile input until checked: it must be
 * sound, have exactly the tables, indexes and triggers the shipped
 * migrations create for its schema version (no extra trigger or view that
 * would run when we read or migrate it), keep its foreign keys, and hold
 * the rows the manifest counts. An older one is then migrated, in its copy.
 */

/**
 * Opens an unpacked snapshot in memory: its bytes never reach the disk as a
 * plain file (the workspace itself may be encrypted), and checking or
 * migrating it touches nothing else.
 */
export function openSnapshot(bytes: Buffer, nativeBinding?: string): Db {
  // A file written in WAL mode says so in its header (bytes 18 and 19); in
  // memory there is no WAL, so it is read as a rollback-journal database.
  const copy = Buffer.from(bytes);
  if (copy.length >= 100 && copy[18] === 2 && copy[19] === 2) copy[18] = copy[19] = 1;
  let db: Db;
  try {
    db = new Database(copy, { nativeBinding });
  } catch (error) {
    throw classify(error);
  }
  try {
    db.pragma('foreign_keys = OFF');
    db.pragma('trusted_schema = OFF');
  } catch (error) {
    db.close();
    throw classify(error);
  }
  return db;
}

const notLetterdesk = () => archiveFailure('notAnArchive', 'The database in this archive is not a Letterdesk workspace. Nothing was imported.');
const damaged = (detail: string) => archiveFailure('damaged', `The database in this archive is damaged (${detail}). Nothing was imported.`);
const altered = (detail: string) =>
  archiveFailure(
    'tampered',
    `The database in this archive does not have the structure Letterdesk writes (${detail}); it was altered or not made by Letterdesk. Nothing was imported.`,
  );

function classify(error: unknown): unknown {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'SQLITE_NOTADB') return notLetterdesk();
  // Anything else SQLite refuses in a file from outside is damage, not a fault of ours.
  if (code.startsWith('SQLITE_')) return damaged(code);
  return error;
}

type SchemaRow = { type: string; name: string; tbl_name: string; sql: string | null };
const SCHEMA_SQL = "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name";
const schemaKey = (row: SchemaRow) => `${row.type} ${row.name} ON ${row.tbl_name}: ${row.sql ?? ''}`;

/** What the shipped migrations up to `version` create, from an empty in-memory database. */
function referenceSchema(version: number, nativeBinding?: string): string[] {
  const reference = openDatabase(':memory:', { nativeBinding });
  try {
    migrate(reference, MIGRATIONS.slice(0, version));
    return (reference.prepare(SCHEMA_SQL).all() as SchemaRow[]).map(schemaKey);
  } finally {
    reference.close();
  }
}

/** Tables that hold data (FTS shadow tables and the FTS table itself are rebuilt, not counted). */
export function dataTables(db: Db): string[] {
  const rows = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
    name: string;
    sql: string;
  }[];
  const virtual = rows.filter((r) => /^CREATE VIRTUAL TABLE/i.test(r.sql)).map((r) => r.name);
  return rows.map((r) => r.name).filter((name) => !virtual.some((v) => name === v || name.startsWith(`${v}_`)));
}

export function countRows(db: Db): Record<string, number> {
  return Object.fromEntries(dataTables(db).map((name) => [name, db.prepare(`SELECT count(*) FROM "${name}"`).pluck().get() as number]));
}

/**
 * Checks the snapshot and brings it to the current schema. Returns the
 * schema version it was written with.
 */
export function checkAndMigrateSnapshot(db: Db, expectedCounts: Record<string, number>, manifestVersion: number, nativeBinding?: string): number {
  try {
    const problems = (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check);
    if (!(problems.length === 1 && problems[0] === 'ok')) throw damaged(problems.slice(0, 3).join('; '));
    const version = schemaVersion(db);
    if (version === 0) throw notLetterdesk();
    if (version > LATEST_VERSION) {
      throw archiveFailure(
        'newerSchema',
        `This archive was made by a newer version of Letterdesk (schema ${version}; this version knows up to ${LATEST_VERSION}). Update Letterdesk to import it. Nothing was imported.`,
      );
    }
    if (version !== manifestVersion) throw altered(`its manifest says schema ${manifestVersion}, the database is at ${version}`);
    const expected = referenceSchema(version, nativeBinding);
    const actual = (db.prepare(SCHEMA_SQL).all() as SchemaRow[]).map(schemaKey);
    const extra = actual.filter((k) => !expected.includes(k));
    const missing = expected.filter((k) => !actual.includes(k));
    if (extra.length > 0 || missing.length > 0) {
      const first = (extra[0] ?? missing[0]).split(':')[0];
      throw altered(`${extra.length > 0 ? 'unexpected' : 'missing'} ${first}`);
    }
    if (db.prepare('PRAGMA foreign_key_check').all().length > 0) throw damaged('rows point at rows that are not there');
    const counts = countRows(db);
    const names = new Set([...Object.keys(counts), ...Object.keys(expectedCounts)]);
    for (const name of names) {
      if (counts[name] !== expectedCounts[name])
        throw altered(`the manifest counts ${expectedCounts[name] ?? 0} rows in ${name}, the database holds ${counts[name] ?? 0}`);
    }
    if (version < LATEST_VERSION) migrate(db, MIGRATIONS);
    return version;
  } catch (error) {
    throw classify(error);
  }
}

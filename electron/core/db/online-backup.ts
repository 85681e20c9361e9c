import fs from 'node:fs';
import path from 'node:path';
import { vacuumInto } from './cipher';
import { keyOf, type Db } from './database';

/** A file-name-safe UTC timestamp, e.g. 2026-11-22T10-15-00-123Z. */
export function fileStamp(date = new Date()): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * Copies the live database with SQLite's online backup API into
 * `<dir>/<label>-<stamp>.sqlite`. Safe while the database is in use.
 */
export async function backupDatabase(db: Db, dir: string, label: string): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `${label}-${fileStamp()}.sqlite`);
  await copyDatabase(db, target);
  return target;
}

/**
 * A consistent copy of an open database in `target`. An encrypted database
 * is copied with VACUUM INTO, encrypted with its own key (SQLite's backup API
 * refuses to copy it), so no plaintext copy ever reaches the disk.
 */
export async function copyDatabase(db: Db, target: string): Promise<void> {
  const key = keyOf(db);
  if (key) vacuumInto(db, target);
  else await db.backup(target);
}

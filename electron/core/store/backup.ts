import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './database';

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
  await db.backup(target);
  return target;
}

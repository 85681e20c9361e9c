import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DatabaseKey } from '../db/cipher';
import { openDatabase, Database, type Db } from '../db/database';
import { LATEST_VERSION, schemaVersion } from '../db/migrate';
import { readFileHead } from '../db/file-head';

export interface BackupCheck {
  ok: boolean;
  /** Plain English, empty when `ok`. */
  problems: string[];
  /** `user_version` of the copy; null when it could not be read. */
  schemaVersion: number | null;
  /** Rows per table, e.g. { recipients: 120, activity_log: 900 }. */
  counts: Record<string, number>;
}

export interface VerifyOptions {
  /** better-sqlite3 built for the running runtime (the desktop app passes the Electron build). */
  nativeBinding?: string;
  /** `quick_check` instead of the full `integrity_check` (for a copy we just wrote). */
  quick?: boolean;
  /** The workspace's passphrase: an encrypted backup is checked with it. */
  key?: DatabaseKey | null;
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const MAX_PROBLEMS = 5;

class CheckProblem extends Error {}

/**
 * Checks that a file is an undamaged Letterdesk database this version can
 * open. The file is never written to: a copy in WAL mode is checked in memory,
 * because a read-only connection would leave -wal and -shm files beside it
 * (and fail on a read-only disk). Any -wal file beside it is ignored, exactly
 * as a restore ignores it.
 */
export function verifyBackup(file: string, options: VerifyOptions = {}): BackupCheck {
  let db: Db;
  let cleanUp = () => {};
  try {
    ({ db, cleanUp } = openForCheck(file, options));
  } catch (error) {
    return failed(describe(error, options.key));
  }
  try {
    const check = db.pragma(options.quick ? 'quick_check' : 'integrity_check', { simple: false }) as Record<string, string>[];
    // One line per problem: SQLite's own text spans lines and starts with a banner.
    const messages = check.map((row) => String(Object.values(row)[0]).replace('*** in database main ***', '').replace(/\s+/g, ' ').trim());
    if (!(messages.length === 1 && messages[0] === 'ok')) {
      return { ...failed(...messages.slice(0, MAX_PROBLEMS).map((m) => `SQLite found damage: ${m}`)), schemaVersion: schemaVersion(db) };
    }
    const version = schemaVersion(db);
    const counts = countRows(db);
    const problems: string[] = [];
    if (!('recipients' in counts) || version === 0) problems.push('it is an SQLite database, but not a Letterdesk workspace');
    else if (version > LATEST_VERSION) {
      problems.push(`it was written by a newer version of Letterdesk (schema ${version}; this version knows up to ${LATEST_VERSION})`);
    }
    return { ok: problems.length === 0, problems, schemaVersion: version, counts };
  } catch (error) {
    return failed(describe(error, options.key));
  } finally {
    db.close();
    cleanUp();
  }
}

function openForCheck(file: string, options: VerifyOptions): { db: Db; cleanUp: () => void } {
  const { nativeBinding, key } = options;
  const header = readHeader(file);
  if (header.length === 0) throw new CheckProblem('the file is empty');
  if (header.length >= 16 && !header.subarray(0, 16).equals(SQLITE_MAGIC) && key) return openEncryptedCopy(file, options);
  if (header.length < 100 || !header.subarray(0, 16).equals(SQLITE_MAGIC)) throw new CheckProblem('it is not an SQLite database');
  if (header[18] === 2 || header[19] === 2) {
    // Bytes 18-19 say "WAL mode"; 1 and 1 open the same pages as a plain file.
    const bytes = fs.readFileSync(file);
    bytes[18] = 1;
    bytes[19] = 1;
    return { db: new Database(bytes, { readonly: true, nativeBinding }), cleanUp: () => {} };
  }
  return { db: new Database(file, { readonly: true, fileMustExist: true, nativeBinding }), cleanUp: () => {} };
}

/**
 * An encrypted file cannot be checked in memory (the cipher works on files),
 * and its header (encrypted too) does not tell whether it is in WAL mode. So
 * its bytes, still encrypted, are copied into a private temporary folder and
 * checked there; the file itself is never opened, let alone written to.
 */
function openEncryptedCopy(file: string, options: VerifyOptions): { db: Db; cleanUp: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letterdesk-check-'));
  const cleanUp = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    const copy = path.join(dir, 'check.sqlite');
    fs.copyFileSync(file, copy);
    return { db: openDatabase(copy, { key: options.key, nativeBinding: options.nativeBinding }), cleanUp };
  } catch (error) {
    cleanUp();
    throw error;
  }
}

function readHeader(file: string): Buffer {
  try {
    if (fs.statSync(file).isDirectory()) throw new CheckProblem('it is a folder, not a file');
    return readFileHead(file, 100);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new CheckProblem('no such file');
    throw error;
  }
}

function countRows(db: Db): Record<string, number> {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    counts[table] = db
      .prepare(`SELECT count(*) FROM "${table.replace(/"/g, '""')}"`)
      .pluck()
      .get() as number;
  }
  return counts;
}

function failed(...problems: string[]): BackupCheck {
  return { ok: false, problems, schemaVersion: null, counts: {} };
}

function describe(error: unknown, key: DatabaseKey | null | undefined): string {
  if (error instanceof CheckProblem) return error.message;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'SQLITE_NOTADB' && key)
    return "it cannot be opened with this workspace's passphrase (it was encrypted with another one, or it is damaged or not a database)";
  if (code === 'SQLITE_NOTADB') return 'it is not an SQLite database';
  if (code.startsWith('SQLITE_CORRUPT')) return `SQLite reports the file is damaged (${code})`;
  return `it could not be read (${error instanceof Error ? error.message : String(error)})`;
}

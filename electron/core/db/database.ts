import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey, checkKey, type DatabaseKey } from './cipher';

/*
 * The one place that loads the SQLite driver: better-sqlite3-multiple-ciphers,
 * better-sqlite3's API with SQLite3MultipleCiphers compiled in (encryption
 * at rest, see cipher.ts). Other modules import the types from here.
 */
export { Database };
export type Db = Database.Database;
export type Statement<P extends unknown[] | object = unknown[], R = unknown> = Database.Statement<P, R>;

/** The key each encrypted connection was opened with, so copies of it can be encrypted alike. */
const keys = new WeakMap<Db, DatabaseKey>();

/** The key `db` was opened with, or null for an unencrypted database. */
export function keyOf(db: Db): DatabaseKey | null {
  return keys.get(db) ?? null;
}

export interface OpenOptions {
  /**
   * Path to a better_sqlite3.node built for the running runtime. The desktop
   * app passes the Electron build; Node (tests, CLI, browser mode) uses the
   * default one in node_modules.
   */
  nativeBinding?: string;
  readonly?: boolean;
  /** The workspace's passphrase, for an encrypted file; set before anything reads it. */
  key?: DatabaseKey | null;
}

/** Opens a SQLite file with the pragmas every connection must have. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, {
    nativeBinding: options.nativeBinding,
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
  });
  try {
    if (options.key) {
      applyKey(db, options.key);
      checkKey(db); // a wrong key fails here, with SQLITE_NOTADB
      keys.set(db, options.key);
    }
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // 16 MiB of page cache (the default is 2 MiB): a 100,000-row import runs
    // about a third faster, and stays within its 300 MB memory budget.
    db.pragma('cache_size = -16384');
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** `PRAGMA quick_check`: "ok", or the problems SQLite found. */
export function quickCheck(db: Db): string[] {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  const messages = rows.map((row) => row.quick_check);
  return messages.length === 1 && messages[0] === 'ok' ? [] : messages;
}

export function integrityCheck(db: Db): string[] {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  const messages = rows.map((row) => row.integrity_check);
  return messages.length === 1 && messages[0] === 'ok' ? [] : messages;
}

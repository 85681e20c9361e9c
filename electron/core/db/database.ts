import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey, checkKey, fileSalt, WrongKeyError, type DatabaseKey } from './cipher';

/*
 * The one place that loads the SQLite driver: better-sqlite3-multiple-ciphers,
 * better-sqlite3's API with SQLite3MultipleCiphers compiled in (encryption
 * at rest, see cipher.ts). Other modules import the types from here.
 */
export { Database };
export type Db = Database.Database;
export type Statement<P extends unknown[] | object = unknown[], R = unknown> = Database.Statement<P, R>;

/** The key each encrypted connection was opened with (the one form that opened it), so copies of it can be encrypted alike. */
const keys = new WeakMap<Db, DatabaseKey>();

/** The key `db` was opened with (its first form is the one that opened it), or null for an unencrypted database. */
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
  /**
   * The workspace's key, for an encrypted file; set before anything reads it.
   * Its forms are tried in turn (see DatabaseKey.candidates).
   */
  key?: DatabaseKey | null;
}

/** Opens a SQLite file with the pragmas every connection must have. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const connectOptions = { nativeBinding: options.nativeBinding, readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false };
  const db = options.key ? connectWithKey(file, options.key, connectOptions) : new Database(file, connectOptions);
  return withPragmas(db, options);
}

/**
 * A connection to `file` under the first of `key`'s forms that opens it (the
 * raw keys, the one derived with the file's salt first, then the old
 * scheme), without any other pragma. `keyOf` then tells which form it was.
 * Throws a WrongKeyError when none does.
 */
export function connectWithKey(file: string, key: DatabaseKey, options: Database.Options): Db {
  const candidates = key.candidates(fileSalt(file));
  for (const [index, candidate] of candidates.entries()) {
    const db = new Database(file, options);
    try {
      applyKey(db, candidate);
      checkKey(db); // a wrong key fails here, with SQLITE_NOTADB
    } catch (error) {
      db.close();
      if (error instanceof WrongKeyError && index < candidates.length - 1) continue;
      throw error;
    }
    keys.set(db, candidate);
    return db;
  }
  throw new WrongKeyError(); // a key always has at least one form
}

function withPragmas(db: Db, options: OpenOptions): Db {
  try {
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

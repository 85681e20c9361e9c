import fs from 'node:fs';
import { inspect } from 'node:util';
import type { Db } from './database';
import { fileStartsWith } from './file-head';

/*
 * Encryption at rest: SQLCipher 4 compatible files, through
 * SQLite3MultipleCiphers (better-sqlite3-multiple-ciphers). A file written
 * with these settings opens in DB Browser for SQLite / sqlcipher with the
 * same passphrase, so the user is never locked into Letterdesk.
 */

/** The cipher settings, written (without any secret) into the encryption marker. */
export const CIPHER = { cipher: 'sqlcipher', legacy: 4 } as const;

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * The workspace's passphrase. It is never printed: logging, JSON or string
 * conversion show a placeholder, so an error report or a debug log cannot
 * carry it by accident.
 */
export class DatabaseKey {
  readonly #passphrase: string;

  constructor(passphrase: string) {
    if (passphrase.length === 0) throw new Error('A passphrase cannot be empty.');
    this.#passphrase = passphrase;
  }

  /** The passphrase's UTF-8 bytes, for SQLite (a fresh copy each time). */
  bytes(): Buffer {
    return Buffer.from(this.#passphrase, 'utf8');
  }

  /** The passphrase itself, only for storing it in the OS keyring. */
  reveal(): string {
    return this.#passphrase;
  }

  equals(other: DatabaseKey | null): boolean {
    return other !== null && other.#passphrase === this.#passphrase;
  }

  toString(): string {
    return '[passphrase]';
  }

  toJSON(): string {
    return '[passphrase]';
  }

  [inspect.custom](): string {
    return 'DatabaseKey [passphrase]';
  }
}

/**
 * Sets the cipher and the key on a new connection, before anything reads the
 * file. SQLite reads nothing until the first statement, so a wrong key shows
 * only there: see `checkKey`.
 */
export function applyKey(db: Db, key: DatabaseKey): void {
  db.pragma(`cipher = '${CIPHER.cipher}'`);
  db.pragma(`legacy = ${CIPHER.legacy}`);
  const bytes = key.bytes();
  try {
    db.key(bytes);
  } finally {
    bytes.fill(0);
  }
}

/**
 * The key does not open the file: a wrong passphrase, or page 1 damaged
 * (SQLite cannot tell these apart). Keeps SQLite's code, SQLITE_NOTADB.
 */
export class WrongKeyError extends Error {
  readonly code = 'SQLITE_NOTADB';
  constructor() {
    super('The passphrase does not open this database.');
    this.name = 'WrongKeyError';
  }
}

/**
 * Reads the schema, which fails with SQLITE_NOTADB when the key (or no key)
 * does not fit the file. With a key, that failure is a WrongKeyError; any
 * SQLITE_NOTADB later means damage further in the file.
 */
export function checkKey(db: Db, keyed = true): void {
  try {
    db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get();
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    if (keyed && code === 'SQLITE_NOTADB') throw new WrongKeyError();
    throw error;
  }
}

/** True when the file starts like a plain (unencrypted) SQLite database. */
export function isPlainSqliteFile(file: string): boolean {
  return fileStartsWith(file, SQLITE_MAGIC);
}

/** True when the file exists and holds at least one byte. */
export function hasContent(file: string): boolean {
  try {
    return fs.statSync(file).size > 0;
  } catch {
    return false;
  }
}

/**
 * Writes a consistent copy of the open database into `target` (which must not
 * exist) with VACUUM INTO: SQLite's backup API refuses to copy an encrypted
 * database, VACUUM INTO encrypts the copy with the source's own key. The copy
 * is in rollback-journal mode: one self-contained file.
 */
export function vacuumInto(db: Db, target: string): void {
  db.prepare('VACUUM INTO ?').run(target);
}

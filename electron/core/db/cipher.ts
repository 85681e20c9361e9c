import fs from 'node:fs';
import { createHash, timingSafeEqual } from 'node:crypto';
import { inspect } from 'node:util';
import type { Db } from './database';
import { fileStartsWith, readFileHead } from './file-head';
import { deriveRawKey, KDF_COST, sameKdf, SALT_BYTES, withSalt, type Kdf } from './key-derivation';

/*
 * Encryption at rest: SQLCipher 4 compatible files, through
 * SQLite3MultipleCiphers (better-sqlite3-multiple-ciphers). SQLCipher is
 * given a raw key derived from the passphrase with scrypt (key-derivation.ts),
 * as `x'<64 hex key><32 hex salt>'`: the salt is written in clear as the
 * file's first 16 bytes (where SQLCipher keeps its salt anyway), so each
 * file carries it. Files of the old scheme (before the raw key), to which
 * SQLCipher gave the passphrase's bytes and ran its own PBKDF2, still open:
 * unless the file's salt shows it was written with a raw key, a key tries
 * its raw forms first, then the passphrase's bytes.
 */

/** The cipher settings, written (without any secret) into the encryption marker. */
export const CIPHER = { cipher: 'sqlcipher', legacy: 4 } as const;

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

interface Derived {
  kdf: Kdf;
  raw: Buffer;
  /** Derived with the salt a file starts with, which may be an old-scheme file's own PBKDF2 salt: proves nothing. */
  fromFile: boolean;
}

/**
 * The workspace's key: the passphrase, and the raw keys derived from it. It is
 * never printed: logging, JSON or string conversion show a placeholder, so an
 * error report or a debug log cannot carry it by accident.
 *
 * `new DatabaseKey(passphrase)` alone is the old scheme (SQLCipher's PBKDF2 over
 * the passphrase's bytes); `derive` adds a raw key. The first raw key is the
 * one new files and rekeys get; the others, and the passphrase's bytes, are
 * tried in turn to open a file (see `candidates`).
 */
export class DatabaseKey {
  readonly #passphrase: string;
  #derived: readonly Derived[] = [];

  constructor(passphrase: string) {
    if (passphrase.length === 0) throw new Error('A passphrase cannot be empty.');
    this.#passphrase = passphrase;
  }

  /** The derivation of the raw key new files get; null for the old scheme. */
  get kdf(): Kdf | null {
    return this.#derived[0]?.kdf ?? null;
  }

  /** True when one of the raw keys was derived with `salt`. */
  hasSalt(salt: Buffer): boolean {
    return this.#derived.some((d) => d.kdf.salt.equals(salt));
  }

  /**
   * The same passphrase with a raw key derived with `kdf`, first (`primary`,
   * what new files get) or after the others (only tried, to open a file).
   * Takes a fraction of a second and 64 MiB, off the main thread.
   */
  async derive(kdf: Kdf, { primary = true, fromFile = false } = {}): Promise<DatabaseKey> {
    const found = this.#derived.find((d) => sameKdf(d.kdf, kdf));
    const added = found ?? { kdf: { ...kdf, salt: Buffer.from(kdf.salt) }, raw: await deriveRawKey(this.#passphrase, kdf), fromFile };
    const others = this.#derived.filter((d) => d !== found);
    return this.#with(primary ? [added, ...others] : [...others, added]);
  }

  /** The old scheme alone: SQLCipher's PBKDF2 over the passphrase's bytes. */
  oldScheme(): DatabaseKey {
    return new DatabaseKey(this.#passphrase);
  }

  /**
   * The keys to try on a file whose first 16 bytes are `salt`, each a
   * DatabaseKey whose `sqliteKey` is that one form. When a raw key was
   * derived with that salt (one Letterdesk chose, not read from the file),
   * the file was written with it: that key alone, so a wrong passphrase
   * costs one derivation, not SQLCipher's PBKDF2 too. Otherwise each raw key
   * (the one derived with the file's salt first), then the old scheme.
   */
  candidates(salt: Buffer | null = null): DatabaseKey[] {
    const matching = salt ? this.#derived.filter((d) => d.kdf.salt.equals(salt)) : [];
    if (matching.some((d) => !d.fromFile)) return matching.map((d) => this.#with([d]));
    const ordered = [...matching, ...this.#derived.filter((d) => !matching.includes(d))];
    return [...ordered.map((d) => this.#with([d])), this.oldScheme()];
  }

  /**
   * What SQLite is given (a fresh copy each time, for the caller to zero): the
   * first raw key with its salt, `x'<key><salt>'`, or the passphrase's bytes.
   */
  sqliteKey(): Buffer {
    const first = this.#derived[0];
    if (!first) return Buffer.from(this.#passphrase, 'utf8');
    return Buffer.from(`x'${first.raw.toString('hex')}${first.kdf.salt.toString('hex')}'`, 'ascii');
  }

  /** Whether `passphrase` is this key's passphrase (compared in constant time). */
  hasPassphrase(passphrase: string): boolean {
    const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
    return timingSafeEqual(digest(passphrase), digest(this.#passphrase));
  }

  /** Same passphrase and same first form: the two keys write the same files. */
  equals(other: DatabaseKey | null): boolean {
    if (other === null || !this.hasPassphrase(other.#passphrase)) return false;
    const [a, b] = [this.kdf, other.kdf];
    return a === null || b === null ? a === b : sameKdf(a, b);
  }

  /** The passphrase itself, only for storing it in the OS keyring. */
  reveal(): string {
    return this.#passphrase;
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

  #with(derived: readonly Derived[]): DatabaseKey {
    const key = new DatabaseKey(this.#passphrase);
    key.#derived = derived;
    return key;
  }
}

/**
 * The salt SQLCipher keeps in clear in an encrypted file's first 16 bytes
 * (for a file of the new scheme, the one its raw key was derived with). Null
 * for a missing, short or plain SQLite file.
 */
export function fileSalt(file: string): Buffer | null {
  let head: Buffer;
  try {
    head = readFileHead(file, SALT_BYTES);
  } catch {
    return null;
  }
  return head.length === SALT_BYTES && !head.equals(SQLITE_MAGIC) ? head : null;
}

/**
 * Sets the cipher and the key's first form on a new connection, before
 * anything reads the file. SQLite reads nothing until the first statement,
 * so a wrong key shows only there: see `checkKey`. To try every form of a
 * key, see `openDatabase`.
 */
export function applyKey(db: Db, key: DatabaseKey): void {
  db.pragma(`cipher = '${CIPHER.cipher}'`);
  db.pragma(`legacy = ${CIPHER.legacy}`);
  const bytes = key.sqliteKey();
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

/**
 * `key`, also derived with `file`'s own salt when it has no raw key for it
 * (a backup made in another workspace, or under an earlier salt), at the
 * cost of its first raw key. For a file of the old scheme the extra raw key
 * is tried in vain; the old scheme opens it.
 */
export async function keyForFile(key: DatabaseKey, file: string): Promise<DatabaseKey> {
  const salt = fileSalt(file);
  if (!salt || key.hasSalt(salt)) return key;
  return key.derive(withSalt(key.kdf ?? { name: 'scrypt', ...KDF_COST }, salt), { primary: false, fromFile: true });
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

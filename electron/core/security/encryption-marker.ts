import fs from 'node:fs';
import path from 'node:path';
import { CIPHER, hasContent, isPlainSqliteFile } from '../db/cipher';
import { fsyncFile, renameDurably } from '../backups/durable-files';

/*
 * A small plaintext file beside an encrypted database, holding the cipher
 * settings and nothing secret. Without a key an encrypted file looks like
 * random bytes, exactly like a file that is not a database at all: the
 * marker is how Letterdesk knows to ask for the passphrase instead.
 *
 * The database file has the last word: a marker beside a plain SQLite file
 * is stale (a passphrase change that crashed before finishing, or a plain
 * file put back by hand) and is removed.
 */

export const MARKER_FILE = 'letterdesk.encrypted.json';

export interface EncryptionMarker {
  format: 1;
  cipher: typeof CIPHER.cipher;
  legacy: typeof CIPHER.legacy;
  /** For people and tools reading the folder. */
  note: string;
}

export function markerFile(dataDir: string): string {
  return path.join(dataDir, MARKER_FILE);
}

export function hasMarker(dataDir: string): boolean {
  return fs.existsSync(markerFile(dataDir));
}

/** Writes the marker durably (written aside, flushed, renamed). */
export function writeMarker(dataDir: string): void {
  const marker: EncryptionMarker = {
    format: 1,
    ...CIPHER,
    note: 'letterdesk.db is encrypted (SQLCipher 4 compatible). The passphrase is not stored here.',
  };
  const file = markerFile(dataDir);
  const part = `${file}.part`;
  fs.writeFileSync(part, `${JSON.stringify(marker, null, 2)}\n`);
  fsyncFile(part);
  renameDurably(part, file);
}

export function removeMarker(dataDir: string): void {
  fs.rmSync(markerFile(dataDir), { force: true });
}

export type Protection = 'none' | 'encrypted';

/**
 * Whether the workspace's database is encrypted: the marker says so and the
 * file is not a plain SQLite database (or is missing, when its backups are
 * encrypted and a passphrase is still needed to read them).
 */
export function protectionOf(dataDir: string, databaseFile: string): Protection {
  if (!hasMarker(dataDir)) return 'none';
  if (hasContent(databaseFile) && isPlainSqliteFile(databaseFile)) return 'none';
  return 'encrypted';
}

/** Suffix of the copies a passphrase change writes before renaming them into place. */
export const PART_SUFFIX = '.rekey-part';

/** Removes the copies of a passphrase change that a crash interrupted (the originals are whole). */
export function removeLeftoverCopies(dataDir: string, databaseFile: string): void {
  fs.rmSync(`${databaseFile}${PART_SUFFIX}`, { force: true });
  const backups = path.join(dataDir, 'backups');
  let names: string[] = [];
  try {
    names = fs.readdirSync(backups);
  } catch {
    return;
  }
  for (const name of names) if (name.includes(PART_SUFFIX)) fs.rmSync(path.join(backups, name), { force: true });
}

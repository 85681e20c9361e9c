import fs from 'node:fs';
import path from 'node:path';
import { CIPHER, hasContent, isPlainSqliteFile } from '../db/cipher';
import { kdfFromJson, kdfToJson, type Kdf, type KdfJson } from '../db/key-derivation';
import { fsyncFile, renameDurably } from '../backups/durable-files';
import { makePrivate } from '../db/private-files';

/*
 * A small plaintext file beside an encrypted database, holding the cipher
 * settings and nothing secret. Without a key an encrypted file looks like
 * random bytes, exactly like a file that is not a database at all: the
 * marker is how Letterdesk knows to ask for the passphrase instead.
 *
 * Format 2 also names the key derivation (function, cost, salt) of the
 * workspace's raw key; format 1, written before the raw key, names none: its
 * workspace is on the old scheme and moves to the raw key at its next unlock.
 *
 * The database file has the last word: a marker beside a plain SQLite file
 * is stale (a passphrase change that crashed before finishing, or a plain
 * file put back by hand) and is removed; a file whose salt is not the
 * marker's is opened with its own (see workspace-key.ts).
 */

export const MARKER_FILE = 'letterdesk.encrypted.json';

export interface EncryptionMarker {
  format: 2;
  cipher: typeof CIPHER.cipher;
  legacy: typeof CIPHER.legacy;
  /** How the raw key is derived from the passphrase; never the key. */
  kdf: KdfJson;
  /** For people and tools reading the folder. */
  note: string;
}

/** What a marker says about the key: its derivation; or the old scheme (format 1); or neither (a marker this version cannot read). */
export interface MarkerKdf {
  kdf: Kdf | null;
  oldScheme: boolean;
}

export function markerFile(dataDir: string): string {
  return path.join(dataDir, MARKER_FILE);
}

export function hasMarker(dataDir: string): boolean {
  return fs.existsSync(markerFile(dataDir));
}

/** The marker's key derivation; null when there is no marker. */
export function readMarker(dataDir: string): MarkerKdf | null {
  let text: string;
  try {
    text = fs.readFileSync(markerFile(dataDir), 'utf8');
  } catch {
    return null;
  }
  try {
    const json = JSON.parse(text) as { format?: unknown; kdf?: unknown };
    return { kdf: json.format === 2 ? kdfFromJson(json.kdf) : null, oldScheme: json.format === 1 };
  } catch {
    return { kdf: null, oldScheme: false };
  }
}

/** Writes the marker durably (written aside, flushed, renamed), naming `kdf`, the derivation of the key in force. */
export function writeMarker(dataDir: string, kdf: Kdf): void {
  const marker: EncryptionMarker = {
    format: 2,
    ...CIPHER,
    kdf: kdfToJson(kdf),
    note:
      'letterdesk.db is encrypted (SQLCipher 4 compatible) with a raw key derived from the passphrase with scrypt (kdf: N, r, p, the salt in base64, 32 bytes). ' +
      'Neither the passphrase nor the key is stored here.',
  };
  const file = markerFile(dataDir);
  const part = `${file}.part`;
  fs.writeFileSync(part, `${JSON.stringify(marker, null, 2)}\n`, { mode: 0o600 });
  makePrivate(part);
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

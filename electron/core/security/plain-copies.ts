import fs from 'node:fs';
import path from 'node:path';
import { isPlainSqliteFile, type DatabaseKey } from '../db/cipher';
import { makePrivate } from '../db/private-files';
import { isStagedFile } from '../archive/staged-crypto';
import { MARKER_FILE, markerFile } from './encryption-marker';
import { rekeyInPlace } from './rekey-workspace';

/*
 * Plaintext the workspace folder may hold beside an encrypted database:
 *
 * - damaged/: databases a fresh start set aside, byte for byte, with their
 *   -wal and -shm. One that was encrypted keeps its marker beside it
 *   (`<file>.letterdesk.encrypted.json`); any other is plaintext.
 * - archive-work/: uploads are staged encrypted (staged-crypto.ts); any
 *   other file there (an upload an older version wrote in clear, the
 *   database of a replace a crash interrupted) is plaintext.
 *
 * Setting a passphrase encrypts what can be (a whole SQLite file in
 * damaged/, with the new key) and reports the rest, which is deleted only
 * when the user says so.
 */

export const DAMAGED_DIR = 'damaged';
export const ARCHIVE_WORK_DIR = 'archive-work';

/** One plaintext copy: its name relative to the workspace folder (with "/"), and its files. */
export interface PlainCopy {
  name: string;
  files: string[];
}

const SIDE_FILES = ['-wal', '-shm', '-journal'];

function namesIn(dir: string): string[] {
  try {
    return fs.readdirSync(dir).sort();
  } catch {
    return [];
  }
}

const relative = (dataDir: string, file: string) => path.relative(dataDir, file).split(path.sep).join('/');

/** The plaintext copies in damaged/ and archive-work/, in name order. */
export function findPlainCopies(dataDir: string): PlainCopy[] {
  const copies: PlainCopy[] = [];
  const damaged = path.join(dataDir, DAMAGED_DIR);
  const names = namesIn(damaged);
  const sideOf = (name: string) => SIDE_FILES.map((s) => `${name}${s}`).filter((n) => names.includes(n));
  const grouped = new Set(names.flatMap((n) => (n.endsWith(MARKER_FILE) ? [] : sideOf(n))));
  for (const name of names) {
    if (name.endsWith(`.${MARKER_FILE}`) || grouped.has(name)) continue;
    if (names.includes(`${name}.${MARKER_FILE}`)) continue; // encrypted when it was set aside
    const files = [name, ...sideOf(name)].map((n) => path.join(damaged, n));
    copies.push({ name: relative(dataDir, files[0]), files });
  }
  const work = path.join(dataDir, ARCHIVE_WORK_DIR);
  for (const name of namesIn(work)) {
    const file = path.join(work, name);
    if (!isStagedFile(file)) copies.push({ name: relative(dataDir, file), files: [file] });
  }
  return copies;
}

/**
 * Encrypts with `key` each plain SQLite file in damaged/ that can be read
 * to the end, marking it as encrypted; returns the plaintext copies left.
 * Call after the workspace's own marker is written.
 */
export function encryptPlainCopies(dataDir: string, key: DatabaseKey, nativeBinding?: string): PlainCopy[] {
  const left: PlainCopy[] = [];
  for (const copy of findPlainCopies(dataDir)) {
    const [file] = copy.files;
    if (!copy.name.startsWith(`${DAMAGED_DIR}/`) || !isPlainSqliteFile(file)) {
      left.push(copy);
      continue;
    }
    try {
      rekeyInPlace(file, null, key, nativeBinding);
      copyMarker(dataDir, `${file}.${MARKER_FILE}`);
    } catch {
      left.push(copy); // too damaged to be rewritten: only deleting it removes the plaintext
    }
  }
  return left;
}

/**
 * Databases set aside encrypted follow a passphrase change (`next`) or
 * removal (null), as the backups do; one that `from` does not open (set
 * aside under an older passphrase) stays as it is.
 */
export function rekeySetAside(dataDir: string, from: DatabaseKey, next: DatabaseKey | null, nativeBinding?: string): void {
  const damaged = path.join(dataDir, DAMAGED_DIR);
  for (const name of namesIn(damaged)) {
    const marker = path.join(damaged, name);
    if (!name.endsWith(`.${MARKER_FILE}`)) continue;
    const file = marker.slice(0, -`.${MARKER_FILE}`.length);
    if (!fs.existsSync(file) || isPlainSqliteFile(file)) continue;
    try {
      rekeyInPlace(file, from, next, nativeBinding);
      if (!next) fs.rmSync(marker, { force: true });
      else copyMarker(dataDir, marker); // it names the key's derivation now
    } catch {
      // Not this passphrase's, or too damaged to rewrite: still encrypted, left as it is.
    }
  }
}

/** The workspace's marker beside a database set aside (which keeps the cipher and derivation it was encrypted with). */
function copyMarker(dataDir: string, target: string): void {
  fs.copyFileSync(markerFile(dataDir), target);
  makePrivate(target);
}

/** Deletes the plaintext copies (with the user's consent); returns their names. */
export function removePlainCopies(copies: readonly PlainCopy[]): string[] {
  for (const copy of copies) for (const file of copy.files) fs.rmSync(file, { force: true });
  return copies.map((c) => c.name);
}

import { createHash, scryptSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Database } from '../../../electron/core/db/database';
import { DatabaseKey } from '../../../electron/core/db/cipher';
import { rekeyFile } from '../../../electron/core/db/rekey';
import { listBackups } from '../../../electron/core/backups';
import { MARKER_FILE } from '../../../electron/core/security/encryption-marker';
import { THROTTLE_FILE } from '../../../electron/core/security/throttle-file';
import { ok, open } from './encryption-helpers';

/*
 * Workspaces as the version before the raw key left them, and raw SQLite
 * checks of which key opens a file, without Letterdesk's own key code.
 */

/** The marker the old version wrote, byte for byte: format 1, no key derivation. */
export const OLD_MARKER = {
  format: 1,
  cipher: 'sqlcipher',
  legacy: 4,
  note: 'letterdesk.db is encrypted (SQLCipher 4 compatible). The passphrase is not stored here.',
};

/**
 * A workspace encrypted the old way: recipients `names`, one manual backup,
 * the database and the backup rekeyed to the passphrase's bytes (SQLCipher's
 * own PBKDF2), and the format 1 marker.
 */
export async function oldSchemeWorkspace(dir: string, passphrase: string, names: string[]): Promise<void> {
  const { workspace, handlers } = await open(dir);
  for (const name of names) await ok(handlers, 'recipients.create', { countryCode: 'ES', office: 'Ministra', name });
  await ok(handlers, 'backups.create');
  workspace.close();
  const oldKey = new DatabaseKey(passphrase); // no derivation: the passphrase's bytes, as before
  for (const file of [path.join(dir, 'letterdesk.db'), ...listBackups(dir).map((b) => b.file)]) rekeyFile(file, null, oldKey);
  fs.writeFileSync(path.join(dir, MARKER_FILE), `${JSON.stringify(OLD_MARKER, null, 2)}\n`, { mode: 0o600 });
}

/** The parsed marker of `dir`. */
export function markerOf(dir: string): { format: number; kdf?: { name: string; N: number; r: number; p: number; salt: string; keyBytes: number } } {
  return JSON.parse(fs.readFileSync(path.join(dir, MARKER_FILE), 'utf8')) as never;
}

/** The scrypt key for `passphrase` with the salt `file` carries in its first 16 bytes, at the workspace cost. */
export function rawKeyFor(file: string, passphrase: string): Buffer {
  const salt = fs.readFileSync(file).subarray(0, 16);
  return scryptSync(passphrase.normalize('NFC'), salt, 32, { N: 2 ** 16, r: 8, p: 1, maxmem: 80 * 1024 * 1024 });
}

/** Whether SQLite opens `file` with exactly this key text (a passphrase, or `x'<hex>'`), read through to a table. */
export function opensWith(file: string, sqliteKey: string): boolean {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma("cipher = 'sqlcipher'");
    db.pragma('legacy = 4');
    db.key(Buffer.from(sqliteKey, 'utf8'));
    db.prepare('SELECT count(*) FROM recipients').pluck().get();
    return true;
  } catch {
    return false;
  } finally {
    db.close();
  }
}

/** The file opens with its raw scrypt key and not with the passphrase's bytes: the new scheme only. */
export function newSchemeOnly(file: string, passphrase: string): boolean {
  return opensWith(file, `x'${rawKeyFor(file, passphrase).toString('hex')}'`) && !opensWith(file, passphrase);
}

/** The file opens with the passphrase's bytes: the old scheme. */
export function oldScheme(file: string, passphrase: string): boolean {
  return opensWith(file, passphrase);
}

/** A digest of every file under `dir` but the unlock throttle's, to tell that a refused unlock changed nothing. */
export function folderDigest(dir: string): string {
  const hash = createHash('sha256');
  const walk = (at: string): void => {
    for (const entry of fs.readdirSync(at, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name !== THROTTLE_FILE) hash.update(entry.name).update(fs.readFileSync(full));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

import { checkKey, CIPHER, type DatabaseKey } from './cipher';
import { connectWithKey, Database, keyOf, type Db } from './database';

/*
 * Rewriting a closed file under another key: the one step every passphrase
 * change, migration to the raw key, and encryption of a plain copy goes
 * through.
 */

/**
 * Gives an unopened database file another key, or none (`next` null). Only
 * for a private copy that nothing else uses: the file is rewritten in place.
 * `current` may open it with any of its forms (the old scheme included); the
 * file gets `next`'s first form, the raw key for any key Letterdesk makes now.
 * SQLite3MultipleCiphers cannot rekey a database in WAL mode, so the copy is
 * switched to a rollback journal first (and stays in it: a backup or a copy
 * about to replace the live file is one self-contained file).
 */
export function rekeyFile(file: string, current: DatabaseKey | null, next: DatabaseKey | null, nativeBinding?: string): void {
  const { db, opened } = openForRekey(file, current, nativeBinding);
  try {
    db.pragma('journal_mode = DELETE');
    if (current === null && next === null) return;
    if (opened && next && opened.equals(next)) return; // already under exactly this key
    const bytes = next ? next.sqliteKey() : Buffer.alloc(0);
    try {
      db.rekey(bytes);
    } finally {
      bytes.fill(0);
    }
  } finally {
    db.close();
  }
}

/** A connection to `file` under `current` (or, with null, to a plain file, ready for a cipher), and the form of the key that opened it. */
function openForRekey(file: string, current: DatabaseKey | null, nativeBinding?: string): { db: Db; opened: DatabaseKey | null } {
  if (current) {
    const db = connectWithKey(file, current, { fileMustExist: true, nativeBinding });
    return { db, opened: keyOf(db) };
  }
  const db = new Database(file, { fileMustExist: true, nativeBinding });
  try {
    // Cipher settings before the first read, so a plain file is rekeyed into SQLCipher 4.
    db.pragma(`cipher = '${CIPHER.cipher}'`);
    db.pragma(`legacy = ${CIPHER.legacy}`);
    checkKey(db, false);
  } catch (error) {
    db.close();
    throw error;
  }
  return { db, opened: null };
}

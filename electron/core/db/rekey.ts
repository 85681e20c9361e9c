import { applyKey, checkKey, CIPHER, type DatabaseKey } from './cipher';
import { Database } from './database';

/**
 * Gives an unopened database file another key, or none (`next` null). Only
 * for a private copy that nothing else uses: the file is rewritten in place.
 * SQLite3MultipleCiphers cannot rekey a database in WAL mode, so the copy is
 * switched to a rollback journal first (and stays in it: a backup or a copy
 * about to replace the live file is one self-contained file).
 */
export function rekeyFile(file: string, current: DatabaseKey | null, next: DatabaseKey | null, nativeBinding?: string): void {
  const db = new Database(file, { fileMustExist: true, nativeBinding });
  try {
    if (current) {
      applyKey(db, current);
    } else {
      // Cipher settings before the first read, so a plain file is rekeyed into SQLCipher 4.
      db.pragma(`cipher = '${CIPHER.cipher}'`);
      db.pragma(`legacy = ${CIPHER.legacy}`);
    }
    checkKey(db, current !== null);
    db.pragma('journal_mode = DELETE');
    if (current === null && next === null) return;
    const bytes = next ? next.bytes() : Buffer.alloc(0);
    try {
      db.rekey(bytes);
    } finally {
      bytes.fill(0);
    }
  } finally {
    db.close();
  }
}

import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseKey, keyForFile, WrongKeyError } from '../../../electron/core/db/cipher';
import { Database, keyOf, openDatabase } from '../../../electron/core/db/database';
import { deriveRawKey, kdfFromJson, kdfToJson, newKdf } from '../../../electron/core/db/key-derivation';
import { rekeyFile } from '../../../electron/core/db/rekey';
import { tempDirsRemovedAfterEach } from '../../helpers/workspace-per-test';

const tempDir = tempDirsRemovedAfterEach(afterEach);
const PASS = 'correct horse battery staple';

/** A small plain SQLite file with one row. */
function plainFile(): string {
  const file = path.join(tempDir(), 'x.sqlite');
  const db = new Database(file);
  db.exec("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('kept')");
  db.close();
  return file;
}

const read = (file: string, key: DatabaseKey) => {
  const db = openDatabase(file, { readonly: true, key });
  try {
    return db.prepare('SELECT v FROM t').pluck().get();
  } finally {
    db.close();
  }
};

describe('key derivation', () => {
  it('reads back what it writes, and refuses a derivation a hostile or damaged marker asks for', () => {
    const kdf = newKdf();
    expect(kdfFromJson(JSON.parse(JSON.stringify(kdfToJson(kdf))))).toEqual(kdf);
    const good = kdfToJson(kdf);
    for (const bad of [
      { ...good, N: 2 ** 22 }, // 4 GiB per guess
      { ...good, N: 2 ** 10 }, // too cheap to protect anything
      { ...good, N: 65535 }, // not a power of two
      { ...good, r: 64 },
      { ...good, salt: 'c2hvcnQ=' }, // 5 bytes
      { ...good, name: 'pbkdf2' },
      { ...good, keyBytes: 16 },
      null,
      'scrypt',
    ]) {
      expect(kdfFromJson(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it('gives the same key for the same passphrase in either Unicode form, another for another salt', async () => {
    const kdf = newKdf();
    const composed = await deriveRawKey('pass\u00e9 phrase', kdf);
    expect(await deriveRawKey('passe\u0301 phrase', kdf)).toEqual(composed);
    expect(await deriveRawKey('pass\u00e9 phrase', newKdf())).not.toEqual(composed);
    expect(composed.length).toBe(32);
  });
});

describe('rekeyFile and the forms of a key', () => {
  it('encrypts a plain file with the raw key and its salt, which then opens it, the passphrase bytes alone not', async () => {
    const file = plainFile();
    const key = await new DatabaseKey(PASS).derive(newKdf());
    rekeyFile(file, null, key);
    expect(fs.readFileSync(file).subarray(0, 16).equals(key.kdf!.salt)).toBe(true);
    expect(read(file, key)).toBe('kept');
    expect(() => read(file, new DatabaseKey(PASS))).toThrow(WrongKeyError);
    // The passphrase alone reaches it through the salt the file carries.
    expect(read(file, await keyForFile(new DatabaseKey(PASS), file))).toBe('kept');
    expect(() => read(file, new DatabaseKey('another passphrase'))).toThrow(WrongKeyError);
  });

  it('moves a file of the old scheme to the raw key; a raw key opens old files through its old-scheme form', async () => {
    const file = plainFile();
    rekeyFile(file, null, new DatabaseKey(PASS)); // the old scheme: SQLCipher's PBKDF2 over the passphrase
    const key = await new DatabaseKey(PASS).derive(newKdf());
    const opened = openDatabase(file, { readonly: true, key });
    expect(keyOf(opened)?.kdf).toBeNull(); // opened by the old-scheme form
    opened.close();

    rekeyFile(file, key, key);
    expect(() => read(file, new DatabaseKey(PASS))).toThrow(WrongKeyError);
    const now = openDatabase(file, { readonly: true, key });
    expect(keyOf(now)?.kdf).toEqual(key.kdf);
    now.close();
  });
});

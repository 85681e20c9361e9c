import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listBackups } from '../backups/backup-files';
import { isPlainSqliteFile, WrongKeyError, type DatabaseKey } from '../db/cipher';
import { openDatabase } from '../db/database';

/** How many of the newest encrypted backups are tried. */
const BACKUPS_TRIED = 3;

/**
 * Whether `key` opens one of the workspace's newest encrypted backups. When
 * the database itself refuses a passphrase, this tells "wrong passphrase"
 * (no backup opens either) from "right passphrase, damaged file" (a backup
 * opens): the user then gets the damaged-workspace screen, with the key kept
 * so that the newest backup can be restored. Null when there is no
 * encrypted backup to try.
 */
export function keyOpensABackup(dataDir: string, key: DatabaseKey, nativeBinding?: string): boolean | null {
  const encrypted = listBackups(dataDir).filter((backup) => !isPlainSqliteFile(backup.file));
  if (encrypted.length === 0) return null;
  return encrypted.slice(0, BACKUPS_TRIED).some((backup) => keyOpensFile(backup.file, key, nativeBinding));
}

/**
 * Opens a copy (still encrypted) in a private temporary folder, so that the
 * backup itself is never opened: a read-only connection to a WAL-mode file
 * could leave files beside it.
 */
export function keyOpensFile(file: string, key: DatabaseKey, nativeBinding?: string): boolean {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letterdesk-key-'));
  try {
    const copy = path.join(dir, 'check.sqlite');
    fs.copyFileSync(file, copy);
    openDatabase(copy, { key, nativeBinding }).close();
    return true;
  } catch (error) {
    if (!(error instanceof WrongKeyError)) console.error('letterdesk: a backup could not be checked:', sqliteCodeOf(error));
    return false;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function sqliteCodeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : error instanceof Error ? error.message : String(error);
}

import fs from 'node:fs';
import { ApiFailure } from '../../../shared/api/errors';
import { listBackups, takeBackup } from '../backups/backup-files';
import { fsyncFile, renameDurably } from '../backups/durable-files';
import { verifyBackup } from '../backups/verify';
import { isPlainSqliteFile, vacuumInto, type DatabaseKey } from '../db/cipher';
import { rekeyFile } from '../db/rekey';
import type { Kdf } from '../db/key-derivation';
import { makePrivate } from '../db/private-files';
import type { Workspace } from '../workspace/workspace';
import { PART_SUFFIX, removeMarker, writeMarker } from './encryption-marker';

/** Steps of a passphrase change, for tests that stop (or kill the process) right after one. */
export type RekeyStep = 'backed-up' | 'copied' | 'marked' | 'swapped' | 'reopened' | 'backup-rekeyed';

export interface RekeyResult {
  backupsUpdated: number;
  backupsSkipped: string[];
}

/**
 * Sets, changes or removes the workspace's passphrase (`next` null removes
 * it). Safe against a crash or power cut at any moment:
 *
 * 1. a `pre-passphrase` backup is taken;
 * 2. the database is copied (VACUUM INTO, same key) to `letterdesk.db.rekey-part`,
 *    the copy is re-encrypted, checked with the new key and flushed; the live
 *    file is not touched;
 * 3. setting or changing a passphrase writes the marker, naming the new key's
 *    derivation and salt (while the live file is still plain, the marker is
 *    stale and removed at the next open; while it is under the old key, that
 *    key still opens it: the file carries its own salt);
 * 4. the database is closed and the copy renamed over it: the one moment the
 *    change happens, atomically;
 * 5. removing a passphrase removes the marker; the workspace opens with the new key;
 * 6. every backup is re-encrypted the same way (copy, rekey, rename), one by one.
 *
 * A crash before 4 leaves the old database and key; after 4, the new ones.
 * Only a crash during 6 leaves some backups with the old key (they are then
 * listed as unreadable with the current passphrase, and the change can be
 * made again from the old passphrase by restoring one).
 */
export async function rekeyWorkspace(
  workspace: Workspace,
  next: DatabaseKey | null,
  onStep: (step: RekeyStep) => void = () => undefined,
): Promise<RekeyResult> {
  rekeying.add(workspace.dataDir);
  try {
    return await changeKey(workspace, next, onStep);
  } finally {
    rekeying.delete(workspace.dataDir);
  }
}

/** Data folders with a key change under way in this process: the workspace it reopens on the way is left as it is (see workspace-key.ts). */
const rekeying = new Set<string>();

export function isRekeying(dataDir: string): boolean {
  return rekeying.has(dataDir);
}

async function changeKey(workspace: Workspace, next: DatabaseKey | null, onStep: (step: RekeyStep) => void): Promise<RekeyResult> {
  const current = workspace.databaseKey();
  const nextKdf = next ? kdfOf(next) : null;
  const { nativeBinding } = workspace.options;
  const live = workspace.databaseFile;
  const part = `${live}${PART_SUFFIX}`;
  fs.rmSync(part, { force: true });

  await takeBackup(workspace, 'pre-passphrase');
  onStep('backed-up');

  // From here to the rename nothing awaits: no write of this process can slip in between.
  const db = workspace.db();
  try {
    vacuumInto(db, part);
    makePrivate(part);
    rekeyFile(part, current, next, nativeBinding);
    const check = verifyBackup(part, { key: next, nativeBinding, quick: true });
    if (!check.ok) throw new ApiFailure('internal', `The re-encrypted copy failed its check (${check.problems.join('; ')}). Nothing was changed.`);
    fsyncFile(part);
    onStep('copied');
    if (nextKdf) writeMarker(workspace.dataDir, nextKdf);
    onStep('marked');

    workspace.close();
    if (fs.existsSync(`${live}-wal`)) {
      // Closing the last connection removes the -wal: another one is open.
      if (next && !current) removeMarker(workspace.dataDir);
      await workspace.openWithKey(current);
      throw new ApiFailure('conflict', 'Another Letterdesk window or command is using this workspace. Close it and try again. Nothing was changed.');
    }
    renameDurably(part, live);
    onStep('swapped');
  } catch (error) {
    if (!isOpen(workspace)) await workspace.openWithKey(current);
    if (error instanceof ApiFailure) throw error;
    throw new ApiFailure('internal', `The passphrase could not be changed (${describe(error)}). Nothing was changed.`);
  } finally {
    fs.rmSync(part, { force: true });
  }

  if (!next) removeMarker(workspace.dataDir);
  await workspace.openWithKey(next);
  if (workspace.status().state !== 'ready') {
    throw new ApiFailure('internal', 'The re-encrypted database did not open. Restore the newest "pre-passphrase" backup with the previous passphrase.');
  }
  onStep('reopened');
  return rekeyBackups(workspace.dataDir, current, next, nativeBinding, onStep);
}

/**
 * Re-encrypts every backup: a copy is rekeyed and renamed over the original,
 * so each backup is at every moment whole, under the old or the new key.
 * A backup that opens with neither the current key nor none (written under an
 * older passphrase) is left as it is and reported.
 */
export function rekeyBackups(
  dataDir: string,
  current: DatabaseKey | null,
  next: DatabaseKey | null,
  nativeBinding?: string,
  onStep: (step: RekeyStep) => void = () => undefined,
): RekeyResult {
  let backupsUpdated = 0;
  const backupsSkipped: string[] = [];
  for (const backup of listBackups(dataDir)) {
    const plain = isPlainSqliteFile(backup.file);
    const from = plain ? null : current;
    if (!plain && !current) {
      backupsSkipped.push(backup.name);
      continue;
    }
    if ((plain && !next) || (from && next && from.equals(next))) continue;
    try {
      rekeyInPlace(backup.file, from, next, nativeBinding);
      backupsUpdated += 1;
      onStep('backup-rekeyed');
    } catch {
      backupsSkipped.push(backup.name);
    }
  }
  return { backupsUpdated, backupsSkipped };
}

/**
 * Gives a closed database file (a backup, a file set aside by a fresh start)
 * another key: a copy is rekeyed, flushed and renamed over it, so the file is
 * at every moment whole, under the old key or the new one. Throws when the
 * copy cannot be rekeyed (the original is then left as it was).
 */
export function rekeyInPlace(file: string, from: DatabaseKey | null, next: DatabaseKey | null, nativeBinding?: string): void {
  const part = `${file}${PART_SUFFIX}`;
  try {
    fs.copyFileSync(file, part);
    // A byte copy of a damaged workspace may have its newest changes in a -wal beside it.
    if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${part}-wal`);
    rekeyFile(part, from, next, nativeBinding);
    fsyncFile(part);
    renameDurably(part, file);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(part + suffix, { force: true });
  }
}

/** A new key is always a raw one, derived with a salt the marker must name before the file is swapped in. */
function kdfOf(next: DatabaseKey): Kdf {
  if (!next.kdf) throw new Error('A new key must be derived (DatabaseKey.derive) before it is used.');
  return next.kdf;
}

function isOpen(workspace: Workspace): boolean {
  try {
    workspace.db();
    return true;
  } catch {
    return false;
  }
}

function describe(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return code || (error instanceof Error ? error.message : 'unknown error');
}

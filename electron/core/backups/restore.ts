import fs from 'node:fs';
import path from 'node:path';
import type { WorkspaceStatus } from '../../../shared/workspace/contract';
import { ApiFailure } from '../../../shared/api/errors';
import { fileStamp } from '../db/online-backup';
import { isPlainSqliteFile, keyForFile } from '../db/cipher';
import { rekeyFile } from '../db/rekey';
import { DATABASE_FILE } from '../workspace/workspace';
import { freeBackupName, takeBackup, type BackupSource } from './backup-files';
import { copyDurably, errorMessage, fsyncDir, fsyncFile, realPath, renameDurably } from './durable-files';
import { verifyBackup } from './verify';
import { makePrivate, makePrivateDir } from '../db/private-files';

/** What a restore needs from the workspace it replaces the database of. */
export interface RestorableWorkspace extends BackupSource {
  readonly dataDir: string;
  status(): WorkspaceStatus;
  close(): void;
  /** Closes the database (if open) and opens `databaseFile` again, migrating it if needed. */
  reopen(): Promise<void>;
}

export type RestoreStep = 'copied' | 'verified' | 'undo-saved' | 'closed' | 'swapped';

export interface RestoreOptions {
  /** Test seam: called after each step; throwing from it simulates a failure right there. */
  onStep?: (step: RestoreStep) => void;
  now?: Date;
}

export interface RestoreResult {
  restoredFrom: string;
  /** The pre-restore backup: restoring it undoes this restore. Null only when there was no database file. */
  undoBackup: string | null;
  status: WorkspaceStatus;
}

const UNCHANGED = 'The workspace was not changed.';
const COMPANIONS = ['-wal', '-shm'] as const;
/** Data folders with a restore under way in this process. */
const restoring = new Set<string>();

/**
 * Replaces the workspace's database with a backup, so that at every moment
 * either the old or the new data is in place and the old data is kept:
 *
 * 1. copy the backup into the data folder and check that copy (the bytes
 *    that will be installed), refusing a damaged or foreign file;
 * 2. keep the current data as a `pre-restore` backup (a byte copy when the
 *    workspace is damaged and cannot be read);
 * 3. close, and atomically rename the checked copy over letterdesk.db;
 * 4. reopen; if that fails, put the pre-restore copy back.
 */
export async function restoreBackup(workspace: RestorableWorkspace, file: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  const source = path.resolve(file);
  if (realPath(source) === realPath(workspace.databaseFile)) {
    throw new ApiFailure('invalid_input', `${source} is the workspace's own database, not a backup.`);
  }
  const key = realPath(workspace.dataDir);
  if (restoring.has(key)) throw new ApiFailure('conflict', `A restore is already under way. ${UNCHANGED}`);
  restoring.add(key);
  try {
    return await restoreExclusively(workspace, source, options);
  } finally {
    restoring.delete(key);
  }
}

async function restoreExclusively(workspace: RestorableWorkspace, source: string, options: RestoreOptions): Promise<RestoreResult> {
  const step = options.onStep ?? (() => undefined);
  const incoming = path.join(workspace.dataDir, `${DATABASE_FILE}.restoring-${fileStamp(options.now)}`);
  try {
    // Phase 1: nothing is changed; the workspace stays open.
    const undoBackup = await withNothingChanged(async () => {
      copyIn(source, incoming);
      step('copied');
      const key = workspace.databaseKey();
      const plain = isPlainSqliteFile(incoming);
      // The passphrase opens a backup with another salt (another workspace's) or of the old scheme too.
      const fileKey = key && !plain ? await keyForFile(key, incoming) : key;
      const check = verifyBackup(incoming, { nativeBinding: workspace.options.nativeBinding, key: fileKey });
      if (!check.ok) {
        throw new ApiFailure('invalid_input', `${path.basename(source)} cannot be restored: ${check.problems.join('; ')}. ${UNCHANGED}`);
      }
      // An encrypted workspace stays encrypted under its own key: a plain backup is encrypted on its way in, another one re-encrypted.
      if (key) rekeyFile(incoming, plain ? null : fileKey, key, workspace.options.nativeBinding);
      step('verified');
      const undo = await keepCurrentState(workspace, options.now);
      step('undo-saved');
      return undo;
    });

    // Phase 2: closed; letterdesk.db is still the old file until the rename.
    // Only microtasks run between the end of the pre-restore backup and the
    // close: no write from the app can slip in between and be lost.
    // A read-only connection to a damaged file leaves its -wal behind when it
    // closes: that is not "another window", so it counts as not open here.
    const wasOpen = isOpen(workspace) && workspace.status().state === 'ready';
    const setAside = await swapIn(workspace, incoming, wasOpen, step);

    // Phase 3: the backup is in place. If it does not open, put the old data back.
    try {
      step('swapped');
      await workspace.reopen();
      const status = workspace.status();
      if (status.state !== 'ready') throw new Error(status.detail);
    } catch (error) {
      await putBack(workspace, undoBackup, setAside, error);
    }
    for (const file of setAside.values()) fs.rmSync(file, { force: true });
    return { restoredFrom: source, undoBackup, status: workspace.status() };
  } finally {
    fs.rmSync(incoming, { force: true });
  }
}

async function withNothingChanged<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ApiFailure) throw error;
    throw new ApiFailure('internal', `Restoring failed: ${errorMessage(error)}. ${UNCHANGED}`);
  }
}

function copyIn(source: string, incoming: string): void {
  try {
    fs.copyFileSync(source, incoming);
    makePrivate(incoming); // a file chosen elsewhere keeps its own mode in a copy
    fsyncFile(incoming);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT' && !fs.existsSync(source);
    throw new ApiFailure(missing ? 'not_found' : 'internal', `Cannot read ${source}: ${errorMessage(error)}. ${UNCHANGED}`);
  }
}

function isOpen(workspace: RestorableWorkspace): boolean {
  try {
    workspace.db();
    return true;
  } catch {
    return false;
  }
}

/** The current data as a `pre-restore` backup: an online backup, or a byte copy of a file SQLite cannot read. */
async function keepCurrentState(workspace: RestorableWorkspace, now: Date = new Date()): Promise<string | null> {
  try {
    // A damaged file open read-only is kept byte for byte: an online backup
    // could stop at the damage and keep less than the user had.
    const damaged = workspace.status().state !== 'ready';
    if (isOpen(workspace) && !damaged) return (await takeBackup(workspace, 'pre-restore', now)).file;
    if (!fs.existsSync(workspace.databaseFile)) return null;
    makePrivateDir(workspace.backupsDir);
    const { file } = freeBackupName(workspace.backupsDir, 'pre-restore', now);
    // The -wal of a damaged database may hold its newest changes: keep it beside the copy.
    if (fs.existsSync(`${workspace.databaseFile}-wal`)) copyDurably(`${workspace.databaseFile}-wal`, `${file}-wal`);
    copyDurably(workspace.databaseFile, file);
    return file;
  } catch (error) {
    throw new ApiFailure(
      'internal',
      `Could not keep a copy of the current data before restoring (${errorMessage(error)}), so nothing was restored. ${UNCHANGED}`,
    );
  }
}

/**
 * Closes the workspace and renames `incoming` over its database. Returns the
 * -wal/-shm files set aside (only a damaged workspace has them). On failure
 * everything is as before and the workspace is open again.
 */
async function swapIn(workspace: RestorableWorkspace, incoming: string, wasOpen: boolean, step: (step: RestoreStep) => void): Promise<Map<string, string>> {
  const live = workspace.databaseFile;
  const setAside = new Map<string, string>();
  try {
    workspace.close();
    step('closed');
    const leftOver = COMPANIONS.filter((suffix) => fs.existsSync(live + suffix));
    if (wasOpen && leftOver.length > 0) {
      // Closing the last connection removes the -wal; it is still there, so another one is open.
      throw new ApiFailure('conflict', `Another Letterdesk window or command is using this workspace. Close it and try again. ${UNCHANGED}`);
    }
    for (const suffix of leftOver) {
      const aside = `${live}${suffix}.before-restore`;
      fs.renameSync(live + suffix, aside);
      setAside.set(live + suffix, aside);
    }
    renameDurably(incoming, live);
    return setAside;
  } catch (error) {
    for (const [original, aside] of setAside) if (fs.existsSync(aside)) fs.renameSync(aside, original);
    await reopenQuietly(workspace);
    if (error instanceof ApiFailure) throw error;
    throw new ApiFailure('internal', `Restoring failed: ${errorMessage(error)}. ${UNCHANGED}`);
  }
}

/** The restored file did not open: install the pre-restore copy again, then always throw. */
async function putBack(workspace: RestorableWorkspace, undoBackup: string | null, setAside: Map<string, string>, cause: unknown): Promise<never> {
  const why = `The backup was put in place but could not be opened (${errorMessage(cause)})`;
  try {
    workspace.close();
    if (!undoBackup) throw new Error('there was no copy of the previous data');
    const live = workspace.databaseFile;
    for (const suffix of COMPANIONS) fs.rmSync(live + suffix, { force: true });
    copyDurably(undoBackup, live);
    for (const [original, aside] of setAside) fs.renameSync(aside, original);
    fsyncDir(workspace.dataDir);
  } catch (error) {
    const copy = undoBackup ? ` Your data as it was is kept in ${undoBackup}; restore that file to get it back.` : '';
    throw new ApiFailure('internal', `${why}, and putting the previous data back failed too (${errorMessage(error)}).${copy}`);
  }
  await reopenQuietly(workspace);
  throw new ApiFailure('internal', `${why}. The previous data was put back; nothing was lost.`);
}

async function reopenQuietly(workspace: RestorableWorkspace): Promise<void> {
  try {
    await workspace.reopen();
  } catch (error) {
    console.error('letterdesk: could not reopen the workspace after a failed restore:', error);
  }
}

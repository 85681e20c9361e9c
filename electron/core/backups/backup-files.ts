import fs from 'node:fs';
import path from 'node:path';
import { ApiFailure } from '../../../shared/api/errors';
import type { DatabaseKey } from '../db/cipher';
import { Database, keyOf, type Db } from '../db/database';
import { copyDatabase, fileStamp } from '../db/online-backup';
import { errorMessage, fsyncFile, realPath, renameDurably } from './durable-files';
import { verifyBackup } from './verify';
import { makePrivateDir } from '../db/private-files';
import { isPlainSqliteFile } from '../db/cipher';
import { copyWarning } from '../security/copy-warning';
import type { CopyWarning } from '../../../shared/security/schemas';

/*
 * Backups are whole SQLite files named `<label>-<stamp>.sqlite` in
 * `<dataDir>/backups/`. The name carries the label and the time it was taken,
 * so listing needs no index and survives files being copied around.
 */

export const BACKUPS_FOLDER = 'backups';

/** Labels Letterdesk writes. Files with other names are listed as `other` and never pruned. */
export type BackupLabel = 'auto' | 'manual' | 'pre-import' | 'pre-restore' | 'pre-passphrase' | `pre-migration-v${number}`;
export const OTHER_LABEL = 'other';

export interface BackupInfo {
  /** Absolute path. */
  file: string;
  /** File name inside backups/, what `letterdesk restore NAME` accepts. */
  name: string;
  /** A BackupLabel, or `other` for a file Letterdesk did not name. */
  label: string;
  /** ISO 8601, UTC: from the file name (not the file time, which a copy changes). */
  createdAt: string;
  bytes: number;
}

/** What taking a backup needs from a workspace (a `Workspace` fits). */
export interface BackupSource {
  readonly backupsDir: string;
  readonly databaseFile: string;
  readonly options: { nativeBinding?: string };
  /** The open database; throws when the workspace could not be opened. */
  db(): Db;
  /** The key of an encrypted workspace (its backups are encrypted with it), or null. */
  databaseKey(): DatabaseKey | null;
}

const NAME_PATTERN = /^([a-z0-9]+(?:-[a-z0-9]+)*)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.sqlite$/;
const LABEL_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function backupsDirOf(dataDir: string): string {
  return path.join(dataDir, BACKUPS_FOLDER);
}

export function backupFileName(label: string, date: Date): string {
  return `${label}-${fileStamp(date)}.sqlite`;
}

/** The label and time in a backup's file name, or null when Letterdesk did not name it. */
export function parseBackupName(name: string): { label: string; createdAt: string } | null {
  const match = NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, label, day, hours, minutes, seconds, millis] = match;
  const date = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  return Number.isNaN(date.getTime()) ? null : { label, createdAt: date.toISOString() };
}

/** Every `.sqlite` file in `<dataDir>/backups/`, newest first. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupsDirOf(dataDir);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const list: BackupInfo[] = [];
  for (const name of names) {
    if (!name.endsWith('.sqlite')) continue;
    const file = path.join(dir, name);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      continue; // removed while we looked
    }
    if (!stat.isFile()) continue;
    const parsed = parseBackupName(name);
    list.push({
      file,
      name,
      label: parsed?.label ?? OTHER_LABEL,
      createdAt: parsed?.createdAt ?? stat.mtime.toISOString(),
      bytes: stat.size,
    });
  }
  return list.sort(newestFirst);
}

export function newestFirst(a: BackupInfo, b: BackupInfo): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.name < b.name ? 1 : a.name > b.name ? -1 : 0;
}

/**
 * Takes a backup of the open database with SQLite's online backup API (safe
 * while the app works on it) into `backups/<label>-<stamp>.sqlite`, written
 * as `.part` and renamed, so a crash never leaves half a backup that looks whole.
 */
export async function takeBackup(source: BackupSource, label: BackupLabel, now: Date = new Date()): Promise<BackupInfo> {
  if (!LABEL_PATTERN.test(label)) throw new Error(`Invalid backup label "${label}"`);
  const db = source.db();
  makePrivateDir(source.backupsDir);
  const { file, createdAt } = freeBackupName(source.backupsDir, label, now);
  await writeCopy(db, file, source.options.nativeBinding);
  return { file, name: path.basename(file), label, createdAt: createdAt.toISOString(), bytes: fs.statSync(file).size };
}

/**
 * Saves a backup to a file the user chose (a USB stick, a shared drive). The
 * copy is checked before it gets its final name; an existing file is replaced
 * only by a whole, checked copy.
 */
export async function saveBackupTo(source: BackupSource, targetFile: string): Promise<{ file: string; bytes: number; copyWarning: CopyWarning }> {
  const target = path.resolve(targetFile);
  const live = realPath(source.databaseFile);
  const chosen = realPath(target);
  if (chosen === live || chosen.startsWith(`${live}-`)) {
    throw new ApiFailure('invalid_input', `${target} is the workspace's own database; choose another file for the backup.`);
  }
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) {
    throw new ApiFailure('invalid_input', `${target} is a folder; choose a file name for the backup.`);
  }
  const db = source.db();
  try {
    await writeCopy(db, target, source.options.nativeBinding);
  } catch (error) {
    if (error instanceof ApiFailure) throw error;
    throw new ApiFailure('internal', `Could not write the backup to ${target}: ${errorMessage(error)}.`);
  }
  // Outside the workspace: Letterdesk cannot encrypt or delete it later; the user is told so.
  return { file: target, bytes: fs.statSync(target).size, copyWarning: copyWarning(!isPlainSqliteFile(target)) };
}

/** `<dir>/<label>-<stamp>.sqlite`, a millisecond later while that name is taken. */
export function freeBackupName(dir: string, label: string, now: Date): { file: string; createdAt: Date } {
  let createdAt = now;
  for (;;) {
    const file = path.join(dir, backupFileName(label, createdAt));
    if (!fs.existsSync(file) && !fs.existsSync(`${file}.part`)) return { file, createdAt };
    createdAt = new Date(createdAt.getTime() + 1);
  }
}

async function writeCopy(db: Db, target: string, nativeBinding: string | undefined): Promise<void> {
  const part = `${target}.part`;
  try {
    fs.rmSync(part, { force: true });
    // An encrypted workspace is copied encrypted with its own key, already self-contained.
    const key = keyOf(db);
    await copyDatabase(db, part);
    if (!key) makeSelfContained(part, nativeBinding);
    const check = verifyBackup(part, { nativeBinding, quick: true, key });
    if (!check.ok) {
      throw new ApiFailure('internal', `The backup written to ${target} failed its check (${check.problems.join('; ')}); it was not kept.`);
    }
    fsyncFile(part);
    renameDurably(part, target);
  } finally {
    for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(part + suffix, { force: true });
  }
}

/**
 * The backup API copies the "WAL mode" flag from the live database. A copy in
 * rollback mode is one self-contained file: opening it read-only (to check or
 * list it) creates no -wal/-shm beside it, and it works on a read-only disk.
 */
function makeSelfContained(file: string, nativeBinding: string | undefined): void {
  const db = new Database(file, { fileMustExist: true, nativeBinding });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

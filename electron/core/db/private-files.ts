import fs from 'node:fs';
import path from 'node:path';

/*
 * The workspace folder is private to its user on POSIX: every folder 0700,
 * every file 0600 (the database, its WAL and SHM, backups, damaged/ copies,
 * staged uploads, markers). Modes are set with chmod after creating, so
 * they do not depend on the umask; SQLite gives the -wal and -shm files the
 * main file's mode, so the database file is made private before it is
 * opened. Windows has no such modes: these do nothing there.
 */

const POSIX = process.platform !== 'win32';
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

function chmod(target: string, mode: number): void {
  if (!POSIX) return;
  try {
    fs.chmodSync(target, mode);
  } catch (error) {
    // Removed meanwhile (a -shm closed with its database), or not ours to change.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'EPERM') throw error;
  }
}

/** Creates `dir` (and its parents) if needed; `dir` itself ends up 0700. */
export function makePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  chmod(dir, PRIVATE_DIR_MODE);
}

/** Makes an existing file 0600. */
export function makePrivate(file: string): void {
  chmod(file, PRIVATE_FILE_MODE);
}

/** Creates `file` empty and 0600 when it is missing, or makes it 0600 (for SQLite, before it opens the file). */
export function preparePrivateFile(file: string): void {
  if (!fs.existsSync(file)) fs.closeSync(fs.openSync(file, 'a', PRIVATE_FILE_MODE));
  makePrivate(file);
}

/** Every folder under `dir` (itself included) 0700, every file 0600; symbolic links are not followed. */
export function makeTreePrivate(dir: string): void {
  if (!POSIX) return;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  chmod(dir, PRIVATE_DIR_MODE);
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) makeTreePrivate(full);
    else if (entry.isFile()) makePrivate(full);
  }
}

import fs from 'node:fs';
import path from 'node:path';

/*
 * Small file operations that survive a crash or a power cut halfway: data is
 * flushed to the disk before a rename makes it visible under its final name.
 */

/** Flushes a file's bytes to the disk. */
export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Flushes a folder's entries, so a rename in it is on the disk. Windows
 * cannot open a folder for this, and there the rename is already durable.
 */
export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Not supported here (Windows): nothing more we can do.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Renames `from` over `to` and makes the rename durable. */
export function renameDurably(from: string, to: string): void {
  fs.renameSync(from, to);
  fsyncDir(path.dirname(to));
}

/** Copies `from` to `to` through `<to>.part`: a failure never leaves half a file under the final name. */
export function copyDurably(from: string, to: string): void {
  const part = `${to}.part`;
  try {
    fs.copyFileSync(from, part);
    fsyncFile(part);
    renameDurably(part, to);
  } finally {
    fs.rmSync(part, { force: true });
  }
}

/**
 * The same path once links are resolved, for "is this the live database?"
 * checks. The folder must exist; the file need not.
 */
export function realPath(file: string): string {
  const resolved = path.resolve(file);
  try {
    return path.join(fs.realpathSync(path.dirname(resolved)), path.basename(resolved));
  } catch {
    return resolved;
  }
}

export function errorMessage(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'the disk is read-only';
  return error instanceof Error ? error.message : String(error);
}

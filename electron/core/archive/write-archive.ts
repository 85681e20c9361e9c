import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';
import { ApiFailure } from '../../../shared/api/errors';
import { zip, type ZipEntry } from '../exports/docx/zip';
import { errorMessage, fsyncFile, renameDurably } from '../backups/durable-files';
import { backupDatabase } from '../db/online-backup';
import { Database, keyOf, openDatabase, type Db } from '../db/database';
import { schemaVersion } from '../db/migrate';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  DATABASE_ENTRY,
  MANIFEST_ENTRY,
  MAX_UNPACKED_BYTES,
  archiveFailure,
  megabytes,
  type ArchiveManifest,
} from './archive-format';
import { encryptArchive, SCRYPT_DEFAULTS } from './archive-crypto';
import { countRows } from './snapshot-schema';
import packageJson from '../../../package.json';

/*
 * Export: a consistent snapshot of the live database (SQLite's online backup
 * API, safe while the app works), compacted, described by a manifest, zipped,
 * optionally encrypted, and written to `<target>.part` before it is renamed,
 * so a failed or cancelled export never leaves a file that looks whole.
 */

const deflate = promisify(deflateRaw);
const encoder = new TextEncoder();

export interface ArchiveSource {
  readonly dataDir: string;
  readonly options: { nativeBinding?: string };
  db(): Db;
}

export interface ArchiveOptions {
  passphrase: string | null;
  /** Where the snapshot is made; inside the data folder by default, never the system temp folder. */
  workDir?: string;
  now?: Date;
  /** Tests only: a cheaper KDF. */
  kdf?: { N: number; r: number; p: number };
}

export const archiveWorkDir = (dataDir: string) => path.join(dataDir, 'archive-work');

export function archiveFileName(now = new Date()): string {
  return `letterdesk-${now.toISOString().slice(0, 10)}.letterdesk`;
}

/**
 * The snapshot: a backup copy (encrypted with the workspace's key when the
 * workspace is encrypted), read into memory, compacted there and serialised.
 * Its unencrypted bytes never reach the disk.
 */
async function snapshot(source: ArchiveSource, workDir: string): Promise<{ bytes: Buffer; counts: Record<string, number>; schemaVersion: number }> {
  const live = source.db();
  const file = await backupDatabase(live, workDir, 'archive-snapshot');
  try {
    const copy = openDatabase(file, { nativeBinding: source.options.nativeBinding, key: keyOf(live) });
    let serialized: Buffer;
    try {
      // A database in WAL mode deserialises into one that cannot be vacuumed in memory.
      copy.pragma('journal_mode = DELETE');
      serialized = copy.serialize();
    } finally {
      copy.close();
    }
    const memory = new Database(serialized, { nativeBinding: source.options.nativeBinding });
    let counts: Record<string, number>;
    let version: number;
    let bytes: Buffer;
    try {
      // VACUUM's scratch copy stays in memory too. Free pages would only make
      // the archive larger (and compress suspiciously well).
      memory.pragma('temp_store = MEMORY');
      memory.exec('VACUUM');
      counts = countRows(memory);
      version = schemaVersion(memory);
      bytes = memory.serialize();
    } finally {
      memory.close();
    }
    if (bytes.length > MAX_UNPACKED_BYTES) {
      throw new ApiFailure(
        'conflict',
        `This workspace is ${megabytes(bytes.length)} MB, more than the ${megabytes(MAX_UNPACKED_BYTES)} MB an archive may hold, so it cannot be moved as one archive. Copy a backup file instead. Nothing was written.`,
      );
    }
    return { bytes, counts, schemaVersion: version };
  } finally {
    for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  }
}

/** The whole archive in memory: the zip, encrypted when a passphrase is given. */
export async function buildArchive(source: ArchiveSource, options: ArchiveOptions): Promise<{ bytes: Buffer; manifest: ArchiveManifest }> {
  if (!options.passphrase && keyOf(source.db())) {
    throw archiveFailure(
      'passphraseNeeded',
      'This workspace is encrypted, so its archive must be encrypted too: give the archive a passphrase. Nothing was written.',
    );
  }
  const workDir = options.workDir ?? archiveWorkDir(source.dataDir);
  fs.mkdirSync(workDir, { recursive: true });
  const snap = await snapshot(source, workDir);
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    appVersion: packageJson.version,
    schemaVersion: snap.schemaVersion,
    createdAt: (options.now ?? new Date()).toISOString(),
    counts: snap.counts,
    entries: [{ name: DATABASE_ENTRY, bytes: snap.bytes.length, sha256: createHash('sha256').update(snap.bytes).digest('hex') }],
  };
  const manifestBytes = encoder.encode(JSON.stringify(manifest, null, 2));
  const entries: ZipEntry[] = [
    { name: encoder.encode(MANIFEST_ENTRY), data: manifestBytes, method: 0, crc: crc32(manifestBytes), size: manifestBytes.length },
    // zlib in the thread pool: the app stays responsive while a large workspace is compressed.
    { name: encoder.encode(DATABASE_ENTRY), data: await deflate(snap.bytes, { level: 6 }), method: 8, crc: crc32(snap.bytes), size: snap.bytes.length },
  ];
  const zipped = Buffer.from(zip(entries));
  const bytes = options.passphrase ? await encryptArchive(zipped, options.passphrase, options.kdf ?? SCRYPT_DEFAULTS) : zipped;
  return { bytes, manifest };
}

/** Writes the archive to `target` through `<target>.part`: all of it, or nothing under that name. */
export async function writeArchiveFile(
  source: ArchiveSource,
  target: string,
  options: ArchiveOptions,
): Promise<{ file: string; bytes: number; manifest: ArchiveManifest }> {
  const file = path.resolve(target);
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
    throw new ApiFailure('invalid_input', `${file} is a folder; choose a file name for the archive.`);
  }
  const { bytes, manifest } = await buildArchive(source, options);
  const part = `${file}.part`;
  try {
    fs.writeFileSync(part, bytes, { mode: 0o600 });
    fsyncFile(part);
    renameDurably(part, file);
  } catch (error) {
    throw new ApiFailure('internal', `Could not write the archive to ${file}: ${errorMessage(error)}. Nothing was written there.`);
  } finally {
    fs.rmSync(part, { force: true });
  }
  return { file, bytes: bytes.length, manifest };
}

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { ApiFailure } from '../../../shared/api/errors';
import { unsafeEntryName } from '../templates/import/docx/safe-unzip';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  DATABASE_ENTRY,
  MANIFEST_ENTRY,
  MAX_ARCHIVE_BYTES,
  MAX_MANIFEST_BYTES,
  MAX_RATIO,
  MAX_UNPACKED_BYTES,
  RATIO_FLOOR_BYTES,
  archiveFailure,
  manifestSchema,
  megabytes,
  type ArchiveManifest,
} from './archive-format';
import { decryptArchive, isEncryptedArchive } from './archive-crypto';
import { readFileHead } from '../db/file-head';

/*
 * Reading a .letterdesk file from anyone: size first, then (if encrypted)
 * the passphrase, then the zip's central directory without inflating
 * anything (names, sizes, ratio), then the manifest, then the database
 * entry, checked against the manifest's SHA-256 before it is written to the
 * work folder for snapshot-schema.ts to check further.
 */

export interface UnpackedArchive {
  manifest: ArchiveManifest;
  encrypted: boolean;
  /** Size of the archive file. */
  bytes: number;
  /** The database file's bytes, checked against the manifest. */
  database: Buffer;
}

const notArchive = () => archiveFailure('notAnArchive', 'This file is not a Letterdesk archive (.letterdesk). Nothing was imported.');
const truncated = () => archiveFailure('damaged', 'This archive is damaged or incomplete (it may have been cut short while copying). Nothing was imported.');

export function readArchiveFile(file: string): Buffer {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw archiveFailure('uploadMissing', `Cannot read ${path.basename(file)}: the file is no longer there. Nothing was imported.`);
  }
  if (size > MAX_ARCHIVE_BYTES) {
    throw archiveFailure(
      'tooLarge',
      `This file is ${megabytes(size)} MB; a Letterdesk archive is at most ${megabytes(MAX_ARCHIVE_BYTES)} MB. Nothing was imported.`,
    );
  }
  return fs.readFileSync(file);
}

/** Whether a staged file is an encrypted archive (looks only at its first bytes). */
export function fileIsEncrypted(file: string): boolean {
  return isEncryptedArchive(readFileHead(file, 64));
}

export interface Entry {
  name: string;
  compressedSize: number;
  size: number;
  compression: number;
}

function listEntries(zip: Uint8Array): Entry[] {
  const entries: Entry[] = [];
  try {
    unzipSync(zip, {
      filter: (file) => {
        if (entries.length >= 10) throw archiveFailure('unsafe', 'This archive holds files Letterdesk never writes into one. Nothing was imported.');
        entries.push({ name: file.name, compressedSize: file.size, size: file.originalSize, compression: file.compression });
        return false;
      },
    });
  } catch (error) {
    if (error instanceof ApiFailure) throw error;
    throw truncated();
  }
  return entries;
}

/** Refuses unsafe names, unknown files, zip bombs (exported for tests). */
export function checkEntries(entries: readonly Entry[], zipBytes: number): void {
  let total = 0;
  for (const entry of entries) {
    if (unsafeEntryName(entry.name)) {
      throw archiveFailure(
        'unsafe',
        `This archive was refused: a file inside it has an unsafe name ("${entry.name.slice(0, 80)}") that could write outside its folder. Nothing was imported.`,
      );
    }
    if (entry.name !== MANIFEST_ENTRY && entry.name !== DATABASE_ENTRY) {
      throw archiveFailure('unsafe', `This archive holds a file Letterdesk never writes into one ("${entry.name.slice(0, 80)}"). Nothing was imported.`);
    }
    if (entry.compression !== 0 && entry.compression !== 8) throw truncated();
    total += entry.size;
    if (entry.size > RATIO_FLOOR_BYTES && entry.size > MAX_RATIO * Math.max(entry.compressedSize, 1)) {
      throw archiveFailure(
        'zipBomb',
        `This archive was refused: a file inside it would grow more than ${MAX_RATIO} times when unpacked, which is how a zip bomb exhausts memory. Nothing was imported.`,
      );
    }
  }
  if (total > MAX_UNPACKED_BYTES) {
    throw archiveFailure(
      'zipBomb',
      `This archive was refused: it would unpack to ${megabytes(total)} MB, more than the ${megabytes(MAX_UNPACKED_BYTES)} MB allowed. Nothing was imported.`,
    );
  }
  if (total > RATIO_FLOOR_BYTES && total > MAX_RATIO * zipBytes) {
    throw archiveFailure('zipBomb', `This archive was refused: it would grow more than ${MAX_RATIO} times when unpacked. Nothing was imported.`);
  }
  const names = entries.map((e) => e.name);
  if (!names.includes(MANIFEST_ENTRY) || !names.includes(DATABASE_ENTRY) || new Set(names).size !== names.length) {
    throw archiveFailure('notAnArchive', 'This zip file is not a Letterdesk archive: it lacks the manifest or the database. Nothing was imported.');
  }
  const manifest = entries.find((e) => e.name === MANIFEST_ENTRY)!;
  if (manifest.size > MAX_MANIFEST_BYTES)
    throw archiveFailure('unsafe', 'The manifest of this archive is far larger than Letterdesk writes. Nothing was imported.');
}

function parseManifest(bytes: Uint8Array): ArchiveManifest {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw archiveFailure('tampered', 'The manifest of this archive is not readable. Nothing was imported.');
  }
  const looks = typeof json === 'object' && json !== null && (json as { format?: unknown }).format === ARCHIVE_FORMAT;
  if (!looks) throw notArchive();
  const version = (json as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > ARCHIVE_FORMAT_VERSION) {
    throw archiveFailure('newerFormat', 'This archive was made by a newer version of Letterdesk. Update Letterdesk to import it. Nothing was imported.');
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw archiveFailure('tampered', 'The manifest of this archive is incomplete or was changed. Nothing was imported.');
  return parsed.data;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Checks an archive (a file, or the bytes of a staged upload) and unpacks its database, in memory: nothing is written anywhere. */
export async function unpackArchive(source: string | Buffer, passphrase: string | null): Promise<UnpackedArchive> {
  const raw = typeof source === 'string' ? readArchiveFile(source) : source;
  const encrypted = isEncryptedArchive(raw);
  let zip: Uint8Array = raw;
  if (encrypted) {
    if (!passphrase) throw archiveFailure('passphraseNeeded', 'This archive is encrypted: enter its passphrase to import it.');
    zip = await decryptArchive(raw, passphrase);
  } else if (!(raw[0] === 0x50 && raw[1] === 0x4b)) {
    throw notArchive();
  }
  const entries = listEntries(zip);
  checkEntries(entries, zip.length);

  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, { filter: (f) => f.name === MANIFEST_ENTRY || f.name === DATABASE_ENTRY });
  } catch {
    throw truncated();
  }
  for (const entry of entries) if (files[entry.name]?.length !== entry.size) throw truncated();
  const manifest = parseManifest(files[MANIFEST_ENTRY]);
  const database = files[DATABASE_ENTRY];
  const listed = manifest.entries.find((e) => e.name === DATABASE_ENTRY);
  if (!listed || manifest.entries.length !== 1)
    throw archiveFailure('tampered', 'The manifest of this archive does not list its database. Nothing was imported.');
  if (listed.bytes !== database.length || listed.sha256 !== sha256(database)) {
    throw archiveFailure(
      'tampered',
      'The database in this archive does not match its manifest (SHA-256): it was changed or damaged after the archive was written. Nothing was imported.',
    );
  }
  return { manifest, encrypted, bytes: raw.length, database: Buffer.from(database.buffer, database.byteOffset, database.byteLength) };
}

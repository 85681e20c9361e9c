import { unzipSync } from 'fflate';
import { checkXmlPartSize } from '../input-limits';
import { TemplateImportError, megabytes } from '../template-import-errors';

/*
 * Unzipping a .docx from anyone, safely. The central directory is read first
 * without inflating anything, and the archive is refused when it is not what
 * a Word document looks like: too many entries, entry names that climb out
 * of the archive, or a zip bomb (sizes or ratio out of proportion). Only the
 * wanted parts are then inflated, each into a buffer of its declared size,
 * so a lying header cannot make one grow.
 */

export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
export const MAX_RATIO = 100;
const MAX_ENTRIES = 5_000;
// Small parts compress far better than 100:1 when they repeat themselves
// (empty numbering definitions, say); the ratio is only a sign above this.
const RATIO_FLOOR_BYTES = 1024 * 1024;

export interface ZipEntry {
  name: string;
  compressedSize: number;
  size: number;
}

export interface UnzippedParts {
  entries: ZipEntry[];
  files: Map<string, Uint8Array>;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b);
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function unsafeEntryName(name: string): boolean {
  return (
    name === '' ||
    name.includes('\\') ||
    name.includes('\0') ||
    name.startsWith('/') ||
    /^[a-z]:/i.test(name) ||
    name.split('/').some((segment) => segment === '..')
  );
}

/** Refuses what is not a zip, naming what it is when that helps: a password-protected or old Word file. */
export function refuseNonZip(bytes: Uint8Array): void {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return;
  if (startsWith(bytes, CFB)) {
    // Word saves a password-protected .docx as an OLE2 container holding
    // "EncryptedPackage"; an old .doc is the same container without it.
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from('EncryptedPackage', 'utf16le'))) {
      throw new TemplateImportError(
        'encrypted',
        'This document is protected with a password, so Letterdesk cannot read it. Open it in Word, remove the password (File › Info › Protect Document › Encrypt with Password, then clear it), save it and import it again.',
      );
    }
    throw new TemplateImportError(
      'legacyDoc',
      'This is an old-format Word document (.doc, Word 97–2003). Open it in Word or LibreOffice, save it as .docx and import that file.',
    );
  }
  throw new TemplateImportError(
    'notZip',
    'This file is not a Word document (.docx), even though its name says so. If it is an RTF, PDF or old .doc file, open it in Word or LibreOffice, save it as .docx and import that file.',
  );
}

export function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean): UnzippedParts {
  refuseNonZip(bytes);
  const entries: ZipEntry[] = [];
  guarded(() =>
    unzipSync(bytes, {
      filter: (file) => {
        if (entries.length >= MAX_ENTRIES) throw bomb(`it holds more than ${MAX_ENTRIES} files`);
        entries.push({ name: file.name, compressedSize: file.size, size: file.originalSize });
        return false;
      },
    }),
  );
  checkEntries(entries, bytes.length);
  for (const entry of entries) if (wanted(entry.name)) checkXmlPartSize(entry.name, entry.size);

  const inflated = guarded(() => unzipSync(bytes, { filter: (file) => wanted(file.name) }));
  const files = new Map<string, Uint8Array>();
  for (const entry of entries) {
    const data = inflated[entry.name];
    if (!data) continue;
    // Shorter than declared: the data is damaged or the archive cut short.
    if (data.length !== entry.size) throw corrupted();
    files.set(entry.name, data);
  }
  return { entries, files };
}

function checkEntries(entries: readonly ZipEntry[], archiveBytes: number): void {
  let total = 0;
  for (const entry of entries) {
    if (unsafeEntryName(entry.name)) {
      throw new TemplateImportError(
        'unsafePath',
        `This file was refused because one of the files inside it has an unsafe name ("${entry.name.slice(0, 80)}"). Word never writes such names; open the document in Word, save it again and import the new file.`,
      );
    }
    total += entry.size;
    if (entry.size > RATIO_FLOOR_BYTES && entry.size > MAX_RATIO * Math.max(entry.compressedSize, 1)) {
      throw bomb(`one part would grow more than ${MAX_RATIO} times when unpacked`);
    }
  }
  if (total > MAX_UNCOMPRESSED_BYTES) throw bomb(`it would unpack to ${megabytes(total)} MB, more than the ${megabytes(MAX_UNCOMPRESSED_BYTES)} MB allowed`);
  if (total > RATIO_FLOOR_BYTES && total > MAX_RATIO * archiveBytes) throw bomb(`it would grow more than ${MAX_RATIO} times when unpacked`);
}

function bomb(why: string): TemplateImportError {
  return new TemplateImportError(
    'zipBomb',
    `This file was refused because ${why}, which no letter needs: it may be built to exhaust memory. Open it in Word, save it again and import the new file.`,
  );
}

function corrupted(cause?: unknown): TemplateImportError {
  return new TemplateImportError(
    'corrupted',
    'This Word document is damaged or incomplete (it may have been cut short while downloading or copying). Open it in Word to repair it, save it again and import the new file.',
    cause,
  );
}

function guarded<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof TemplateImportError) throw error;
    throw corrupted(error);
  }
}

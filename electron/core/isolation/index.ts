import type { ImagePurpose } from '../../../shared/senders/schemas';
import type { UnpackedArchive } from '../archive/read-archive';
import type { CsvImportRead } from '../recipients/csv';
import type { RowChoices } from '../recipients/csv/convert-rows';
import type { ColumnOverride } from '../recipients/csv/column-mapping';
import type { PreparedImage } from '../senders/images';
import type { ImportTemplateOptions, TemplateImport } from '../templates/import';
import { asBuffer, type FileBytes } from './isolated-jobs';
import { runIsolated } from './run-isolated';

/*
 * Every import of a file from outside, as the handlers and the CLI call it:
 * the same function as before, run in a worker thread (run-isolated.ts).
 * Buffers come back as Uint8Arrays and are wrapped again here.
 */

export { runIsolated, memoryLimitFailure, timeLimitFailure } from './run-isolated';
export { IMPORT_LIMITS, ARCHIVE_LIMITS, type FileBytes, type IsolationLimits } from './isolated-jobs';

/** importTemplate (template-import/), isolated. */
export function importTemplateIsolated(bytes: FileBytes, fileName: string, options: ImportTemplateOptions = {}): Promise<TemplateImport> {
  return runIsolated('templates.import', { bytes, fileName, options });
}

/** readCsvImport (csv/), isolated; countries are resolved by csv/'s usual lookup. */
export function readCsvImportIsolated(bytes: FileBytes, options: { columns?: ColumnOverride; choices?: RowChoices } = {}): Promise<CsvImportRead> {
  return runIsolated('csv.read', { bytes, columns: options.columns, choices: options.choices });
}

/** prepareImage (senders/images.ts), isolated. */
export async function prepareImageIsolated(bytes: Buffer, purpose: ImagePurpose): Promise<PreparedImage> {
  const image = await runIsolated('image.prepare', { bytes, purpose });
  return { ...image, data: asBuffer(image.data) };
}

/** unpackArchive (archive/read-archive.ts), isolated: the file is read, decrypted and checked in the worker. */
export async function unpackArchiveIsolated(file: string, passphrase: string | null): Promise<UnpackedArchive> {
  const unpacked = await runIsolated('archive.unpack', { file, passphrase });
  return { ...unpacked, database: asBuffer(unpacked.database) };
}

import type { ImagePurpose } from '../../../shared/senders/schemas';
import type * as ArchiveReader from '../archive/read-archive';
import type * as Countries from '../recipients/countries';
import type * as Csv from '../recipients/csv';
import type { ColumnOverride } from '../recipients/csv/column-mapping';
import type { RowChoices } from '../recipients/csv/convert-rows';
import type * as Images from '../senders/images';
import type * as TemplateImport from '../templates/import';

/*
 * What a worker thread may be asked to do: read a file someone gave us into
 * plain data. No job opens the workspace: its handler writes the result to
 * SQLite in the main thread, as before. Inputs and outputs cross the thread
 * boundary by structured clone, so a Buffer arrives as a Uint8Array and
 * functions cannot be passed (the CSV job looks countries up itself).
 * Each job loads its reader when it runs, so a worker starts with only
 * the code its job needs.
 */

/*
 * require, not import(): the worker runs CommonJS (bundled by esbuild, which
 * inlines these, or from the sources through tsx's CommonJS hook, which
 * import() would bypass and so fail on .ts files).
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const load = {
  templateImport: () => require('../templates/import') as typeof TemplateImport,
  csv: () => require('../recipients/csv') as typeof Csv,
  countries: () => require('../recipients/countries') as typeof Countries,
  images: () => require('../senders/images') as typeof Images,
  archiveReader: () => require('../archive/read-archive') as typeof ArchiveReader,
};
/* eslint-enable @typescript-eslint/no-require-imports */

export interface IsolationLimits {
  /** V8's old generation in the worker; past it the worker is stopped. */
  maxOldGenerationSizeMb: number;
  /** Wall time from the start of the worker; past it the worker is stopped. */
  timeoutMs: number;
}

/** A template or CSV of 20 or 50 MB parses in a few seconds and far less memory than this when it is genuine. */
export const IMPORT_LIMITS: IsolationLimits = { maxOldGenerationSizeMb: 512, timeoutMs: 20_000 };
/** An archive may hold 200 MB and is decrypted with scrypt first: more time, and its bytes live outside the V8 heap. */
export const ARCHIVE_LIMITS: IsolationLimits = { maxOldGenerationSizeMb: 512, timeoutMs: 60_000 };

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * A file's bytes, or an upload's base64 text: decoded in the worker, so the
 * main thread never spends tens of milliseconds on a 50 MB upload while
 * other requests wait (a string is copied to the worker as fast as bytes).
 */
export type FileBytes = Uint8Array | { base64: string };
const bytesOf = (file: FileBytes): Uint8Array => (file instanceof Uint8Array ? file : Buffer.from(file.base64, 'base64'));

/** A buffer the worker may hand over instead of copying: only one that is the whole of its memory. */
const ownBuffer = (bytes: Uint8Array): ArrayBuffer[] =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];

interface Job<I, O> {
  run(input: I): O | Promise<O>;
  /** Buffers of the output moved to the main thread rather than copied. */
  transfer?(output: O): ArrayBuffer[];
  limits: IsolationLimits;
}

const job = <I, O>(definition: Job<I, O>): Job<I, O> => definition;

export const JOBS = {
  'templates.import': job({
    run: ({ bytes, fileName, options }: { bytes: FileBytes; fileName: string; options: TemplateImport.ImportTemplateOptions }) =>
      load.templateImport().importTemplate(bytesOf(bytes), fileName, options),
    limits: IMPORT_LIMITS,
  }),
  'csv.read': job({
    run: ({ bytes, columns, choices }: { bytes: FileBytes; columns?: ColumnOverride; choices?: RowChoices }) =>
      load.csv().readCsvImport(bytesOf(bytes), { resolveCountry: load.countries().resolveCountry, columns, choices }),
    limits: IMPORT_LIMITS,
  }),
  'image.prepare': job({
    run: ({ bytes, purpose }: { bytes: Uint8Array; purpose: ImagePurpose }) => load.images().prepareImage(asBuffer(bytes), purpose),
    limits: IMPORT_LIMITS,
  }),
  'archive.unpack': job({
    run: ({ file, passphrase }: { file: string; passphrase: string | null }) => load.archiveReader().unpackArchive(file, passphrase),
    transfer: (unpacked) => ownBuffer(unpacked.database),
    limits: ARCHIVE_LIMITS,
  }),
};

export type IsolatedJobName = keyof typeof JOBS;
export type JobInput<J extends IsolatedJobName> = Parameters<(typeof JOBS)[J]['run']>[0];
export type JobOutput<J extends IsolatedJobName> = Awaited<ReturnType<(typeof JOBS)[J]['run']>>;
export { asBuffer };

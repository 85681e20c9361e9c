import * as z from 'zod';
import type { ContractFor } from '../api/contract-entry';
import { type archiveOperations } from './operations';
import { idSchema } from '../recipients/schemas';
import { MAX_ARCHIVE_CHUNK_BASE64, archiveSummarySchema, base64, mergeReportSchema, passphraseSchema } from './schemas';

const staged = z.object({
  uploadId: z.string(),
  fileName: z.string(),
  bytes: z.number(),
  /** An encrypted archive: ask for its passphrase before the preview. */
  encrypted: z.boolean(),
});

const uploadRef = { uploadId: idSchema, passphrase: passphraseSchema.nullable().default(null) };

export const archiveContract = {
  /** Browser mode: the archive's bytes, to download. */
  'archive.export': {
    input: z.strictObject({ passphrase: passphraseSchema.nullable().default(null) }),
    output: z.object({ fileName: z.string(), contentBase64: z.string(), bytes: z.number() }),
  },
  /** Desktop: asks where to save (a native dialog in main) and writes the archive there. */
  'archive.save': {
    input: z.strictObject({ passphrase: passphraseSchema.nullable().default(null) }),
    /** `counts`: the rows written, per table (none when cancelled). */
    output: z.object({ file: z.string().nullable(), bytes: z.number(), cancelled: z.boolean(), counts: z.record(z.string(), z.number()) }),
  },
  /** Browser mode: one piece of the archive the user picked, in order; `final` on the last. */
  'archive.upload': {
    input: z.strictObject({
      uploadId: idSchema.nullable().default(null),
      fileName: z.string().trim().min(1).max(255),
      offset: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
      chunkBase64: base64(MAX_ARCHIVE_CHUNK_BASE64),
      final: z.boolean(),
    }),
    output: staged.extend({ complete: z.boolean() }),
  },
  /** Desktop: asks which archive to import (a native dialog in main). */
  'archive.choose': { input: z.strictObject({}), output: z.object({ cancelled: z.boolean(), file: staged.nullable() }) },
  /** Checks the archive and returns what importing it would change; nothing is written. */
  'archive.preview': {
    input: z.strictObject(uploadRef),
    output: z.object({ archive: archiveSummarySchema, workspaceEmpty: z.boolean(), report: mergeReportSchema }),
  },
  /**
   * Imports the archive after a pre-import backup (the undo): `merge` into
   * this workspace, or `replace` an empty workspace with it (the move).
   */
  'archive.apply': {
    input: z.strictObject({ ...uploadRef, mode: z.enum(['merge', 'replace']).default('merge') }),
    output: z.object({ mode: z.enum(['merge', 'replace']), report: mergeReportSchema, undoBackup: z.string() }),
  },
  /** Forgets a staged archive (deletes the copy kept for the import). */
  'archive.discard': { input: z.strictObject({ uploadId: idSchema }), output: z.object({ discarded: z.boolean() }) },
} as const satisfies ContractFor<typeof archiveOperations>;

import * as z from 'zod';
import type { ContractFor } from '../api/contract-entry';
import { idSchema } from '../recipients/schemas';
import { type exportOperations } from './operations';

export const exportJobStatusSchema = z.object({
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  done: z.number(),
  total: z.number(),
  message: z.string(),
  files: z.array(z.object({ name: z.string(), bytes: z.number() })),
  skipped: z.number(),
  savedTo: z.array(z.string()),
});
export type ExportJobStatus = z.infer<typeof exportJobStatusSchema>;

/** DOCX or PDF, one file a letter, a ZIP of them, or one print file (each letter from a new page). */
export const EXPORT_FORMATS = ['files', 'zip', 'combined', 'pdf', 'pdf-zip', 'pdf-combined'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportContract = {
  /** Starts exporting a campaign's letters; poll exports.status for progress. */
  'exports.start': {
    input: z.strictObject({
      campaignId: idSchema,
      format: z.enum(EXPORT_FORMATS),
      includeAttention: z.boolean().default(false),
      sourcesMode: z.enum(['footnotes', 'section']).default('section'),
    }),
    output: z.object({ jobId: z.string() }),
  },
  'exports.status': { input: z.strictObject({ jobId: idSchema }), output: exportJobStatusSchema },
  'exports.cancel': { input: z.strictObject({ jobId: idSchema }), output: exportJobStatusSchema },
  /** Browser mode: one finished file's bytes, to download. */
  'exports.download': {
    input: z.strictObject({ jobId: idSchema, index: z.number().int().min(0).max(100_000) }),
    output: z.object({ fileName: z.string(), contentBase64: z.string() }),
  },
  /** Desktop: asks where to save (a native dialog in main) and writes the files there. */
  'exports.save': { input: z.strictObject({ jobId: idSchema }), output: z.object({ savedTo: z.array(z.string()), cancelled: z.boolean() }) },
} as const satisfies ContractFor<typeof exportOperations>;

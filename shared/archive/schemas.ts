import * as z from 'zod';

/*
 * Moving a workspace: export it as one `.letterdesk` archive (optionally
 * encrypted with a passphrase), and import one into the open workspace,
 * merging by id (the newer updated_at wins) with a report of what happened.
 */

/** Why an archive was refused; the UI translates these, the message says it in English. */
export const ARCHIVE_PROBLEMS = [
  'notAnArchive',
  'damaged',
  'tooLarge',
  'zipBomb',
  'unsafe',
  'tampered',
  'newerFormat',
  'newerSchema',
  'passphraseNeeded',
  'wrongPassphrase',
  'notEmpty',
  'busy',
  'uploadMissing',
] as const;
export type ArchiveProblem = (typeof ARCHIVE_PROBLEMS)[number];

/** scrypt makes each guess slow; a short passphrase would still fall to guessing. */
export const MIN_PASSPHRASE_LENGTH = 8;
export const passphraseSchema = z.string().min(MIN_PASSPHRASE_LENGTH, { error: 'tooShort' }).max(1024, { error: 'tooLong' });

/** One upload chunk: 6 MiB of the file, base64-encoded (8 MiB of text). */
export const MAX_ARCHIVE_CHUNK_BASE64 = 8 * 1024 * 1024;
export const ARCHIVE_CHUNK_BYTES = (MAX_ARCHIVE_CHUNK_BASE64 / 4) * 3;

export const MERGE_OUTCOMES = ['added', 'updated', 'keptLocal', 'unchanged', 'conflicts'] as const;

export const tableCountsSchema = z.object({
  table: z.string(),
  added: z.number(),
  updated: z.number(),
  /** Theirs was older: yours kept. */
  keptLocal: z.number(),
  unchanged: z.number(),
  conflicts: z.number(),
});
export type TableCounts = z.infer<typeof tableCountsSchema>;

/**
 * - bothChanged: same id and same updated_at, different content: yours kept.
 * - theirsOlder: yours is newer: yours kept.
 * - clash: their row has a value that must be unique (a reference, a key) and one of yours has it: theirs not imported.
 * - missingParent: not imported because the row it belongs to was not.
 * - unlinked: imported without its link to a row that was not imported.
 * - differs: an append-only row with the same id but other content: yours kept.
 */
export const MERGE_NOTE_KINDS = ['bothChanged', 'theirsOlder', 'clash', 'missingParent', 'unlinked', 'differs'] as const;
export type MergeNoteKind = (typeof MERGE_NOTE_KINDS)[number];

export const mergeNoteSchema = z.object({
  kind: z.enum(MERGE_NOTE_KINDS),
  table: z.string(),
  id: z.string(),
  /** Which row, in words, without its kind (the table says that): "'Ana Pérez' (Chile)". */
  label: z.string(),
  localUpdatedAt: z.string().nullable(),
  theirUpdatedAt: z.string().nullable(),
  /** The whole sentence in English, for the CLI and logs. */
  description: z.string(),
});
export type MergeNote = z.infer<typeof mergeNoteSchema>;

export const mergeReportSchema = z.object({
  tables: z.array(tableCountsSchema),
  /** Conflicts first, then rows kept because theirs was older; at most MAX_REPORT_NOTES. */
  notes: z.array(mergeNoteSchema),
  /** Notes left out of `notes` to keep the answer small. */
  notesLeftOut: z.number(),
  totals: tableCountsSchema.omit({ table: true }),
});
export type MergeReport = z.infer<typeof mergeReportSchema>;

export const archiveSummarySchema = z.object({
  appVersion: z.string(),
  schemaVersion: z.number(),
  createdAt: z.string(),
  counts: z.record(z.string(), z.number()),
  encrypted: z.boolean(),
  bytes: z.number(),
});
export type ArchiveSummary = z.infer<typeof archiveSummarySchema>;

export const base64 = (max: number) =>
  z
    .string()
    .max(max, { error: 'tooLong' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'invalid' });

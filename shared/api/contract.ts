import { z } from 'zod';
import { RECIPIENT_SORT_KEYS, idSchema, languageSchema, officeTypeSchema, recipientFieldsSchema, recipientSchema, tagSchema } from '../domain/recipient';
import { GROUP_IDS, type Region } from '../protocol/types';
import { CSV_FIELDS } from '../domain/csv-fields';
import { factFieldsSchema, factSchema } from '../domain/fact';
import {
  paperSizeSchema,
  templateFieldsSchema,
  templateImportOffersSchema,
  templateImportProposalsSchema,
  templateKindSchema,
  templateSchema,
  templateSummarySchema,
  templateVariantSchema,
  templateVoiceSchema,
} from '../domain/template';
import { FIELD_FORMATS, letterDocumentSchema } from '../letter/document';
import { CONFLICT_CHOICES } from '../letter/block-merge';
import { senderContract } from '../domain/senders';
import { trackingContract } from '../domain/tracking';
import { archiveContract } from '../domain/archive';
import { chaserContract } from '../domain/chaser';
import { encryptionStatusSchema, securityContract } from '../domain/security';
import { campaignFieldsSchema, campaignSummarySchema, draftRowSchema, recipientSelectionSchema } from '../domain/campaign';
import { MERGE_FIELD_IDS } from '../letter/fields';
import { OPERATION_NAMES, type OperationName } from './operation-names';

/*
 * The one API contract. Every operation the renderer can ask of main is named
 * here once with its input and output schema. Main (IPC), the browser-mode
 * server and the renderer client are all derived from this table, so a change
 * here breaks the compile wherever it matters.
 *
 * Inputs are strict objects: an unknown field is an error, not ignored.
 */

const empty = z.strictObject({});

export const workspaceStatusSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('ready'),
    dataDir: z.string(),
    schemaVersion: z.number(),
    /** Whether the workspace is encrypted and its passphrase remembered (added by the status operation). */
    encryption: encryptionStatusSchema.optional(),
  }),
  z.object({
    /** `locked`: encrypted, and opened without its passphrase (or with a wrong one). */
    state: z.enum(['not_a_database', 'damaged', 'newer_version', 'locked']),
    dataDir: z.string(),
    databaseFile: z.string(),
    /** Plain English detail from the check that failed. */
    detail: z.string(),
    /**
     * A damaged file whose tables can still be read is open read-only: the
     * user can look at (and copy out) their data, but nothing can change it.
     */
    readOnly: z.boolean().optional(),
    /** Locked: seconds before the next passphrase may be tried (after repeated wrong ones). */
    retryInSeconds: z.number().optional(),
    encryption: encryptionStatusSchema.optional(),
  }),
]);
export type WorkspaceStatus = z.infer<typeof workspaceStatusSchema>;

export const countrySchema = z.object({
  code: z.string(),
  names: z.object({ en: z.string(), es: z.string(), fr: z.string() }),
});
export type Country = z.infer<typeof countrySchema>;

export const settingsSchema = z.object({ language: languageSchema.nullable() });
export type Settings = z.infer<typeof settingsSchema>;

export const REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const satisfies readonly Region[];
export const groupIdSchema = z.enum(GROUP_IDS);

/** Which recipients: every filter given must hold. Shared by the list, export and bulk operations. */
export const recipientFilterSchema = z.strictObject({
  search: z.string().max(200).default(''),
  tag: z.string().max(40).optional(),
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  region: z.enum(REGIONS).optional(),
  group: groupIdSchema.optional(),
  officeType: officeTypeSchema.optional(),
  recipientLanguage: languageSchema.optional(),
  toVerify: z.boolean().optional(),
});
export type RecipientFilter = z.output<typeof recipientFilterSchema>;

export const recipientListInputSchema = recipientFilterSchema.extend({
  sortBy: z.enum(RECIPIENT_SORT_KEYS).default('name'),
  sortDir: z.enum(['asc', 'desc']).default('asc'),
  /** Language used to sort by country name. */
  language: languageSchema.default('en'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

/** A CSV of up to 50 MiB, base64-encoded, with room for the reader to refuse larger ones in plain words. */
export const MAX_IMPORT_BASE64 = Math.ceil((64 * 1024 * 1024 * 4) / 3);

const importPreviewRowSchema = z.object({
  line: z.number(),
  countryCode: z.string(),
  office: z.string(),
  name: z.string(),
  email: z.string(),
  /** For updates: the existing recipient. */
  id: z.string().optional(),
});

export const importResultSchema = z.object({
  fileName: z.string(),
  encoding: z.string(),
  delimiter: z.string(),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
  headers: z.array(z.string()),
  /** The field each column fills, in header order; "ignore" for none. */
  columns: z.array(z.enum([...CSV_FIELDS, 'ignore'])),
  /** Data rows in the file. */
  total: z.number(),
  counts: z.object({ create: z.number(), update: z.number(), skip: z.number() }),
  /** The first rows of each kind, for the preview. */
  create: z.array(importPreviewRowSchema),
  update: z.array(importPreviewRowSchema),
  skip: z.array(z.object({ line: z.number(), code: z.string(), message: z.string() })),
  committed: z.boolean(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

/** What a detected placeholder becomes: a merge field, a choice, fixed text, or (not decided yet) unmapped. */
export const placeholderMappingSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('field'), field: z.enum(MERGE_FIELD_IDS), format: z.enum(FIELD_FORMATS).optional() }),
  z.strictObject({
    type: z.literal('choice'),
    by: z.enum(['gender', 'officeType']),
    options: z.record(z.string().max(40), z.string().max(500)),
    other: z.string().max(500),
  }),
  z.strictObject({ type: z.literal('text'), text: z.string().max(2000) }),
  z.strictObject({ type: z.literal('unmapped') }),
]);
export type PlaceholderMapping = z.infer<typeof placeholderMappingSchema>;

export const templateImportPreviewSchema = z.object({
  format: z.enum(['docx', 'txt', 'md', 'html']),
  suggestedName: z.string(),
  language: languageSchema,
  document: letterDocumentSchema,
  placeholders: z.array(
    z.object({
      id: z.string(),
      raw: z.string(),
      /** The visible text an unmapped placeholder keeps in the document, e.g. "[[COUNTRY]]". */
      marker: z.string().optional(),
      kind: z.string(),
      occurrences: z.number(),
      mapping: placeholderMappingSchema,
      /** Written only in the address lines, which the address block replaces: it no longer shows in the letter. */
      inAddressOnly: z.boolean().optional(),
    }),
  ),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
  offers: templateImportOffersSchema,
  /** The voice asked for, else the one the letter's own words suggest. */
  voice: templateVoiceSchema,
});
export type TemplateImportPreview = z.infer<typeof templateImportPreviewSchema>;

/** A template file of up to 20 MiB, base64-encoded, with room for the reader to refuse larger ones in plain words. */
export const MAX_TEMPLATE_BASE64 = Math.ceil((32 * 1024 * 1024 * 4) / 3);

const templateId = z.strictObject({ id: idSchema });

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

/** A backup is named by its file name inside the workspace's backups folder; never by a path. */
const backupName = z.strictObject({ name: z.string().regex(/^[A-Za-z0-9._-]{1,200}\.sqlite$/, { error: 'invalid' }) });
export const backupInfoSchema = z.object({ name: z.string(), label: z.string(), createdAt: z.string(), bytes: z.number() });
export type BackupSummary = z.infer<typeof backupInfoSchema>;

export const contract = {
  'workspace.status': { input: empty, output: workspaceStatusSchema },
  /** Moves a damaged database aside (untouched) and opens a new, empty one. */
  'workspace.startFresh': {
    input: empty,
    output: z.object({ status: workspaceStatusSchema, keptFile: z.string() }),
  },
  'settings.get': { input: empty, output: settingsSchema },
  'settings.update': { input: z.strictObject({ language: languageSchema }), output: settingsSchema },
  'countries.list': { input: empty, output: z.array(countrySchema) },
  'recipients.list': {
    input: recipientListInputSchema,
    output: z.object({ total: z.number(), rows: z.array(recipientSchema) }),
  },
  'recipients.tags': { input: empty, output: z.array(z.string()) },
  'recipients.get': { input: z.strictObject({ id: idSchema }), output: recipientSchema },
  'recipients.create': { input: recipientFieldsSchema, output: recipientSchema },
  'recipients.update': {
    input: z.strictObject({ id: idSchema, fields: recipientFieldsSchema }),
    output: recipientSchema,
  },
  'recipients.delete': {
    input: z.strictObject({ id: idSchema }),
    output: z.object({ id: z.string() }),
  },
  /** "Add the heads of government of the EU": one office entry per member country, holder to verify. */
  'recipients.addGroupOffices': {
    input: z.strictObject({
      group: groupIdSchema,
      officeType: z.enum(['head_of_state', 'head_of_government', 'foreign_minister']),
      tags: z.array(tagSchema).max(50).default([]),
    }),
    output: z.object({ created: z.number(), skipped: z.array(z.object({ countryCode: z.string(), reason: z.string() })) }),
  },
  'recipients.retag': {
    input: z.strictObject({
      ids: z.array(idSchema).min(1).max(100_000),
      add: z.array(tagSchema).max(50).default([]),
      remove: z.array(tagSchema).max(50).default([]),
    }),
    output: z.object({ updated: z.number() }),
  },
  /**
   * Reads a CSV the user picked (sent as base64) and returns what importing
   * it would do; with `commit: true` it does it, all or nothing.
   */
  'recipients.importCsv': {
    input: z.strictObject({
      fileName: z.string().max(255),
      contentBase64: z.string().max(MAX_IMPORT_BASE64, { error: 'tooLong' }),
      /** Per CSV column (by index): the field it fills or "ignore". Detected from the headers where absent. */
      columns: z.record(z.string().regex(/^\d{1,3}$/), z.enum([...CSV_FIELDS, 'ignore'])).optional(),
      commit: z.boolean().default(false),
    }),
    output: importResultSchema,
  },
  'recipients.exportCsv': {
    input: recipientFilterSchema,
    output: z.object({ fileName: z.string(), content: z.string(), count: z.number() }),
  },
  'templates.list': { input: empty, output: z.array(templateSummarySchema) },
  'templates.get': { input: templateId, output: templateSchema },
  'templates.create': { input: templateFieldsSchema, output: templateSchema },
  'templates.update': { input: z.strictObject({ id: idSchema, fields: templateFieldsSchema }), output: templateSchema },
  'templates.delete': { input: templateId, output: z.object({ id: z.string() }) },
  /** Autosave target: the whole text of one language variant. */
  'templates.saveVariant': {
    input: z.strictObject({
      templateId: idSchema,
      language: languageSchema,
      title: z.string().trim().max(300, { error: 'tooLong' }).default(''),
      document: letterDocumentSchema,
    }),
    output: templateVariantSchema,
  },
  'templates.deleteVariant': {
    input: z.strictObject({ templateId: idSchema, language: languageSchema }),
    output: z.object({ templateId: z.string(), language: languageSchema }),
  },
  /**
   * Reads a letter the user picked (.docx, .txt, .md, .html; base64), finds
   * its placeholders and maps the ones it knows; with `commit: true` and the
   * user's decisions for the rest, creates the template.
   */
  'templates.import': {
    input: z.strictObject({
      fileName: z.string().min(1).max(255),
      contentBase64: z.string().max(MAX_TEMPLATE_BASE64, { error: 'tooLong' }),
      language: languageSchema.optional(),
      name: z.string().trim().max(200).optional(),
      kind: templateKindSchema.default('letter'),
      paperSize: paperSizeSchema.default('A4'),
      decisions: z.record(z.string().max(40), placeholderMappingSchema).default({}),
      proposals: templateImportProposalsSchema.default({ addressBlock: true, salutation: true, close: true }),
      voice: templateVoiceSchema.optional(),
      commit: z.boolean().default(false),
    }),
    output: z.object({ preview: templateImportPreviewSchema, template: templateSummarySchema.optional() }),
  },
  'backups.list': { input: empty, output: z.array(backupInfoSchema) },
  'backups.create': { input: empty, output: backupInfoSchema },
  'backups.verify': {
    input: backupName,
    output: z.object({ ok: z.boolean(), problems: z.array(z.string()), schemaVersion: z.number().nullable() }),
  },
  /** Replaces the workspace with a backup, after backing up the current state (the undo). */
  'backups.restore': { input: backupName, output: z.object({ restoredFrom: z.string(), undoBackup: z.string().nullable() }) },
  /** The backup's bytes, for the user to save where they choose. */
  'backups.download': { input: backupName, output: z.object({ fileName: z.string(), contentBase64: z.string() }) },
  'campaigns.list': { input: empty, output: z.array(campaignSummarySchema) },
  'campaigns.get': { input: z.strictObject({ id: idSchema }), output: campaignSummarySchema },
  /** Creates the campaign and one draft per selected recipient, each with its own reference. */
  'campaigns.create': {
    input: campaignFieldsSchema.extend({ recipients: recipientSelectionSchema }),
    output: campaignSummarySchema,
  },
  'campaigns.update': {
    input: z.strictObject({ id: idSchema, fields: campaignFieldsSchema.omit({ templateId: true, referencePrefix: true }) }),
    output: campaignSummarySchema,
  },
  'campaigns.addRecipients': {
    input: z.strictObject({ id: idSchema, recipients: recipientSelectionSchema }),
    output: z.object({ added: z.number() }),
  },
  'campaigns.drafts': { input: z.strictObject({ id: idSchema }), output: z.array(draftRowSchema) },
  /** One draft: its own text (or the template's), the merged letter, and the template text now. */
  'drafts.get': {
    input: z.strictObject({ id: idSchema }),
    output: z.object({
      row: draftRowSchema,
      document: letterDocumentSchema,
      merged: letterDocumentSchema,
      templateDocument: letterDocumentSchema,
      /** The revision of that template text, for a merge to say which it merged with. */
      templateRevision: z.number(),
      baseDocument: letterDocumentSchema.nullable(),
    }),
  },
  'drafts.saveEdit': { input: z.strictObject({ id: idSchema, document: letterDocumentSchema }), output: draftRowSchema },
  /** "Take the template": drop the hand edit. */
  'drafts.revert': { input: z.strictObject({ id: idSchema }), output: draftRowSchema },
  /** "Keep mine": the hand edit stays and the template change is acknowledged. */
  'drafts.keepEdit': { input: z.strictObject({ id: idSchema }), output: draftRowSchema },
  /**
   * "Merge": the hand edit and the template's changes since, merged block by
   * block; one choice per conflict, in order. `merged` is the letter the user
   * saw, merged with `templateRevision`: main merges again from the stored
   * texts and saves only that letter, only against that template text.
   */
  'drafts.merge': {
    input: z.strictObject({
      id: idSchema,
      templateRevision: z.number().int().min(0),
      choices: z.array(z.enum(CONFLICT_CHOICES)).max(20_000),
      merged: letterDocumentSchema,
    }),
    output: draftRowSchema,
  },
  'drafts.allowMissing': { input: z.strictObject({ id: idSchema, allow: z.boolean() }), output: draftRowSchema },
  /** Starts exporting a campaign's letters; poll exports.status for progress. */
  'exports.start': {
    input: z.strictObject({
      campaignId: idSchema,
      format: z.enum(['files', 'zip', 'combined']),
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
  'facts.list': { input: empty, output: z.array(factSchema) },
  'facts.create': { input: factFieldsSchema, output: factSchema },
  'facts.update': { input: z.strictObject({ id: idSchema, fields: factFieldsSchema }), output: factSchema },
  'facts.delete': { input: z.strictObject({ id: idSchema }), output: z.object({ id: z.string() }) },
  ...senderContract,
  ...trackingContract,
  ...archiveContract,
  ...chaserContract,
  ...securityContract,
} as const satisfies Record<OperationName, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export { OPERATION_NAMES, type OperationName };

export type OperationInput<K extends OperationName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends OperationName> = z.output<Contract[K]['input']>;
export type OperationOutput<K extends OperationName> = z.output<Contract[K]['output']>;

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

import * as z from 'zod';
import { emptyInput, type ContractFor } from '../api/contract-entry';
import { CSV_FIELDS } from './csv-fields';
import { GROUP_IDS, type Region } from '../protocol/types';
import { isCountryCode } from '../protocol';
import { RECIPIENT_SORT_KEYS, idSchema, isoDateSchema, languageSchema, officeTypeSchema, recipientFieldsSchema, recipientSchema, tagSchema } from './schemas';
import { type recipientOperations } from './operations';

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
  /** Only recipients with a letter in this campaign (a campaign's warning links to its recipients to verify). */
  campaignId: idSchema.optional(),
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

export const verifyInputSchema = z
  .strictObject({
    ids: z.array(idSchema).min(1).max(100_000).optional(),
    tag: tagSchema.optional(),
    all: z.literal(true).optional(),
    /** The day the holders were checked; today (the computer's date) where left out. Never in the future. */
    date: isoDateSchema.optional(),
  })
  .refine((v) => [v.ids, v.tag, v.all].filter((x) => x !== undefined).length === 1, { error: 'verifyTarget', path: ['ids'] });
export type VerifyInput = z.output<typeof verifyInputSchema>;

/** A CSV of up to 50 MiB, base64-encoded, with room for the reader to refuse larger ones in plain words. */
export const MAX_IMPORT_BASE64 = Math.ceil((64 * 1024 * 1024 * 4) / 3);

/** One field an update changes, as text: "" for none, tags joined by ", ", codes (gender, language, office type) as stored. */
export const importChangeSchema = z.object({
  field: z.enum(['name', 'office', 'officeType', 'gender', 'email', 'postalAddress', 'language', 'tags', 'notes', 'verifiedOn']),
  before: z.string(),
  after: z.string(),
});
export type ImportChange = z.infer<typeof importChangeSchema>;

const importPreviewRowSchema = z.object({
  line: z.number(),
  countryCode: z.string(),
  office: z.string(),
  name: z.string(),
  email: z.string(),
  /** How the office was understood: from the file's office-type column, the title, or the person's choice. */
  officeType: officeTypeSchema,
  /** The person chose `officeType` in the preview. */
  officeTypeChosen: z.boolean(),
  /** For updates: the existing recipient. */
  id: z.string().optional(),
  /** For updates: the row gives a holder's name to an entry that had none ("holder added"). */
  fillsHolder: z.boolean().optional(),
  /** For updates: each field it changes, old and new. */
  changes: z.array(importChangeSchema).optional(),
});

/** A name the file writes otherwise than a letter does ("O'Brien, Siobhán"). */
const importNameChangeSchema = z.object({
  line: z.number(),
  /** As the file writes it. */
  before: z.string(),
  /** As Letterdesk would write it. */
  after: z.string(),
  /** The person chose to keep it as written. */
  kept: z.boolean(),
});

/** The person's choices in the preview, by line of the file; sent again with the commit. */
export const importChoicesSchema = z.strictObject({
  /** Lines whose names stay as written. */
  keepNames: z.array(z.number().int().min(1)).max(100_000).default([]),
  /** Every name stays as written (the CLI's --keep-names). */
  keepAllNames: z.boolean().default(false),
  /** Office type per line, where the person corrected how it was understood. */
  officeTypes: z.record(z.string().regex(/^\d{1,9}$/), officeTypeSchema).default({}),
  /** Country per line (ISO-2), where the file's country was not recognised and the person chose one. */
  countries: z
    .record(
      z.string().regex(/^\d{1,9}$/),
      z
        .string()
        .regex(/^[A-Z]{2}$/)
        .refine((code) => isCountryCode(code), { error: 'unknownCountry' }),
    )
    .default({}),
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
  /** Of the updates, how many give a holder's name to an entry that had none. */
  holderAdded: z.number(),
  /** The first rows of each kind, for the preview. */
  create: z.array(importPreviewRowSchema),
  update: z.array(importPreviewRowSchema),
  skip: z.array(
    z.object({
      line: z.number(),
      code: z.string(),
      /** The field of the first problem, and its cell as the file writes it (the unknown country "Narnia"). */
      field: z.string().optional(),
      value: z.string().optional(),
      message: z.string(),
    }),
  ),
  /** Every name written otherwise (the first 2,000), and how many there are in all. */
  names: z.array(importNameChangeSchema),
  nameCount: z.number(),
  committed: z.boolean(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const recipientContract = {
  'recipients.list': {
    input: recipientListInputSchema,
    output: z.object({ total: z.number(), rows: z.array(recipientSchema) }),
  },
  'recipients.tags': { input: emptyInput, output: z.array(z.string()) },
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
      /** The UI language: entries are created in the order of their country names in it, so the list shows them so. */
      language: languageSchema.default('en'),
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
   * "Mark verified": the holders of these entries were checked on `date`
   * (today where left out). Exactly one of ids, tag or all says which. Entries
   * with no holder's name are left as they are: there is no holder to verify.
   */
  'recipients.verify': {
    input: verifyInputSchema,
    output: z.object({ verified: z.number(), noHolder: z.number(), date: z.string() }),
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
      choices: importChoicesSchema.default({ keepNames: [], keepAllNames: false, officeTypes: {}, countries: {} }),
      /** Tags added to every recipient the import creates or updates. */
      tags: z.array(tagSchema).max(50).default([]),
      commit: z.boolean().default(false),
    }),
    output: importResultSchema,
  },
  'recipients.exportCsv': {
    input: recipientFilterSchema,
    output: z.object({ fileName: z.string(), content: z.string(), count: z.number() }),
  },
} as const satisfies ContractFor<typeof recipientOperations>;

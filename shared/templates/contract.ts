import * as z from 'zod';
import { emptyInput, nameOrIdInput, type ContractFor } from '../api/contract-entry';
import { FIELD_FORMATS, letterDocumentSchema } from '../letter/document';
import { MERGE_FIELD_IDS } from '../letter/fields';
import { idSchema, languageSchema } from '../recipients/schemas';
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
} from './schemas';
import { type templateOperations } from './operations';

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

export const templateContract = {
  'templates.list': { input: emptyInput, output: z.array(templateSummarySchema) },
  'templates.get': { input: templateId, output: templateSchema },
  /** A template by id or by name (case-insensitive); refused, saying where to look, when none or several match. */
  'templates.find': { input: nameOrIdInput, output: templateSummarySchema },
  'templates.create': { input: templateFieldsSchema, output: templateSchema },
  'templates.update': { input: z.strictObject({ id: idSchema, fields: templateFieldsSchema }), output: templateSchema },
  'templates.delete': { input: templateId, output: z.object({ id: z.string() }) },
  /**
   * A copy of a template (an example or one's own) with every language text,
   * to edit freely: never an example itself. `name` in the user's language;
   * by default "<name> (copy)", numbered when that name is taken.
   */
  'templates.duplicate': {
    input: z.strictObject({ id: idSchema, name: templateFieldsSchema.shape.name.optional() }),
    output: templateSchema,
  },
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
} as const satisfies ContractFor<typeof templateOperations>;

import * as z from 'zod';
import { letterDocumentSchema } from '../letter/document';
import { languageSchema } from '../recipients/schemas';

export const TEMPLATE_KINDS = ['letter', 'statement'] as const;
export const templateKindSchema = z.enum(TEMPLATE_KINDS);
export const PAPER_SIZES = ['A4', 'Letter'] as const;
export const paperSizeSchema = z.enum(PAPER_SIZES);
/**
 * Who the letters speak for, in their complimentary close: "singular" (my
 * highest consideration), "plural" (our), or "auto": plural when the campaign
 * has more than one signer or any endorser (resolveVoice).
 */
export const TEMPLATE_VOICES = ['auto', 'singular', 'plural'] as const;
export const templateVoiceSchema = z.enum(TEMPLATE_VOICES);
export type TemplateVoice = z.infer<typeof templateVoiceSchema>;

export const templateFieldsSchema = z.strictObject({
  name: z.string().trim().min(1, { error: 'required' }).max(200, { error: 'tooLong' }),
  /** A letter is addressed to a recipient; a statement is endorsed by organisations. */
  kind: templateKindSchema.default('letter'),
  defaultLanguage: languageSchema.default('en'),
  paperSize: paperSizeSchema.default('A4'),
  /** Absent: "auto" for a new template, unchanged for an existing one. */
  voice: templateVoiceSchema.optional(),
});
export type TemplateFields = z.output<typeof templateFieldsSchema>;

export const templateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: templateKindSchema,
  defaultLanguage: languageSchema,
  paperSize: paperSizeSchema,
  voice: templateVoiceSchema,
  languages: z.array(languageSchema),
  isExample: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;

export const templateVariantSchema = z.object({
  language: languageSchema,
  title: z.string(),
  document: letterDocumentSchema,
  revision: z.number(),
  updatedAt: z.string(),
});
export type TemplateVariant = z.infer<typeof templateVariantSchema>;

export const templateSchema = templateSummarySchema.extend({ variants: z.array(templateVariantSchema) });
export type Template = z.infer<typeof templateSchema>;

/**
 * A letter import's proposals, each on unless turned off: the address lines
 * at the top become one address-block field, and a salutation and a close are
 * added where the letter has none.
 */
export const templateImportProposalsSchema = z.strictObject({
  addressBlock: z.boolean().default(true),
  salutation: z.boolean().default(true),
  close: z.boolean().default(true),
});
export type TemplateImportProposals = z.output<typeof templateImportProposalsSchema>;

/** What the import offers: the address lines found (null: none), and whether a salutation or a close is missing. */
export const templateImportOffersSchema = z.object({
  addressLines: z.array(z.string()).nullable(),
  salutation: z.boolean(),
  close: z.boolean(),
});
export type TemplateImportOffers = z.infer<typeof templateImportOffersSchema>;

import * as z from 'zod';
import { letterDocumentSchema } from '../letter/document';
import { languageSchema } from '../recipients/schemas';

export const TEMPLATE_KINDS = ['letter', 'statement'] as const;
export const templateKindSchema = z.enum(TEMPLATE_KINDS);
export const PAPER_SIZES = ['A4', 'Letter'] as const;
export const paperSizeSchema = z.enum(PAPER_SIZES);

export const templateFieldsSchema = z.strictObject({
  name: z.string().trim().min(1, { error: 'required' }).max(200, { error: 'tooLong' }),
  /** A letter is addressed to a recipient; a statement is endorsed by organisations. */
  kind: templateKindSchema.default('letter'),
  defaultLanguage: languageSchema.default('en'),
  paperSize: paperSizeSchema.default('A4'),
});
export type TemplateFields = z.output<typeof templateFieldsSchema>;

export const templateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: templateKindSchema,
  defaultLanguage: languageSchema,
  paperSize: paperSizeSchema,
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

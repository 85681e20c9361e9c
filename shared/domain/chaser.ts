import { z } from 'zod';
import type { ChaserOperationName } from './chaser-operation-names';
import { idSchema, languageSchema } from './recipient';

export { CHASER_OPERATION_NAMES, CHASER_READ_ONLY_OPERATIONS, type ChaserOperationName } from './chaser-operation-names';

/*
 * Chasers: a follow-up letter to one recipient of a campaign that has not
 * answered. It is a draft in a follow-up campaign linked to the original one
 * (same signers and endorsers), written from a chaser template: a letter
 * template that quotes the original letter with the `original.date` and
 * `original.reference` merge fields.
 */

/** Which letter to chase: a recipient of a campaign. */
const letterInput = { campaignId: idSchema, recipientId: idSchema };

export const originalLetterSchema = z.object({
  campaignId: z.string(),
  campaignName: z.string(),
  draftId: z.string(),
  recipientId: z.string(),
  recipientName: z.string(),
  reference: z.string(),
  /** The day it went out: the first sending recorded, else the first export; null when neither happened. */
  date: z.string().nullable(),
  dateSource: z.enum(['sent', 'exported']).nullable(),
});
export type OriginalLetter = z.infer<typeof originalLetterSchema>;

export const chaserTemplateSchema = z.object({ id: z.string(), name: z.string(), isExample: z.boolean() });
export type ChaserTemplate = z.infer<typeof chaserTemplateSchema>;

export const chaserDraftSchema = z.object({
  campaignId: z.string(),
  campaignName: z.string(),
  draftId: z.string(),
  reference: z.string(),
  templateId: z.string(),
});
export type ChaserDraft = z.infer<typeof chaserDraftSchema>;

/* Contract entries, spread into shared/api/contract.ts */

export const chaserContract = {
  /** What "Draft a chaser" needs to know first: the original letter, the chaser templates, chasers already drafted. */
  'chasers.options': {
    input: z.strictObject(letterInput),
    output: z.object({
      original: originalLetterSchema,
      templates: z.array(chaserTemplateSchema),
      /** The example chaser when the workspace has it, else the first chaser template; null when there is none. */
      defaultTemplateId: z.string().nullable(),
      /** Chasers of this letter already drafted, oldest first. */
      existing: z.array(chaserDraftSchema.extend({ sent: z.boolean() })),
      /** The example chaser template is not in the workspace (never loaded, or deleted): it can be added. */
      canAddExample: z.boolean(),
    }),
  },
  /**
   * Drafts the chaser (or opens the one already drafted with that template
   * and not yet sent), in a follow-up campaign of the original one.
   */
  'chasers.draft': {
    input: z.strictObject({
      ...letterInput,
      /** Default: the example chaser, else the first chaser template. */
      templateId: idSchema.optional(),
      /** The name of a follow-up campaign, if one must be made (in the user's language). Default "Chaser: <campaign>". */
      campaignName: z.string().trim().min(1, { error: 'required' }).max(200, { error: 'tooLong' }).optional(),
    }),
    output: chaserDraftSchema.extend({ created: z.boolean(), campaignCreated: z.boolean() }),
  },
  /** Adds the example chaser template (for workspaces made before it shipped, or after deleting it). */
  'chasers.addExample': {
    input: z.strictObject({ language: languageSchema.default('en') }),
    output: chaserTemplateSchema,
  },
  // `satisfies` on the literal: a missing or an extra operation name is a compile error.
} as const satisfies Record<ChaserOperationName, { input: z.ZodType; output: z.ZodType }>;

export type ChaserContract = typeof chaserContract;

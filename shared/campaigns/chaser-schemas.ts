import * as z from 'zod';

/*
 * Chasers: a follow-up letter to one recipient of a campaign that has not
 * answered. It is a draft in a follow-up campaign linked to the original one
 * (same signers and endorsers), written from a chaser template: a letter
 * template that quotes the original letter with the `original.date` and
 * `original.reference` merge fields.
 */

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

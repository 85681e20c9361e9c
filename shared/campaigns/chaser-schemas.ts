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

/**
 * What "Draft the chaser" will do with a template, said before it is done:
 * the follow-up campaign it goes into (a new one, or one whose letters have
 * not gone out yet), the reference the chaser gets, or the chaser already
 * drafted with that template that opens instead.
 */
export const chaserPlanSchema = z.object({
  templateId: z.string(),
  /** The follow-up campaign: null when it is made by the drafting. */
  campaignId: z.string().nullable(),
  campaignName: z.string(),
  /** Letters already in that campaign (0 for a new one). */
  campaignLetters: z.number(),
  /** The chaser's own reference. */
  reference: z.string(),
  /** A chaser with this template was drafted and has not gone out: it opens, nothing is created. */
  reopens: z.boolean(),
});
export type ChaserPlan = z.infer<typeof chaserPlanSchema>;

/* Contract entries, spread into shared/api/contract.ts */

import * as z from 'zod';
import { GROUP_IDS } from '../protocol/types';
import { idSchema, isoDateSchema, languageSchema, officeTypeSchema, tagSchema } from '../recipients/schemas';

/** Which recipients a campaign writes to: chosen one by one, by tag, by group, by country list, or all. */
export const recipientSelectionSchema = z.discriminatedUnion('by', [
  z.strictObject({ by: z.literal('all') }),
  z.strictObject({ by: z.literal('ids'), ids: z.array(idSchema).min(1).max(100_000) }),
  z.strictObject({ by: z.literal('tag'), tag: tagSchema }),
  z.strictObject({ by: z.literal('group'), group: z.enum(GROUP_IDS), officeType: officeTypeSchema.optional() }),
  z.strictObject({
    by: z.literal('countries'),
    codes: z
      .array(z.string().regex(/^[A-Z]{2}$/, { error: 'unknownCountry' }))
      .min(1)
      .max(300),
  }),
]);
export type RecipientSelection = z.infer<typeof recipientSelectionSchema>;

export const referencePrefixSchema = z
  .string()
  .trim()
  .min(1, { error: 'required' })
  .max(12, { error: 'tooLong' })
  .regex(/^[A-Za-z0-9]+$/, { error: 'referencePrefix' })
  .transform((v) => v.toUpperCase());

export const campaignFieldsSchema = z.strictObject({
  name: z.string().trim().min(1, { error: 'required' }).max(200, { error: 'tooLong' }),
  templateId: idSchema,
  letterDate: isoDateSchema,
  referencePrefix: referencePrefixSchema,
  signerIds: z.array(idSchema).max(10).default([]),
  endorserIds: z.array(idSchema).max(1000).default([]),
  noReplyDays: z.number().int().min(1).max(3650).default(30),
});
export type CampaignFields = z.output<typeof campaignFieldsSchema>;

export const campaignSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  templateId: z.string(),
  templateName: z.string(),
  letterDate: z.string(),
  referencePrefix: z.string(),
  noReplyDays: z.number(),
  signerIds: z.array(z.string()),
  endorserIds: z.array(z.string()),
  draftCount: z.number(),
  /** A follow-up campaign (chasers) names the campaign it follows up. */
  followsCampaignId: z.string().nullable(),
  followsCampaignName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CampaignSummary = z.infer<typeof campaignSummarySchema>;

/** Why a draft needs attention before export. */
export const ATTENTION_REASONS = ['missingField', 'unresolvedChoice', 'unmappedMarker', 'staleFact', 'missingFact', 'recipientToVerify', 'noSigner'] as const;
export const DRAFT_STATES = ['ready', 'attention', 'exported'] as const;

export const draftRowSchema = z.object({
  id: z.string(),
  recipientId: z.string(),
  recipientName: z.string(),
  countryCode: z.string(),
  office: z.string(),
  reference: z.string(),
  /** The language the letter is written in, and whether that is the template's default for want of the recipient's own. */
  language: languageSchema,
  preferredLanguage: languageSchema,
  fellBack: z.boolean(),
  state: z.enum(DRAFT_STATES),
  editedByHand: z.boolean(),
  templateChanged: z.boolean(),
  allowMissing: z.boolean(),
  reasons: z.array(z.object({ code: z.enum(ATTENTION_REASONS), detail: z.string() })),
  exportedAt: z.string().nullable(),
});
export type DraftRow = z.infer<typeof draftRowSchema>;

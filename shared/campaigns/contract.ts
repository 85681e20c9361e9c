import * as z from 'zod';
import { emptyInput, nameOrIdInput, type ContractFor } from '../api/contract-entry';
import { CONFLICT_CHOICES } from '../letter/block-merge';
import { campaignFieldsSchema, campaignSummarySchema, draftRowSchema, recipientSelectionSchema } from './schemas';
import { idSchema, languageSchema } from '../recipients/schemas';
import { chaserDraftSchema, chaserPlanSchema, chaserTemplateSchema, originalLetterSchema } from './chaser-schemas';
import { letterDocumentSchema } from '../letter/document';
import { paperSizeSchema, templateKindSchema } from '../templates/schemas';
import { type campaignOperations } from './operations';

/** Which letter to chase: a recipient of a campaign. */
const letterInput = { campaignId: idSchema, recipientId: idSchema };

export const campaignContract = {
  'campaigns.list': { input: emptyInput, output: z.array(campaignSummarySchema) },
  'campaigns.get': { input: z.strictObject({ id: idSchema }), output: campaignSummarySchema },
  /** A campaign by id or by name (case-insensitive); refused, saying where to look, when none or several match. */
  'campaigns.find': { input: nameOrIdInput, output: campaignSummarySchema },
  /** A recipient of the campaign (one who has a draft in it) by id or by name. */
  'campaigns.findRecipient': {
    input: nameOrIdInput.extend({ campaignId: idSchema }),
    output: z.object({ id: z.string(), name: z.string() }),
  },
  /** How many recipients a selection names: the letters a new campaign would create. */
  'campaigns.countRecipients': { input: z.strictObject({ recipients: recipientSelectionSchema }), output: z.object({ count: z.number() }) },
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
  /**
   * One draft: its own text (or the template's resolved for the recipient),
   * the merged letter, and the template text now, in the hand edit's kind.
   */
  'drafts.get': {
    input: z.strictObject({ id: idSchema }),
    output: z.object({
      row: draftRowSchema,
      document: letterDocumentSchema,
      /** The finished letter to edit by hand: resolved for the recipient, no fields, alternatives or conditions. */
      editable: letterDocumentSchema,
      merged: letterDocumentSchema,
      templateDocument: letterDocumentSchema,
      /** The revision of that template text, for a merge to say which it merged with. */
      templateRevision: z.number(),
      baseDocument: letterDocumentSchema.nullable(),
      /** What the export prints around the text, for the letter shown as it will print. */
      print: z.object({
        kind: templateKindSchema,
        paperSize: paperSizeSchema,
        title: z.string(),
        placeAndDate: z.string(),
        reference: z.string(),
        /** Null when the text holds the address itself, or for a statement. */
        addressBlock: z.array(z.string()).nullable(),
      }),
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
  /** What "Draft a chaser" needs to know first: the original letter, the chaser templates, chasers already drafted. */
  'chasers.options': {
    input: z.strictObject({
      ...letterInput,
      /** The name a new follow-up campaign would get (in the user's language), as for chasers.draft. */
      campaignName: z.string().trim().min(1, { error: 'required' }).max(200, { error: 'tooLong' }).optional(),
    }),
    output: z.object({
      original: originalLetterSchema,
      templates: z.array(chaserTemplateSchema),
      /** The example chaser when the workspace has it, else the first chaser template; null when there is none. */
      defaultTemplateId: z.string().nullable(),
      /** Chasers of this letter already drafted, oldest first. */
      existing: z.array(chaserDraftSchema.extend({ sent: z.boolean() })),
      /** The example chaser template is not in the workspace (never loaded, or deleted): it can be added. */
      canAddExample: z.boolean(),
      /** What drafting with each template would do; empty while the letter has not gone out. */
      plans: z.array(chaserPlanSchema),
    }),
  },
  /** A chaser template by id or by name; refused with the names of the chaser templates there are. */
  'chasers.findTemplate': { input: nameOrIdInput, output: chaserTemplateSchema },
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
} as const satisfies ContractFor<typeof campaignOperations>;

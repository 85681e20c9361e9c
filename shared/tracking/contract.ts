import * as z from 'zod';
import type { ContractFor } from '../api/contract-entry';
import { type trackingOperations } from './operations';
import { idSchema, isoDateSchema } from '../recipients/schemas';
import {
  attachmentInfoSchema,
  base64,
  contactEventSchema,
  countryAggregateSchema,
  dueListSchema,
  eventFieldsSchema,
  recordableKindSchema,
  statusReportSchema,
  statusRowSchema,
} from './schemas';

const todayInput = isoDateSchema.optional();

export const trackingContract = {
  /** Records what happened (sent, delivered, acknowledged, replied, follow-up, closed), with an optional file. */
  'tracking.record': {
    input: eventFieldsSchema.extend({ campaignId: idSchema.nullable().default(null), recipientId: idSchema }),
    output: contactEventSchema,
  },
  /** Appends a corrected version of an event; the old row stays in the log, superseded. */
  'tracking.correct': {
    input: z.strictObject({ eventId: idSchema, fields: eventFieldsSchema.extend({ kind: recordableKindSchema.optional() }) }),
    output: contactEventSchema,
  },
  /** "Undo": appends a row that cancels the event; the event stays in the log. */
  'tracking.undo': {
    input: z.strictObject({ eventId: idSchema, note: z.string().trim().max(5000, { error: 'tooLong' }).default('') }),
    output: contactEventSchema,
  },
  /** The log, oldest first, superseded rows included and marked. At least one filter. */
  'tracking.events': {
    input: z
      .strictObject({
        campaignId: idSchema.optional(),
        recipientId: idSchema.optional(),
        countryCode: z
          .string()
          .regex(/^[A-Z]{2}$/, { error: 'unknownCountry' })
          .optional(),
      })
      .refine((v) => v.campaignId !== undefined || v.recipientId !== undefined || v.countryCode !== undefined, { error: 'required' }),
    output: z.array(contactEventSchema),
  },
  /**
   * One row per recipient of the campaign (or of every campaign), with counts and per-country aggregates for the map.
   * `rows: false` leaves `rows` empty: the dashboard needs only the counts and countries, not 10,000 rows.
   */
  'tracking.status': {
    input: z.strictObject({ campaignId: idSchema.optional(), today: todayInput, rows: z.boolean().default(true) }),
    output: statusReportSchema,
  },
  /** Open follow-ups: overdue, today, the next seven days, with counts for the navigation badge. */
  'tracking.due': { input: z.strictObject({ today: todayInput }), output: dueListSchema },
  /** A country page: its status across campaigns, a row per recipient and campaign, and its full history. */
  'tracking.country': {
    input: z.strictObject({ countryCode: z.string().regex(/^[A-Z]{2}$/, { error: 'unknownCountry' }), today: todayInput }),
    output: z.object({ aggregate: countryAggregateSchema, rows: z.array(statusRowSchema), events: z.array(contactEventSchema) }),
  },
  'tracking.attachment': {
    input: z.strictObject({ id: idSchema }),
    output: attachmentInfoSchema.extend({ eventId: z.string(), sha256: z.string(), contentBase64: z.string() }),
  },
  /** A CSV of every event, or a DOCX summary (with the map image when given), to save or download. */
  'tracking.report': {
    input: z.strictObject({
      format: z.enum(['csv', 'docx']),
      campaignId: idSchema.optional(),
      today: todayInput,
      mapPngBase64: base64(Math.ceil((20 * 1024 * 1024 * 4) / 3)).optional(),
    }),
    output: z.object({ fileName: z.string(), mime: z.string(), contentBase64: z.string() }),
  },
  // `satisfies` on the literal: a missing or an extra operation name is a compile error.
} as const satisfies ContractFor<typeof trackingOperations>;
export type TrackingContract = typeof trackingContract;

import * as z from 'zod';
import { CHANNELS, EVENT_KINDS, OUTCOMES, RECORDABLE_KINDS, TRACKING_STATUSES } from './kinds';
import { isoDateSchema } from '../recipients/schemas';

/*
 * Outreach tracking: contact events per campaign and recipient (append-only;
 * corrections and undos are new rows), the statuses derived from them, the
 * Due list, country history, attachments and reports. Rules that depend on
 * the kind (channel only for sent, ...) are checked in main with
 * shared/tracking/event-rules.ts, which the UI can call too.
 */

export const recordableKindSchema = z.enum(RECORDABLE_KINDS);
export const channelSchema = z.enum(CHANNELS);
export const outcomeSchema = z.enum(OUTCOMES);
export const trackingStatusSchema = z.enum(TRACKING_STATUSES);

/** The largest attachment: a scanned reply of a few dozen pages is far smaller. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;
/** Room above MAX_ATTACHMENT_BYTES, so a somewhat larger file reaches main and is refused in plain words. */
export const MAX_ATTACHMENT_BASE64 = Math.ceil((64 * 1024 * 1024 * 4) / 3);
export const ATTACHMENT_MIME_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'image/png',
  'image/jpeg',
] as const;
export type AttachmentMime = (typeof ATTACHMENT_MIME_TYPES)[number];

export const base64 = (max: number) =>
  z
    .string({ error: 'required' })
    .min(1, { error: 'required' })
    .max(max, { error: 'tooLong' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'invalid' });

/** A PDF, DOCX, PNG or JPEG file the user picked, base64-encoded; the type is checked by its first bytes. */
export const attachmentUploadSchema = z.strictObject({
  fileName: z.string().trim().min(1, { error: 'required' }).max(255, { error: 'tooLong' }),
  contentBase64: base64(MAX_ATTACHMENT_BASE64),
});
export type AttachmentUpload = z.output<typeof attachmentUploadSchema>;

/** What a person records about one event; the kind decides which of channel, due date and outcome apply. */
export const eventFieldsSchema = z.strictObject({
  kind: recordableKindSchema,
  occurredOn: isoDateSchema,
  channel: channelSchema.nullable().default(null),
  /** A tracking number, a registered-post receipt, their file number. */
  reference: z.string().trim().max(200, { error: 'tooLong' }).default(''),
  /** A reply's summary, what was said on the phone, why it was corrected. */
  note: z.string().trim().max(5000, { error: 'tooLong' }).default(''),
  dueOn: isoDateSchema.nullable().default(null),
  outcome: outcomeSchema.nullable().default(null),
  attachment: attachmentUploadSchema.nullable().default(null),
  /** The user saw that the date is in the future or before the campaign and keeps it. */
  confirmDate: z.boolean().default(false),
});
export type EventFieldsInput = z.input<typeof eventFieldsSchema>;
export type EventFields = z.output<typeof eventFieldsSchema>;

export const attachmentInfoSchema = z.object({ id: z.string(), fileName: z.string(), mime: z.enum(ATTACHMENT_MIME_TYPES), size: z.number() });
export type AttachmentInfo = z.infer<typeof attachmentInfoSchema>;

export const contactEventSchema = z.object({
  id: z.string(),
  campaignId: z.string().nullable(),
  campaignName: z.string().nullable(),
  recipientId: z.string(),
  recipientName: z.string(),
  office: z.string(),
  countryCode: z.string(),
  kind: z.enum(EVENT_KINDS),
  occurredOn: z.string(),
  channel: channelSchema.nullable(),
  reference: z.string(),
  note: z.string(),
  dueOn: z.string().nullable(),
  outcome: outcomeSchema.nullable(),
  supersedesId: z.string().nullable(),
  /** An undo: this row cancels the one it supersedes. */
  retracts: z.boolean(),
  /** The row that corrected or undid this one. */
  supersededBy: z.string().nullable(),
  /** Whether it counts for the status (not superseded, not an undo). */
  effective: z.boolean(),
  /** Its own files; a correction without files keeps those of the event it corrects. */
  attachments: z.array(attachmentInfoSchema),
  createdAt: z.string(),
});
export type ContactEvent = z.infer<typeof contactEventSchema>;

const eventRefSchema = z.object({ id: z.string(), kind: z.enum(EVENT_KINDS), occurredOn: z.string() });
const countsSchema = z.object(Object.fromEntries(TRACKING_STATUSES.map((s) => [s, z.number()])) as Record<(typeof TRACKING_STATUSES)[number], z.ZodNumber>);

export const statusRowSchema = z.object({
  campaignId: z.string(),
  campaignName: z.string(),
  recipientId: z.string(),
  recipientName: z.string(),
  office: z.string(),
  countryCode: z.string(),
  status: trackingStatusSchema,
  outcome: outcomeSchema.nullable(),
  lastEvent: eventRefSchema.nullable(),
  contactedOn: z.string().nullable(),
  repliedOn: z.string().nullable(),
  nextFollowUp: z.string().nullable(),
  /** The latest chaser of this letter that went out: the day and the chaser's reference. */
  chased: z.object({ on: z.string(), reference: z.string() }).nullable(),
  noReplyDays: z.number(),
});
export type StatusRow = z.infer<typeof statusRowSchema>;

export const countryAggregateSchema = z.object({
  countryCode: z.string(),
  status: trackingStatusSchema,
  counts: countsSchema,
  lastEvent: eventRefSchema.nullable(),
  nextFollowUp: z.string().nullable(),
});

export const statusReportSchema = z.object({
  today: z.string(),
  rows: z.array(statusRowSchema),
  counts: countsSchema,
  /** Only countries with rows; the map shows the others as not contacted. */
  countries: z.array(countryAggregateSchema),
});
export type StatusReport = z.infer<typeof statusReportSchema>;

/**
 * A row of the Due list: an open follow-up (its id and note), or a letter
 * whose no-reply days ran out with nothing planned for it, due from the first
 * day it counts as "no reply" (see noReplyDue in letter-status.ts).
 */
export const dueItemSchema = statusRowSchema.extend({
  reason: z.enum(['follow_up', 'no_reply']),
  dueOn: z.string(),
  followUpId: z.string().nullable(),
  followUpNote: z.string(),
});
export type DueItem = z.infer<typeof dueItemSchema>;

export const dueListSchema = z.object({
  today: z.string(),
  overdue: z.array(dueItemSchema),
  dueToday: z.array(dueItemSchema),
  thisWeek: z.array(dueItemSchema),
  counts: z.object({ overdue: z.number(), today: z.number(), thisWeek: z.number(), later: z.number(), badge: z.number() }),
});
export type DueList = z.infer<typeof dueListSchema>;

/* Contract entries, spread into shared/api/contract.ts */

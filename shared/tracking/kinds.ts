/*
 * The vocabulary of outreach tracking, as plain constants (no zod) so the pure
 * derivation code and the preload can use it. The values match the CHECK
 * constraints of contact_events (migration 4).
 */

export const EVENT_KINDS = ['drafted', 'exported', 'sent', 'delivered', 'acknowledged', 'replied', 'follow_up', 'closed'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Kinds a person records; "drafted" and "exported" are recorded by Letterdesk itself. */
export const RECORDABLE_KINDS = ['sent', 'delivered', 'acknowledged', 'replied', 'follow_up', 'closed'] as const satisfies readonly EventKind[];
export type RecordableKind = (typeof RECORDABLE_KINDS)[number];

export const CHANNELS = ['post', 'email', 'hand_delivery', 'fax', 'embassy', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

export const OUTCOMES = ['positive', 'neutral', 'negative', 'no_response'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * Derived status of one recipient in one campaign, in the order a letter
 * moves through them. "no_reply" is "contacted" once the campaign's
 * no-reply days have passed without a reply.
 */
export const TRACKING_STATUSES = ['not_contacted', 'drafted', 'exported', 'contacted', 'no_reply', 'replied', 'closed'] as const;
export type TrackingStatus = (typeof TRACKING_STATUSES)[number];

/** Kinds that mean the letter reached (or was on its way to) the government. */
export const CONTACT_KINDS: ReadonlySet<EventKind> = new Set(['sent', 'delivered', 'acknowledged']);

/** Kinds that settle an open follow-up recorded before them: a chaser went out, they answered, or the matter was closed. */
export const FOLLOW_UP_DONE_KINDS: ReadonlySet<EventKind> = new Set(['sent', 'replied', 'closed']);

/**
 * Kinds of a chaser's events that settle the open follow-ups of the letter it
 * chases, recorded before them: the chaser went out (sent, delivered or
 * acknowledged; an export alone is still on the desk), was answered, or was
 * closed. See withChasers in derive-status.ts.
 */
export const CHASER_SETTLES_KINDS: ReadonlySet<EventKind> = new Set(['sent', 'delivered', 'acknowledged', 'replied', 'closed']);

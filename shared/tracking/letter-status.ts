import { addDays } from './dates';
import type { PairSummary } from './derive-status';
import type { TrackingStatus } from './kinds';

/*
 * What one letter's badge says, wherever the letter is listed (its page, its
 * campaign's list): once it went out, its tracking status (contacted, no
 * reply, replied, closed), derived from the events by derive-status.ts as the
 * dashboard, the map and the Due list derive it; before that, its preparation
 * state (ready, needs attention, exported). A letter never reads "Exported"
 * after a reply.
 *
 * And when a letter's silence becomes something to do: noReplyDue.
 */

/** The preparation state of a draft (shared/campaigns DRAFT_STATES). */
export type PreparationState = 'ready' | 'attention' | 'exported';

/** Tracking statuses that replace the preparation state on a letter's badge. */
export const OUTREACH_BADGES = ['contacted', 'no_reply', 'replied', 'closed'] as const satisfies readonly TrackingStatus[];
export type OutreachBadge = (typeof OUTREACH_BADGES)[number];

export type LetterBadge = { kind: 'outreach'; status: OutreachBadge } | { kind: 'preparation'; state: PreparationState };

const OUTREACH: ReadonlySet<TrackingStatus> = new Set(OUTREACH_BADGES);

function isOutreach(status: TrackingStatus): status is OutreachBadge {
  return OUTREACH.has(status);
}

/** The badge of a letter from its preparation state and its derived tracking status (unknown while that loads). */
export function letterBadge(state: PreparationState, status: TrackingStatus | null): LetterBadge {
  return status !== null && isOutreach(status) ? { kind: 'outreach', status } : { kind: 'preparation', state };
}

/**
 * The first day a letter counts as "no reply" when nothing else is planned
 * for it, null otherwise: it went out (contacted), has no reply, is not
 * closed, has no open follow-up of its own or of a chaser, and no chaser of
 * it went out. That day is the first one more than `noReplyDays` after first
 * contact, so on it and after, statusOn says "no_reply" (see noReplyCutoff).
 * The Due list lists such letters from that day, beside follow-ups.
 */
export function noReplyDue(summary: PairSummary, noReplyDays: number): string | null {
  if (summary.stage !== 'contacted' || summary.contactedOn === null) return null;
  if (summary.nextFollowUp !== null || summary.chased !== null) return null;
  return addDays(summary.contactedOn, Math.floor(noReplyDays) + 1);
}

import { addDays } from './dates';
import { compareEvents, effectiveEvents, pairKey, supersededIds, type TrackedEvent } from './events';
import { CONTACT_KINDS, FOLLOW_UP_DONE_KINDS, type EventKind, type Outcome, type TrackingStatus } from './kinds';

/*
 * Status of one recipient in one campaign, computed from its events and never
 * stored. Rules (on the effective events, see events.ts):
 * - closed: an effective "closed" event exists; the outcome is the latest
 *   one's. Closing is final until the closing event is undone.
 * - replied: else, an effective "replied" event exists.
 * - contacted / no_reply: else, a sent, delivered or acknowledged event
 *   exists. "Contacted on" is the earliest of them; the status is no_reply
 *   once more than the campaign's no-reply days have passed since then.
 *   An acknowledgement of receipt is not a reply.
 * - exported, drafted: else, the most advanced of those.
 * - not_contacted: no events that count.
 * A follow-up is open until a later event (in chronological order) sends a
 * chaser, records a reply or closes the matter; the next follow-up is the
 * earliest due date among the open ones.
 */

export interface EventRef {
  id: string;
  kind: EventKind;
  occurredOn: string;
}

export interface DerivedStatus {
  status: TrackingStatus;
  /** Set when closed. */
  outcome: Outcome | null;
  lastEvent: EventRef | null;
  /** First day the letter was sent (or delivered / acknowledged). */
  contactedOn: string | null;
  /** Day of the latest reply. */
  repliedOn: string | null;
  /** Earliest due date of an open follow-up, and that follow-up. */
  nextFollowUp: { eventId: string; dueOn: string } | null;
}

export interface DeriveOptions {
  /** YYYY-MM-DD; the day "no reply after N days" is measured to. */
  today: string;
  noReplyDays: number;
}

const ref = (e: TrackedEvent): EventRef => ({ id: e.id, kind: e.kind, occurredOn: e.occurredOn });

/**
 * What the events of one pair say, before "today" is known: everything but
 * the contacted / no_reply split. Depends only on the log, so it can be
 * memoised for as long as the pair gets no new rows.
 */
export interface PairSummary {
  stage: Exclude<TrackingStatus, 'no_reply'>;
  outcome: Outcome | null;
  lastEvent: EventRef | null;
  contactedOn: string | null;
  repliedOn: string | null;
  nextFollowUp: { eventId: string; dueOn: string } | null;
}

/** Summary of the effective events of one pair, already in chronological order. */
export function summarise(ordered: readonly TrackedEvent[]): PairSummary {
  let contactedOn: string | null = null;
  let replied: TrackedEvent | null = null;
  let closed: TrackedEvent | null = null;
  let exported = false;
  let drafted = false;
  let lastSettledAt = -1;
  for (let i = 0; i < ordered.length; i++) {
    const e = ordered[i];
    if (CONTACT_KINDS.has(e.kind) && (contactedOn === null || e.occurredOn < contactedOn)) contactedOn = e.occurredOn;
    if (e.kind === 'replied') replied = e;
    else if (e.kind === 'closed') closed = e;
    else if (e.kind === 'exported') exported = true;
    else if (e.kind === 'drafted') drafted = true;
    if (FOLLOW_UP_DONE_KINDS.has(e.kind)) lastSettledAt = i;
  }

  let nextFollowUp: PairSummary['nextFollowUp'] = null;
  for (let i = lastSettledAt + 1; i < ordered.length; i++) {
    const e = ordered[i];
    if (e.kind === 'follow_up' && e.dueOn !== null && (nextFollowUp === null || e.dueOn < nextFollowUp.dueOn)) {
      nextFollowUp = { eventId: e.id, dueOn: e.dueOn };
    }
  }

  const stage: PairSummary['stage'] = closed ? 'closed' : replied ? 'replied' : contactedOn !== null ? 'contacted' : exported ? 'exported' : drafted ? 'drafted' : 'not_contacted';
  return {
    stage,
    outcome: closed?.outcome ?? null,
    lastEvent: ordered.length > 0 ? ref(ordered[ordered.length - 1]) : null,
    contactedOn,
    repliedOn: replied?.occurredOn ?? null,
    nextFollowUp,
  };
}

/**
 * The first contact day from which a letter is not yet "no reply" on
 * `today`: more than N whole days before today means before today - N
 * (ISO dates compare as strings). Computed once per campaign by queries
 * that derive thousands of pairs.
 */
export function noReplyCutoff(options: DeriveOptions): string {
  return addDays(options.today, -Math.floor(options.noReplyDays));
}

/** The status alone, with the cut-off of noReplyCutoff: "contacted" turns to "no_reply" when first contact was before it. */
export function statusByCutoff(summary: PairSummary, cutoff: string): TrackingStatus {
  return summary.stage === 'contacted' && summary.contactedOn !== null && summary.contactedOn < cutoff ? 'no_reply' : summary.stage;
}

/** statusOn with the cut-off of noReplyCutoff. */
export function statusWithCutoff(summary: PairSummary, cutoff: string): DerivedStatus {
  return {
    status: statusByCutoff(summary, cutoff),
    outcome: summary.outcome,
    lastEvent: summary.lastEvent,
    contactedOn: summary.contactedOn,
    repliedOn: summary.repliedOn,
    nextFollowUp: summary.nextFollowUp,
  };
}

/** The status on a given day: "contacted" turns to "no_reply" after more than the campaign's no-reply days. */
export function statusOn(summary: PairSummary, options: DeriveOptions): DerivedStatus {
  return statusWithCutoff(summary, noReplyCutoff(options));
}

/** Status from the effective events of one pair, already in chronological order. */
export function deriveFromEffective(ordered: readonly TrackedEvent[], options: DeriveOptions): DerivedStatus {
  return statusOn(summarise(ordered), options);
}

/** Status of one pair from all its rows (corrections and undos included), in any order. */
export function deriveStatus(events: readonly TrackedEvent[], options: DeriveOptions): DerivedStatus {
  return deriveFromEffective(effectiveEvents(events), options);
}

export interface PairRef {
  campaignId: string;
  recipientId: string;
  noReplyDays: number;
}

/** Summaries of every pair that has rows among `events` (any order, any mix of campaigns), by pairKey. */
export function summarisePairs(events: readonly TrackedEvent[]): Map<string, PairSummary> {
  const superseded = supersededIds(events);
  const byPair = new Map<string, TrackedEvent[]>();
  for (const e of events) {
    if (e.retracts || superseded.has(e.id)) continue;
    const key = pairKey(e.campaignId, e.recipientId);
    const list = byPair.get(key);
    if (list) list.push(e);
    else byPair.set(key, [e]);
  }
  const out = new Map<string, PairSummary>();
  for (const [key, list] of byPair) out.set(key, summarise(list.sort(compareEvents)));
  return out;
}

export const EMPTY_SUMMARY: PairSummary = summarise([]);

/**
 * Status of every pair given, from one list of events (any order, any mix of
 * campaigns). A pair without events is not_contacted. Results follow the
 * order of `pairs`.
 */
export function deriveStatuses<P extends PairRef>(pairs: readonly P[], events: readonly TrackedEvent[], today: string): { pair: P; derived: DerivedStatus }[] {
  const summaries = summarisePairs(events);
  return pairs.map((pair) => ({
    pair,
    derived: statusOn(summaries.get(pairKey(pair.campaignId, pair.recipientId)) ?? EMPTY_SUMMARY, { today, noReplyDays: pair.noReplyDays }),
  }));
}

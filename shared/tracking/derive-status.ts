import { addDays } from './dates';
import { compareEvents, effectiveEvents, pairKey, supersededIds, type TrackedEvent } from './events';
import { CHASER_SETTLES_KINDS, CONTACT_KINDS, FOLLOW_UP_DONE_KINDS, type EventKind, type Outcome, type TrackingStatus } from './kinds';

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
 *
 * Chasers (a draft in a follow-up campaign linked to the original draft, see
 * withChasers): once a chaser went out, the original's follow-ups recorded
 * before that are done; the original reads "chased on <day>, <reference>"
 * and its next follow-up is the chaser's own if that comes first. A reply to
 * the chaser is a reply to the original (the government answered). The
 * "chaser drafted" marker in the original's history is passed over.
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
  /** Earliest due date of an open follow-up, this letter's own or its chaser's, and that follow-up. */
  nextFollowUp: { eventId: string; dueOn: string } | null;
  /** This letter's own earliest open follow-up: what the Due list shows (a chaser's follow-up is listed as the chaser's). */
  dueFollowUp: { eventId: string; dueOn: string } | null;
  /** The latest chaser of this letter that went out: the day it first went out and its reference. */
  chased: { on: string; reference: string } | null;
}

export interface DeriveOptions {
  /** YYYY-MM-DD; the day "no reply after N days" is measured to. */
  today: string;
  noReplyDays: number;
}

const ref = (e: TrackedEvent): EventRef => ({ id: e.id, kind: e.kind, occurredOn: e.occurredOn });

/** What orders events: the day, when recorded, the id (see compareEvents). */
export type EventKey = Pick<TrackedEvent, 'id' | 'occurredOn' | 'createdAt'>;

/** An open follow-up of a letter, with what orders it among the events. */
export interface OpenFollowUp extends EventKey {
  dueOn: string;
}

/**
 * What the events of one pair say, before "today" is known: everything but
 * the contacted / no_reply split. Depends only on the log, so it can be
 * memoised for as long as the pair gets no new rows. withChasers turns the
 * summary of a letter into the one that takes its chasers into account.
 */
export interface PairSummary {
  stage: Exclude<TrackingStatus, 'no_reply'>;
  outcome: Outcome | null;
  lastEvent: EventRef | null;
  contactedOn: string | null;
  repliedOn: string | null;
  nextFollowUp: { eventId: string; dueOn: string } | null;
  dueFollowUp: { eventId: string; dueOn: string } | null;
  /** This letter's own open follow-ups, in chronological order. */
  openFollowUps: readonly OpenFollowUp[];
  /**
   * The latest event (of this letter or of its chasers) that settles the
   * follow-ups of a letter this one chases: see CHASER_SETTLES_KINDS.
   */
  lastSettle: EventKey | null;
  chased: { on: string; reference: string } | null;
}

const NO_FOLLOW_UPS: readonly OpenFollowUp[] = Object.freeze([]);

/** The earliest due date among open follow-ups; the first recorded on a tie. */
function earliest(open: readonly OpenFollowUp[]): { eventId: string; dueOn: string } | null {
  let found: OpenFollowUp | null = null;
  for (const f of open) if (found === null || f.dueOn < found.dueOn) found = f;
  return found === null ? null : { eventId: found.id, dueOn: found.dueOn };
}

/** Summary of the effective events of one pair, already in chronological order. */
export function summarise(ordered: readonly TrackedEvent[]): PairSummary {
  let contactedOn: string | null = null;
  let replied: TrackedEvent | null = null;
  let closed: TrackedEvent | null = null;
  let last: TrackedEvent | null = null;
  let lastSettle: TrackedEvent | null = null;
  let exported = false;
  let drafted = false;
  let lastSettledAt = -1;
  for (let i = 0; i < ordered.length; i++) {
    const e = ordered[i];
    // The marker of a chaser drafted for this letter: nothing happened to the letter itself.
    if (e.chaserDrafted === true) continue;
    last = e;
    if (CONTACT_KINDS.has(e.kind) && (contactedOn === null || e.occurredOn < contactedOn)) contactedOn = e.occurredOn;
    if (e.kind === 'replied') replied = e;
    else if (e.kind === 'closed') closed = e;
    else if (e.kind === 'exported') exported = true;
    else if (e.kind === 'drafted') drafted = true;
    if (FOLLOW_UP_DONE_KINDS.has(e.kind)) lastSettledAt = i;
    if (CHASER_SETTLES_KINDS.has(e.kind)) lastSettle = e;
  }

  let open: OpenFollowUp[] | null = null;
  for (let i = lastSettledAt + 1; i < ordered.length; i++) {
    const e = ordered[i];
    if (e.kind === 'follow_up' && e.dueOn !== null && e.chaserDrafted !== true)
      (open ??= []).push({ id: e.id, occurredOn: e.occurredOn, createdAt: e.createdAt, dueOn: e.dueOn });
  }
  const openFollowUps = open ?? NO_FOLLOW_UPS;
  const dueFollowUp = earliest(openFollowUps);

  const stage: PairSummary['stage'] = closed
    ? 'closed'
    : replied
      ? 'replied'
      : contactedOn !== null
        ? 'contacted'
        : exported
          ? 'exported'
          : drafted
            ? 'drafted'
            : 'not_contacted';
  return {
    stage,
    outcome: closed?.outcome ?? null,
    lastEvent: last === null ? null : ref(last),
    contactedOn,
    repliedOn: replied?.occurredOn ?? null,
    nextFollowUp: dueFollowUp,
    dueFollowUp,
    openFollowUps,
    lastSettle: lastSettle === null ? null : { id: lastSettle.id, occurredOn: lastSettle.occurredOn, createdAt: lastSettle.createdAt },
    chased: null,
  };
}

/** A chaser of a letter: its reference and its summary (itself with its own chasers taken into account). */
export interface Chaser {
  reference: string;
  summary: PairSummary;
}

/**
 * The summary of a letter with its chasers taken into account (the letter's
 * own summary when it has none):
 * - its open follow-ups recorded (in chronological order) before the latest
 *   event by which a chaser went out, was answered or was closed are done;
 * - a reply to a chaser is a reply: the stage is replied (unless closed) and
 *   the reply day the latest of the letter's and its chasers';
 * - "chased": the chaser that went out last (by the day it first went out,
 *   then its reference);
 * - the next follow-up is the earliest of its own still open and of its
 *   chasers' next ones (none once the letter is closed); the Due list keeps
 *   only its own (dueFollowUp), so a follow-up is never listed twice.
 * Contact day, outcome and last event stay the letter's own.
 */
export function withChasers(own: PairSummary, chasers: readonly Chaser[]): PairSummary {
  if (chasers.length === 0) return own;
  let settle: EventKey | null = null;
  let repliedOn = own.repliedOn;
  let chased: PairSummary['chased'] = null;
  let inherited: PairSummary['nextFollowUp'] = null;
  for (const { reference, summary } of chasers) {
    if (summary.lastSettle !== null && (settle === null || compareEvents(summary.lastSettle, settle) > 0)) settle = summary.lastSettle;
    if (summary.repliedOn !== null && (repliedOn === null || summary.repliedOn > repliedOn)) repliedOn = summary.repliedOn;
    const on = summary.contactedOn;
    if (on !== null && (chased === null || on > chased.on || (on === chased.on && reference > chased.reference))) chased = { on, reference };
    const next = summary.nextFollowUp;
    if (next !== null && (inherited === null || next.dueOn < inherited.dueOn || (next.dueOn === inherited.dueOn && next.eventId < inherited.eventId)))
      inherited = next;
  }
  const openFollowUps = settle === null ? own.openFollowUps : own.openFollowUps.filter((f) => compareEvents(f, settle) > 0);
  const dueFollowUp = openFollowUps === own.openFollowUps ? own.dueFollowUp : earliest(openFollowUps);
  if (own.stage === 'closed') inherited = null;
  // Written out in summarise's order, not spread: one object shape for every summary the queries read.
  return {
    stage: own.stage === 'closed' ? 'closed' : repliedOn !== null ? 'replied' : own.stage,
    outcome: own.outcome,
    lastEvent: own.lastEvent,
    contactedOn: own.contactedOn,
    repliedOn,
    nextFollowUp: inherited !== null && (dueFollowUp === null || inherited.dueOn < dueFollowUp.dueOn) ? inherited : dueFollowUp,
    dueFollowUp,
    openFollowUps,
    lastSettle: settle !== null && (own.lastSettle === null || compareEvents(settle, own.lastSettle) > 0) ? settle : own.lastSettle,
    chased,
  };
}

/** A chaser's link to the letter it chases (drafts.follows_draft_id): both pairs and the chaser's reference. */
export interface ChaserLink {
  campaignId: string;
  recipientId: string;
  chaserCampaignId: string;
  chaserRecipientId: string;
  reference: string;
}

export type SummaryOf = (campaignId: string, recipientId: string) => PairSummary;

/**
 * Summaries with chasers taken into account, from the pairs' own summaries
 * and the links: a chaser's chasers count for the chaser first (a chain of
 * chasers). Pairs without chasers get their own summary as it is.
 */
export function composeChasers(own: SummaryOf, links: readonly ChaserLink[]): SummaryOf {
  if (links.length === 0) return own;
  // By campaign, then recipient, as the summary memo is kept: a lookup builds no key string (10,000 pairs per query).
  const byOriginal = new Map<string, Map<string, ChaserLink[]>>();
  for (const link of links) {
    let byRecipient = byOriginal.get(link.campaignId);
    if (!byRecipient) byOriginal.set(link.campaignId, (byRecipient = new Map()));
    const list = byRecipient.get(link.recipientId);
    if (list) list.push(link);
    else byRecipient.set(link.recipientId, [link]);
  }
  // Keyed by each letter's list of chasers: one list per letter.
  const done = new Map<readonly ChaserLink[], PairSummary>();
  const visiting = new Set<readonly ChaserLink[]>();
  const composed: SummaryOf = (campaignId, recipientId) => {
    const chasers = byOriginal.get(campaignId)?.get(recipientId);
    // A cycle cannot be made (a chaser follows an existing draft); guarded all the same.
    if (chasers === undefined || visiting.has(chasers)) return own(campaignId, recipientId);
    let summary = done.get(chasers);
    if (summary === undefined) {
      visiting.add(chasers);
      summary = withChasers(
        own(campaignId, recipientId),
        chasers.map((l) => ({ reference: l.reference, summary: composed(l.chaserCampaignId, l.chaserRecipientId) })),
      );
      visiting.delete(chasers);
      done.set(chasers, summary);
    }
    return summary;
  };
  return composed;
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
    dueFollowUp: summary.dueFollowUp,
    chased: summary.chased,
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
 * campaigns) and the chaser links. A pair without events is not_contacted.
 * Results follow the order of `pairs`.
 */
export function deriveStatuses<P extends PairRef>(
  pairs: readonly P[],
  events: readonly TrackedEvent[],
  today: string,
  links: readonly ChaserLink[] = [],
): { pair: P; derived: DerivedStatus }[] {
  const summaries = summarisePairs(events);
  const summaryOf = composeChasers((campaignId, recipientId) => summaries.get(pairKey(campaignId, recipientId)) ?? EMPTY_SUMMARY, links);
  return pairs.map((pair) => ({
    pair,
    derived: statusOn(summaryOf(pair.campaignId, pair.recipientId), { today, noReplyDays: pair.noReplyDays }),
  }));
}

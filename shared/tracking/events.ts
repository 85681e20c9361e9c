import type { EventKind, Outcome } from './kinds';

/*
 * The append-only log and how to read it.
 *
 * Corrections: an event is never changed. A correction is a new row whose
 * supersedes_id names the event it replaces; from then on only the new row
 * counts. An "undo" is a correction row with `retracts` set: it supersedes
 * its target and counts for nothing itself, so the target simply stops
 * counting. (The retraction row copies the target's kind so the history
 * reads "sent — undone"; its note says why.)
 *
 * Rules, all independent of the order rows are given in:
 * - a superseded event never counts, whatever supersedes it, so undoing a
 *   correction removes that correction and leaves the original replaced;
 * - a retraction never counts;
 * - effective events are ordered by occurred_on, then created_at (events
 *   may be recorded late, out of order), then id as the final tie-break.
 */

/** What the derivation needs of a contact event. */
export interface TrackedEvent {
  id: string;
  campaignId: string | null;
  recipientId: string;
  kind: EventKind;
  /** The day it happened (YYYY-MM-DD), which may be earlier than rows recorded before it. */
  occurredOn: string;
  /** When it was recorded (ISO timestamp). */
  createdAt: string;
  supersedesId: string | null;
  /** True for an undo: supersedes its target and counts for nothing itself. */
  retracts: boolean;
  dueOn: string | null;
  outcome: Outcome | null;
  /**
   * The "drafted" row that drafting a chaser appends to the original letter's
   * history (it carries the chaser's reference): it says a chaser exists and
   * nothing about the letter itself, so the derivation passes over it.
   */
  chaserDrafted?: boolean;
}

type Ordered = Pick<TrackedEvent, 'id' | 'occurredOn' | 'createdAt'>;

/** Chronological order: the day it happened, then when it was recorded, then id. */
export function compareEvents(a: Ordered, b: Ordered): number {
  if (a.occurredOn !== b.occurredOn) return a.occurredOn < b.occurredOn ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Ids of the events some other row supersedes (corrected or undone). */
export function supersededIds(events: Iterable<Pick<TrackedEvent, 'supersedesId'>>): Set<string> {
  const ids = new Set<string>();
  for (const e of events) if (e.supersedesId !== null) ids.add(e.supersedesId);
  return ids;
}

/** Whether an event counts: not superseded and not itself an undo. */
export function isEffective(event: Pick<TrackedEvent, 'id' | 'retracts'>, superseded: ReadonlySet<string>): boolean {
  return !event.retracts && !superseded.has(event.id);
}

/** The events that count, in chronological order. */
export function effectiveEvents<T extends TrackedEvent>(events: readonly T[], superseded: ReadonlySet<string> = supersededIds(events)): T[] {
  return events.filter((e) => isEffective(e, superseded)).sort(compareEvents);
}

/** Key of one (campaign, recipient) pair; events without a campaign share the key of "no campaign". */
export function pairKey(campaignId: string | null, recipientId: string): string {
  return `${campaignId ?? ''}\u0000${recipientId}`;
}

import type { DerivedStatus, EventRef } from './derive-status';
import { TRACKING_STATUSES, type TrackingStatus } from './kinds';

/*
 * Status per country and per campaign, from the per-recipient statuses.
 *
 * A country (across all its recipients and campaigns) takes the first status
 * of COUNTRY_PRECEDENCE that any of its rows has. The map answers "who still
 * owes us an answer", so what needs action comes first:
 *   no_reply   — some letter is past its no-reply days without an answer;
 *   contacted  — some letter is out and still within its days;
 *   replied    — every letter out has been answered or closed, one at least answered;
 *   closed     — every letter out was closed;
 *   exported, drafted — nothing sent yet: the most advanced preparation;
 *   not_contacted — nothing at all.
 * A country is therefore "done" (replied / closed) only when no letter to it
 * is still waiting. Counts per status say the rest.
 */
export const COUNTRY_PRECEDENCE: readonly TrackingStatus[] = ['no_reply', 'contacted', 'replied', 'closed', 'exported', 'drafted', 'not_contacted'];

export type StatusCounts = Record<TrackingStatus, number>;

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(TRACKING_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

export function countStatuses(statuses: Iterable<TrackingStatus>): StatusCounts {
  const counts = emptyCounts();
  for (const s of statuses) counts[s]++;
  return counts;
}

/** The country's status from its rows' counts (see COUNTRY_PRECEDENCE). */
export function countryStatus(counts: StatusCounts): TrackingStatus {
  return COUNTRY_PRECEDENCE.find((s) => counts[s] > 0) ?? 'not_contacted';
}

export interface CountryAggregate {
  countryCode: string;
  status: TrackingStatus;
  counts: StatusCounts;
  /** The latest event across the country's recipients and campaigns. */
  lastEvent: EventRef | null;
  nextFollowUp: string | null;
}

const STATUS_INDEX: ReadonlyMap<TrackingStatus, number> = new Map(TRACKING_STATUSES.map((s, i) => [s, i]));

interface Accumulator {
  countryCode: string;
  /** Per status, in TRACKING_STATUSES order. */
  counts: number[];
  lastEvent: EventRef | null;
  nextFollowUp: string | null;
}

/**
 * One aggregate per country that has rows, sorted by country code. The
 * latest event is the greatest by day, then id; the next follow-up the
 * earliest due date. Written as one plain loop: the dashboard aggregates
 * 10,000 rows on every query.
 */
export function aggregateByCountry(rows: readonly { countryCode: string; derived: DerivedStatus }[]): CountryAggregate[] {
  const byCountry = new Map<string, Accumulator>();
  for (let i = 0; i < rows.length; i++) {
    const { countryCode, derived } = rows[i];
    let acc = byCountry.get(countryCode);
    if (acc === undefined) {
      acc = { countryCode, counts: TRACKING_STATUSES.map(() => 0), lastEvent: null, nextFollowUp: null };
      byCountry.set(countryCode, acc);
    }
    acc.counts[STATUS_INDEX.get(derived.status)!]++;
    const event = derived.lastEvent;
    const latest = acc.lastEvent;
    if (event !== null && (latest === null || event.occurredOn > latest.occurredOn || (event.occurredOn === latest.occurredOn && event.id > latest.id)))
      acc.lastEvent = event;
    const due = derived.nextFollowUp === null ? null : derived.nextFollowUp.dueOn;
    if (due !== null && (acc.nextFollowUp === null || due < acc.nextFollowUp)) acc.nextFollowUp = due;
  }
  const list = [...byCountry.values()].sort((a, b) => (a.countryCode < b.countryCode ? -1 : a.countryCode > b.countryCode ? 1 : 0));
  return list.map((acc) => {
    const counts = emptyCounts();
    TRACKING_STATUSES.forEach((s, i) => (counts[s] = acc.counts[i]));
    return { countryCode: acc.countryCode, status: countryStatus(counts), counts, lastEvent: acc.lastEvent, nextFollowUp: acc.nextFollowUp };
  });
}

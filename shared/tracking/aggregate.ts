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

function later(a: EventRef | null, b: EventRef | null): EventRef | null {
  if (!a) return b;
  if (!b) return a;
  return b.occurredOn > a.occurredOn || (b.occurredOn === a.occurredOn && b.id > a.id) ? b : a;
}

/** One aggregate per country that has rows, sorted by country code. */
export function aggregateByCountry(rows: Iterable<{ countryCode: string; derived: DerivedStatus }>): CountryAggregate[] {
  const byCountry = new Map<string, CountryAggregate>();
  for (const { countryCode, derived } of rows) {
    let agg = byCountry.get(countryCode);
    if (!agg) {
      agg = { countryCode, status: 'not_contacted', counts: emptyCounts(), lastEvent: null, nextFollowUp: null };
      byCountry.set(countryCode, agg);
    }
    agg.counts[derived.status]++;
    agg.lastEvent = later(agg.lastEvent, derived.lastEvent);
    const due = derived.nextFollowUp?.dueOn ?? null;
    if (due !== null && (agg.nextFollowUp === null || due < agg.nextFollowUp)) agg.nextFollowUp = due;
  }
  const list = [...byCountry.values()].sort((a, b) => (a.countryCode < b.countryCode ? -1 : a.countryCode > b.countryCode ? 1 : 0));
  for (const agg of list) agg.status = countryStatus(agg.counts);
  return list;
}

import type { DueList, StatusReport, StatusRow } from '../../../shared/domain/tracking';
import { aggregateByCountry, countStatuses, type CountryAggregate } from '../../../shared/tracking/aggregate';
import { statusOn, type DerivedStatus, type PairRef } from '../../../shared/tracking/derive-status';
import { bucketDue } from '../../../shared/tracking/due';
import type { Db } from '../store/database';
import type { EventFilter } from './events-repo';
import { pairSummaries } from './summary-cache';

/*
 * Statuses computed on demand from the log (never stored): one row per
 * recipient of a campaign (a draft), with per-country aggregates for the map
 * and the Due list of open follow-ups. Pair summaries are memoised in
 * summary-cache.ts; names, offices, no-reply days and "today" are applied on
 * every query.
 */

interface Pair extends PairRef {
  campaignName: string;
  recipientName: string;
  office: string;
  countryCode: string;
}

type PairTuple = [string, string, number, string, string, string, string];

const PAIR_COLUMNS = `SELECT d.campaign_id, c.name, c.no_reply_days, d.recipient_id, r.name, r.office, r.country_code
  FROM drafts d JOIN campaigns c ON c.id = d.campaign_id JOIN recipients r ON r.id = d.recipient_id`;

function toPair([campaignId, campaignName, noReplyDays, recipientId, recipientName, office, countryCode]: PairTuple): Pair {
  return { campaignId, campaignName, noReplyDays, recipientId, recipientName, office, countryCode };
}

function loadPairs(db: Db, filter: { campaignId?: string; countryCode?: string }): Pair[] {
  const clauses: [string, string | undefined][] = [
    ['d.campaign_id = ?', filter.campaignId],
    ['r.country_code = ?', filter.countryCode],
  ];
  const used = clauses.filter((c): c is [string, string] => c[1] !== undefined);
  const where = used.length > 0 ? `WHERE ${used.map((c) => c[0]).join(' AND ')}` : '';
  const params = used.map((c) => c[1]);
  const rows = db.prepare(`${PAIR_COLUMNS} ${where} ORDER BY r.country_code, r.name_key, r.id, c.created_at, c.id`).raw().all(...params) as PairTuple[];
  return rows.map(toPair);
}

interface Derived {
  row: StatusRow;
  derived: DerivedStatus;
}

function toRow(pair: Pair, derived: DerivedStatus): StatusRow {
  return {
    campaignId: pair.campaignId,
    campaignName: pair.campaignName,
    recipientId: pair.recipientId,
    recipientName: pair.recipientName,
    office: pair.office,
    countryCode: pair.countryCode,
    status: derived.status,
    outcome: derived.outcome,
    lastEvent: derived.lastEvent,
    contactedOn: derived.contactedOn,
    repliedOn: derived.repliedOn,
    nextFollowUp: derived.nextFollowUp?.dueOn ?? null,
    noReplyDays: pair.noReplyDays,
  };
}

function statusRows(db: Db, filter: EventFilter, today: string): Derived[] {
  const pairs = loadPairs(db, filter);
  const summaryOf = pairSummaries(db, filter, pairs);
  return pairs.map((pair) => {
    const derived = statusOn(summaryOf(pair.campaignId, pair.recipientId), { today, noReplyDays: pair.noReplyDays });
    return { row: toRow(pair, derived), derived };
  });
}

function report(list: Derived[], today: string): StatusReport {
  return {
    today,
    rows: list.map((d) => d.row),
    counts: countStatuses(list.map((d) => d.row.status)),
    countries: aggregateByCountry(list.map((d) => ({ countryCode: d.row.countryCode, derived: d.derived }))),
  };
}

/** One row per recipient of the campaign, or per recipient and campaign across all of them. */
export function statusReport(db: Db, campaignId: string | undefined, today: string): StatusReport {
  return report(statusRows(db, campaignId === undefined ? {} : { campaignId }, today), today);
}

/** A country across campaigns: its aggregate and a row per recipient and campaign. */
export function countryStatus(db: Db, countryCode: string, today: string): { aggregate: CountryAggregate; rows: StatusRow[] } {
  const found = report(statusRows(db, { countryCode }, today), today);
  const aggregate = found.countries[0] ?? { countryCode, status: 'not_contacted', counts: found.counts, lastEvent: null, nextFollowUp: null };
  return { aggregate, rows: found.rows };
}

/**
 * Open follow-ups (the earliest per recipient and campaign): overdue, today
 * and the next seven days. Names and settings are read only for the pairs
 * that have one, so the navigation badge stays cheap.
 */
export function dueList(db: Db, today: string): DueList {
  const keys = db.prepare('SELECT campaign_id AS campaignId, recipient_id AS recipientId FROM drafts').all() as { campaignId: string; recipientId: string }[];
  const summaryOf = pairSummaries(db, {}, keys);
  const pairQuery = db.prepare(`${PAIR_COLUMNS} WHERE d.campaign_id = ? AND d.recipient_id = ?`).raw();
  const noteQuery = db.prepare('SELECT note FROM contact_events WHERE id = ?').pluck();
  const items = keys.flatMap(({ campaignId, recipientId }) => {
    const summary = summaryOf(campaignId, recipientId);
    if (!summary.nextFollowUp) return [];
    const pair = toPair(pairQuery.get(campaignId, recipientId) as PairTuple);
    const { eventId, dueOn } = summary.nextFollowUp;
    return [{ ...toRow(pair, statusOn(summary, { today, noReplyDays: pair.noReplyDays })), dueOn, followUpId: eventId, followUpNote: (noteQuery.get(eventId) as string | undefined) ?? '' }];
  });
  const buckets = bucketDue(items, today);
  return { today, overdue: buckets.overdue, dueToday: buckets.today, thisWeek: buckets.thisWeek, counts: buckets.counts };
}

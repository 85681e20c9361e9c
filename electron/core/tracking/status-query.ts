import type { DueItem, DueList, StatusReport, StatusRow } from '../../../shared/tracking/schemas';
import { aggregateByCountry, countStatuses, type CountryAggregate } from '../../../shared/tracking/aggregate';
import {
  composeChasers,
  noReplyCutoff,
  statusByCutoff,
  statusWithCutoff,
  type DerivedStatus,
  type PairRef,
  type PairSummary,
  type SummaryOf,
} from '../../../shared/tracking/derive-status';
import { pairKey } from '../../../shared/tracking/events';
import type { TrackingStatus } from '../../../shared/tracking/kinds';
import { bucketDue } from '../../../shared/tracking/due';
import { noReplyDue } from '../../../shared/tracking/letter-status';
import type { Db } from '../db/database';
import { loadChaserLinks, type EventFilter } from './events-repo';
import { eventNotes, pairSummaries } from './summary-cache';

/*
 * Statuses computed on demand from the log (never stored): one row per
 * recipient of a campaign (a draft), with per-country aggregates for the map
 * and the Due list of open follow-ups. Pair summaries are memoised in
 * summary-cache.ts; names, offices, no-reply days and "today" are applied on
 * every query.
 *
 * Speed (issue 6: 200 countries × 50 campaigns, p95 under 20 ms): the pairs
 * are not read as one three-table join sorted by SQLite (10,000 rows, two
 * UUID lookups each, then a temp B-tree); the drafts come from their covering
 * (campaign_id, recipient_id) index as one row per campaign, the few
 * campaigns and recipients they name are read once each, already sorted, and
 * the rows are put in the same order in memory: recipients by country, name
 * key and id, then their campaigns by creation. The no-reply cut-off is one
 * date per campaign. tests/unit/tracking/status-fast-path.test.ts checks all
 * of it against the plain join and the pure derivation.
 *
 * Chasers: the memoised summaries are each pair's own; the links from
 * chasers to the letters they chase are read on every query (an index range,
 * empty without chasers) and composed in memory (composeChasers), so a chaser
 * sent, a link made or a draft removed shows at once without any of it
 * being memoised.
 */

interface Campaign {
  id: string;
  name: string;
  noReplyDays: number;
}

interface Recipient {
  id: string;
  name: string;
  office: string;
  countryCode: string;
}

interface Pair extends PairRef {
  campaign: Campaign;
  recipient: Recipient;
}

type PairFilter = { campaignId?: string; countryCode?: string };

/*
 * Recipients that have a draft (in the campaign, or in the country), in
 * report order. CROSS JOIN keeps SQLite from scanning every recipient (a
 * workspace may hold 100,000 and write to 200) whatever its statistics say:
 * the drafts come first, each recipient is then found by id.
 */
const RECIPIENTS = {
  all: 'SELECT r.id, r.name, r.office, r.country_code FROM (SELECT DISTINCT recipient_id FROM drafts) d CROSS JOIN recipients r ON r.id = d.recipient_id ORDER BY r.country_code, r.name_key, r.id',
  campaign:
    'SELECT r.id, r.name, r.office, r.country_code FROM (SELECT recipient_id FROM drafts WHERE campaign_id = ?) d CROSS JOIN recipients r ON r.id = d.recipient_id ORDER BY r.country_code, r.name_key, r.id',
  country:
    'SELECT id, name, office, country_code FROM recipients WHERE country_code = ? AND id IN (SELECT recipient_id FROM drafts) ORDER BY country_code, name_key, id',
};

/** The recipients of each campaign's drafts, one row per campaign (UUIDs, so a comma never occurs in one). */
const DRAFTS = {
  all: "SELECT campaign_id, group_concat(recipient_id, ',') FROM drafts GROUP BY campaign_id",
  campaign: "SELECT campaign_id, group_concat(recipient_id, ',') FROM drafts WHERE campaign_id = ? GROUP BY campaign_id",
  country:
    "SELECT d.campaign_id, group_concat(d.recipient_id, ',') FROM recipients r CROSS JOIN drafts d ON d.recipient_id = r.id WHERE r.country_code = ? GROUP BY d.campaign_id",
};

/** Every (campaign, recipient) pair with a draft that the filter selects, in report order. */
function loadPairs(db: Db, filter: PairFilter): Pair[] {
  const scope = filter.campaignId !== undefined ? 'campaign' : filter.countryCode !== undefined ? 'country' : 'all';
  const params = scope === 'campaign' ? [filter.campaignId] : scope === 'country' ? [filter.countryCode] : [];
  const recipientRows = db
    .prepare(RECIPIENTS[scope])
    .raw()
    .all(...params) as [string, string, string, string][];
  const recipients = new Map<string, { recipient: Recipient; campaigns: Campaign[] }>();
  for (const [id, name, office, countryCode] of recipientRows) recipients.set(id, { recipient: { id, name, office, countryCode }, campaigns: [] });

  const drafted = new Map(
    db
      .prepare(DRAFTS[scope])
      .raw()
      .all(...params) as [string, string][],
  );
  // Campaigns in creation order, so each recipient's list comes out sorted.
  for (const [id, name, noReplyDays] of db.prepare('SELECT id, name, no_reply_days FROM campaigns ORDER BY created_at, id').raw().all() as [
    string,
    string,
    number,
  ][]) {
    const ids = drafted.get(id);
    if (ids === undefined) continue;
    const campaign: Campaign = { id, name, noReplyDays };
    for (const recipientId of ids.split(',')) recipients.get(recipientId)?.campaigns.push(campaign);
  }

  const pairs: Pair[] = [];
  for (const { recipient, campaigns } of recipients.values()) {
    for (const campaign of campaigns)
      pairs.push({ campaignId: campaign.id, recipientId: recipient.id, noReplyDays: campaign.noReplyDays, campaign, recipient });
  }
  return pairs;
}

/** A row and its derivation; also the input of aggregateByCountry as it is. */
interface Derived {
  countryCode: string;
  /** Null when only counts and countries were asked for. */
  row: StatusRow | null;
  derived: DerivedStatus;
}

/** A row from a pair, its summary (or its derivation) and its status on the day. */
function toRow(pair: Pair, derived: Omit<DerivedStatus, 'status'>, status: TrackingStatus): StatusRow {
  return {
    campaignId: pair.campaignId,
    campaignName: pair.campaign.name,
    recipientId: pair.recipientId,
    recipientName: pair.recipient.name,
    office: pair.recipient.office,
    countryCode: pair.recipient.countryCode,
    status,
    outcome: derived.outcome,
    lastEvent: derived.lastEvent,
    contactedOn: derived.contactedOn,
    repliedOn: derived.repliedOn,
    nextFollowUp: derived.nextFollowUp?.dueOn ?? null,
    chased: derived.chased,
    noReplyDays: pair.noReplyDays,
  };
}

/** The no-reply cut-off of each campaign on `today`, computed once per campaign. */
function cutoffsOn(today: string): (campaign: Campaign) => string {
  const known = new Map<Campaign, string>();
  return (campaign) => {
    let cutoff = known.get(campaign);
    if (cutoff === undefined) {
      cutoff = noReplyCutoff({ today, noReplyDays: campaign.noReplyDays });
      known.set(campaign, cutoff);
    }
    return cutoff;
  };
}

function deriveAll(pairs: readonly Pair[], summaryOf: SummaryOf, today: string, withRows: boolean): Derived[] {
  const cutoffOf = cutoffsOn(today);
  return pairs.map((pair) => {
    const derived = statusWithCutoff(summaryOf(pair.campaignId, pair.recipientId), cutoffOf(pair.campaign));
    return { countryCode: pair.recipient.countryCode, row: withRows ? toRow(pair, derived, derived.status) : null, derived };
  });
}

/**
 * Summaries of the pairs with their chasers taken into account. A chaser
 * writes to the same recipient, so all pairs and a country's pairs include
 * the chasers already; a campaign's letters have theirs in other campaigns,
 * whose summaries are read (and memoised like any other) campaign by campaign.
 */
function summariesWithChasers(db: Db, filter: EventFilter, pairs: readonly Pair[]): SummaryOf {
  const own = pairSummaries(db, filter, pairs);
  const links = loadChaserLinks(db);
  if (links.length === 0) return own;
  if (filter.campaignId !== undefined) {
    const chasersOf = new Map<string, { campaignId: string; recipientId: string }[]>();
    for (const l of links) {
      const key = pairKey(l.campaignId, l.recipientId);
      const list = chasersOf.get(key) ?? [];
      list.push({ campaignId: l.chaserCampaignId, recipientId: l.chaserRecipientId });
      chasersOf.set(key, list);
    }
    const seen = new Set(pairs.map((p) => pairKey(p.campaignId, p.recipientId)));
    const outside = new Map<string, { campaignId: string; recipientId: string }[]>();
    const stack: { campaignId: string; recipientId: string }[] = [...pairs];
    for (let p = stack.pop(); p !== undefined; p = stack.pop()) {
      for (const c of chasersOf.get(pairKey(p.campaignId, p.recipientId)) ?? []) {
        const key = pairKey(c.campaignId, c.recipientId);
        if (seen.has(key)) continue;
        seen.add(key);
        stack.push(c);
        const list = outside.get(c.campaignId) ?? [];
        list.push(c);
        outside.set(c.campaignId, list);
      }
    }
    // The same memo behind every lookup: `own` sees what these calls add.
    for (const [campaignId, list] of outside) pairSummaries(db, { campaignId }, list);
  }
  return composeChasers(own, links);
}

function statusRows(db: Db, filter: EventFilter, today: string, withRows = true): Derived[] {
  const pairs = loadPairs(db, filter);
  return deriveAll(pairs, summariesWithChasers(db, filter, pairs), today, withRows);
}

function report(list: Derived[], today: string): StatusReport {
  return {
    today,
    rows: list.length > 0 && list[0].row ? list.map((d) => d.row!) : [],
    counts: countStatuses(list.map((d) => d.derived.status)),
    countries: aggregateByCountry(list),
  };
}

/**
 * One row per recipient of the campaign, or per recipient and campaign
 * across all of them. `rows: false` gives only the counts and the countries
 * (the dashboard), with `rows` empty.
 */
export function statusReport(db: Db, campaignId: string | undefined, today: string, options: { rows?: boolean } = {}): StatusReport {
  return report(statusRows(db, campaignId === undefined ? {} : { campaignId }, today, options.rows ?? true), today);
}

/** A country across campaigns: its aggregate and a row per recipient and campaign. */
export function countryStatus(db: Db, countryCode: string, today: string): { aggregate: CountryAggregate; rows: StatusRow[] } {
  const found = report(statusRows(db, { countryCode }, today), today);
  const aggregate = found.countries[0] ?? { countryCode, status: 'not_contacted', counts: found.counts, lastEvent: null, nextFollowUp: null };
  return { aggregate, rows: found.rows };
}

/**
 * What needs doing, by when (see bucketDue): each open follow-up (the
 * earliest per recipient and campaign), and each letter whose no-reply days
 * run out with nothing planned for it (noReplyDue), from the first day it
 * counts as "no reply". Overdue, today and the next seven days, in report
 * order within a day. Only pairs with an open follow-up of their own become
 * follow-up rows (a letter's chaser's follow-up is listed once, as the
 * chaser's), a pair is listed at most once, and notes are read only for the
 * listed follow-ups.
 */
export function dueList(db: Db, today: string): DueList {
  const pairs = loadPairs(db, {});
  const summaryOf = summariesWithChasers(db, {}, pairs);
  const open: { pair: Pair; summary: PairSummary; dueOn: string; followUpId: string | null }[] = [];
  for (const pair of pairs) {
    const summary = summaryOf(pair.campaignId, pair.recipientId);
    if (summary.dueFollowUp) open.push({ pair, summary, dueOn: summary.dueFollowUp.dueOn, followUpId: summary.dueFollowUp.eventId });
    else {
      const silentFrom = noReplyDue(summary, pair.noReplyDays);
      if (silentFrom !== null) open.push({ pair, summary, dueOn: silentFrom, followUpId: null });
    }
  }
  const buckets = bucketDue(open, today);
  const listed = [...buckets.overdue, ...buckets.today, ...buckets.thisWeek];
  const notes = eventNotes(
    db,
    listed.flatMap((o) => (o.followUpId === null ? [] : [o.followUpId])),
  );
  const cutoffOf = cutoffsOn(today);
  const item = ({ pair, summary, dueOn, followUpId }: (typeof open)[number]): DueItem =>
    // Fields added to the row, not a spread copy of it: the Due list can have thousands.
    Object.assign(toRow(pair, summary, statusByCutoff(summary, cutoffOf(pair.campaign))), {
      reason: followUpId === null ? ('no_reply' as const) : ('follow_up' as const),
      dueOn,
      followUpId,
      followUpNote: followUpId === null ? '' : (notes.get(followUpId) ?? ''),
    });
  return { today, overdue: buckets.overdue.map(item), dueToday: buckets.today.map(item), thisWeek: buckets.thisWeek.map(item), counts: buckets.counts };
}

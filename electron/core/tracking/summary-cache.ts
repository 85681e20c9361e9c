import { EMPTY_SUMMARY, summarisePairs, type PairSummary } from '../../../shared/tracking/derive-status';
import { pairKey, type TrackedEvent } from '../../../shared/tracking/events';
import type { Db } from '../db/database';
import { loadTrackedEvents, type EventFilter } from './events-repo';

/*
 * Memoised pair summaries (see PairSummary), kept in memory per database
 * connection and never written anywhere: status is still computed from the
 * log, only not recomputed for pairs whose rows did not change.
 *
 * This is sound because contact_events is append-only (triggers refuse
 * UPDATE and DELETE) and seq only grows: each call reads the rows added since
 * the last one (a rowid range, cheap) and forgets the summaries of their
 * pairs and of the pairs whose events they supersede. The last row seen is
 * remembered by seq and id, so a log that is not the one memoised (rows
 * rolled back and others written in their place, a file swapped under the
 * connection) starts over instead of being trusted. A restored workspace is
 * a new connection, with nothing memoised. Time-dependent parts (no reply
 * after N days) and names, offices and campaign settings are not memoised;
 * they are applied on every query.
 *
 * Summaries are kept by campaign, then recipient: the ids come from the
 * campaigns and recipients queries, one string object per id, so a lookup
 * hashes nothing new.
 */

interface Cache {
  lastSeq: number;
  lastId: string | null;
  /** campaign id ('' for events without a campaign) -> recipient id -> summary */
  summaries: Map<string, Map<string, PairSummary>>;
}

const caches = new WeakMap<Db, Cache>();

/** Above this many new rows, starting over is cheaper than forgetting pair by pair. */
const RESET_AFTER = 20_000;

/**
 * Up to this many missing pairs are read pair by pair (an index search on
 * (campaign_id, recipient_id) each); more are read with the query's filter.
 */
const PAIR_BY_PAIR = 32;

/** The rows of the given pairs (corrections stay within their pair, see events-repo.ts). */
function loadPairEvents(db: Db, pairs: readonly { campaignId: string; recipientId: string }[]): TrackedEvent[] {
  return pairs.flatMap((p) => loadTrackedEvents(db, { campaignId: p.campaignId, recipientId: p.recipientId }));
}

function lastRow(db: Db): { seq: number; id: string | null } {
  const row = db.prepare('SELECT seq, id FROM contact_events ORDER BY seq DESC LIMIT 1').raw().get() as [number, string] | undefined;
  return row ? { seq: row[0], id: row[1] } : { seq: 0, id: null };
}

function forget(cache: Cache, campaignId: string | null, recipientId: string): void {
  cache.summaries.get(campaignId ?? '')?.delete(recipientId);
}

function refresh(db: Db, cache: Cache): void {
  const top = lastRow(db);
  if (top.seq === cache.lastSeq && top.id === cache.lastId) return;
  const seenId = cache.lastSeq === 0 ? null : (db.prepare('SELECT id FROM contact_events WHERE seq = ?').pluck().get(cache.lastSeq) as string | undefined);
  if (top.seq < cache.lastSeq || top.seq - cache.lastSeq > RESET_AFTER || (seenId ?? null) !== cache.lastId) {
    cache.summaries.clear();
  } else {
    const rows = db
      .prepare(
        `SELECT e.campaign_id, e.recipient_id, t.campaign_id, t.recipient_id
         FROM contact_events e LEFT JOIN contact_events t ON t.id = e.supersedes_id
         WHERE e.seq > ? AND e.seq <= ?`,
      )
      .raw()
      .all(cache.lastSeq, top.seq) as [string | null, string, string | null, string | null][];
    for (const [campaignId, recipientId, targetCampaign, targetRecipient] of rows) {
      forget(cache, campaignId, recipientId);
      if (targetRecipient !== null) forget(cache, targetCampaign, targetRecipient);
    }
  }
  cache.lastSeq = top.seq;
  cache.lastId = top.id;
}

/**
 * A summary lookup for the given pairs, all of which the filter covers:
 * missing ones are computed from the events the filter selects.
 */
export function pairSummaries(
  db: Db,
  filter: EventFilter,
  pairs: readonly { campaignId: string; recipientId: string }[],
): (campaignId: string, recipientId: string) => PairSummary {
  let cache = caches.get(db);
  if (!cache) {
    const top = lastRow(db);
    cache = { lastSeq: top.seq, lastId: top.id, summaries: new Map() };
    caches.set(db, cache);
  }
  refresh(db, cache);
  const { summaries } = cache;
  const missing = pairs.filter((p) => summaries.get(p.campaignId)?.get(p.recipientId) === undefined);
  if (missing.length > 0) {
    // After a write only its pair is missing: read that pair's rows, not every row the filter selects.
    const fresh = summarisePairs(missing.length <= PAIR_BY_PAIR ? loadPairEvents(db, missing) : loadTrackedEvents(db, filter));
    for (const p of missing) {
      let byRecipient = summaries.get(p.campaignId);
      if (!byRecipient) summaries.set(p.campaignId, (byRecipient = new Map()));
      byRecipient.set(p.recipientId, fresh.get(pairKey(p.campaignId, p.recipientId)) ?? EMPTY_SUMMARY);
    }
  }
  return (campaignId, recipientId) => summaries.get(campaignId)?.get(recipientId) ?? EMPTY_SUMMARY;
}

/** Notes of events already read, per connection: a row never changes, so neither does its note. */
const notes = new WeakMap<Db, Map<string, string>>();

/** The notes of the given events (the Due list shows each open follow-up's); unknown ids are left out. */
export function eventNotes(db: Db, ids: readonly string[]): ReadonlyMap<string, string> {
  let known = notes.get(db);
  if (!known) notes.set(db, (known = new Map()));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) {
    // One statement for all of them: the ids go in as a JSON array.
    const rows = db.prepare('SELECT id, note FROM contact_events WHERE id IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify(missing)) as [
      string,
      string,
    ][];
    for (const [id, note] of rows) known.set(id, note);
  }
  return known;
}

/** Forgets everything memoised for a connection (tests, a restored workspace). */
export function forgetPairSummaries(db: Db): void {
  caches.delete(db);
  notes.delete(db);
}

import { EMPTY_SUMMARY, summarisePairs, type PairSummary } from '../../../shared/tracking/derive-status';
import { pairKey } from '../../../shared/tracking/events';
import type { Db } from '../store/database';
import { loadTrackedEvents, type EventFilter } from './events-repo';

/*
 * Memoised pair summaries (see PairSummary), kept in memory per database
 * connection and never written anywhere: status is still computed from the
 * log, only not recomputed for pairs whose rows did not change.
 *
 * This is sound because contact_events is append-only (triggers refuse
 * UPDATE and DELETE) and seq only grows: each call reads the rows added since
 * the last one (a rowid range, cheap) and forgets the summaries of their
 * pairs and of the pairs whose events they supersede. Time-dependent parts
 * (no reply after N days) and names, offices and campaign settings are not
 * memoised; they are applied on every query.
 */

interface Cache {
  lastSeq: number;
  summaries: Map<string, PairSummary>;
}

const caches = new WeakMap<Db, Cache>();

/** Above this many new rows, starting over is cheaper than forgetting pair by pair. */
const RESET_AFTER = 20_000;

function maxSeq(db: Db): number {
  return (db.prepare('SELECT coalesce(max(seq), 0) FROM contact_events').pluck().get() as number) ?? 0;
}

function refresh(db: Db, cache: Cache): void {
  const top = maxSeq(db);
  if (top === cache.lastSeq) return;
  if (top < cache.lastSeq || top - cache.lastSeq > RESET_AFTER) {
    cache.summaries.clear();
    cache.lastSeq = top;
    return;
  }
  const rows = db
    .prepare(
      `SELECT e.campaign_id, e.recipient_id, t.campaign_id, t.recipient_id
       FROM contact_events e LEFT JOIN contact_events t ON t.id = e.supersedes_id
       WHERE e.seq > ? AND e.seq <= ?`,
    )
    .raw()
    .all(cache.lastSeq, top) as [string | null, string, string | null, string | null][];
  for (const [campaignId, recipientId, targetCampaign, targetRecipient] of rows) {
    cache.summaries.delete(pairKey(campaignId, recipientId));
    if (targetRecipient !== null) cache.summaries.delete(pairKey(targetCampaign, targetRecipient));
  }
  cache.lastSeq = top;
}

/**
 * A summary lookup for the given pairs, all of which the filter covers:
 * missing ones are computed from the events the filter selects.
 */
export function pairSummaries(db: Db, filter: EventFilter, pairs: readonly { campaignId: string; recipientId: string }[]): (campaignId: string, recipientId: string) => PairSummary {
  let cache = caches.get(db);
  if (!cache) {
    cache = { lastSeq: maxSeq(db), summaries: new Map() };
    caches.set(db, cache);
  }
  refresh(db, cache);
  const { summaries } = cache;
  const missing = pairs.filter((p) => !summaries.has(pairKey(p.campaignId, p.recipientId)));
  if (missing.length > 0) {
    const fresh = summarisePairs(loadTrackedEvents(db, filter));
    for (const p of missing) {
      const key = pairKey(p.campaignId, p.recipientId);
      summaries.set(key, fresh.get(key) ?? EMPTY_SUMMARY);
    }
  }
  return (campaignId, recipientId) => summaries.get(pairKey(campaignId, recipientId)) ?? EMPTY_SUMMARY;
}

/** Forgets everything memoised for a connection (tests, a restored workspace). */
export function forgetPairSummaries(db: Db): void {
  caches.delete(db);
}

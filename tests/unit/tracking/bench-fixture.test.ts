import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deriveStatuses } from '../../../shared/tracking/derive-status';
import { seedTrackingBench, timeTrackingQueries } from '../../bench/tracking-fixture';
import { loadTrackedEvents } from '../../../electron/core/tracking/events-repo';
import { undoEvent } from '../../../electron/core/tracking/record-event';
import { statusReport } from '../../../electron/core/tracking/status-query';
import { openTempWorkspace, type TempWorkspace } from '../../helpers/temp-workspace';
import { applyMigration5 } from './tracking-test-helpers';

/*
 * The benchmark fixture at a small size, and the memoised status checked
 * against a derivation from scratch, before and after new rows.
 */

let t: TempWorkspace;
beforeEach(async () => {
  t = await openTempWorkspace();
  applyMigration5(t.workspace.db());
});
afterEach(() => t.cleanup());

const TODAY = '2026-06-30';

function fromScratch(campaignId?: string) {
  const db = t.workspace.db();
  const rows = statusReport(db, campaignId, TODAY).rows;
  const pairs = rows.map((r) => ({ campaignId: r.campaignId, recipientId: r.recipientId, noReplyDays: r.noReplyDays }));
  const expected = deriveStatuses(pairs, loadTrackedEvents(db, campaignId === undefined ? {} : { campaignId }), TODAY).map((d) => d.derived.status);
  return { actual: rows.map((r) => r.status), expected };
}

describe('tracking benchmark fixture', () => {
  it('seeds countries × campaigns × events, and the memoised status matches a derivation from scratch', () => {
    const db = t.workspace.db();
    const seeded = seedTrackingBench(db, { countries: 12, campaigns: 3, eventsPerPair: 20 });
    expect(seeded.events).toBe(12 * 3 * 20);
    expect(db.prepare('SELECT count(*) FROM drafts').pluck().get()).toBe(36);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);

    const first = fromScratch(seeded.campaignIds[0]);
    expect(first.actual).toEqual(first.expected);
    expect(new Set(fromScratch().actual).size).toBeGreaterThan(1);

    // Undo the latest effective event of every pair of the first campaign: the memo must notice.
    const events = db
      .prepare(
        "SELECT id, campaign_id AS campaignId, recipient_id AS recipientId FROM contact_events WHERE campaign_id = ? AND retracts = 0 AND kind != 'drafted' AND id NOT IN (SELECT supersedes_id FROM contact_events WHERE supersedes_id IS NOT NULL) ORDER BY occurred_on DESC, created_at DESC",
      )
      .all(seeded.campaignIds[0]) as { id: string; recipientId: string }[];
    const seen = new Set<string>();
    for (const e of events) {
      if (seen.has(e.recipientId)) continue;
      seen.add(e.recipientId);
      undoEvent(db, e.id, 'bench check', TODAY);
    }
    const after = fromScratch();
    expect(after.actual).toEqual(after.expected);

    const timings = timeTrackingQueries(db, seeded, 5, TODAY);
    expect(timings.statusOneCampaign.p95Ms).toBeGreaterThanOrEqual(0);
  });
});

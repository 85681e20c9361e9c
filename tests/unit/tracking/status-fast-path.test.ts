import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CampaignSummary } from '../../../shared/campaigns/schemas';
import type { DueItem, StatusReport, StatusRow } from '../../../shared/tracking/schemas';
import type { Recipient } from '../../../shared/recipients/schemas';
import type { TemplateSummary } from '../../../shared/templates/schemas';
import {
  addDays,
  aggregateByCountry,
  bucketDue,
  COUNTRY_PRECEDENCE,
  countStatuses,
  daysBetween,
  deriveStatuses,
  EMPTY_SUMMARY,
  EVENT_KINDS,
  noReplyCutoff,
  RECORDABLE_KINDS,
  statusOn,
  statusWithCutoff,
  TRACKING_STATUSES,
  type RecordableKind,
} from '../../../shared/tracking';
import { restoreBackup, takeBackup } from '../../../electron/core/backups';
import { openDatabase, type Db } from '../../../electron/core/db/database';
import { listEvents, loadChaserLinks, loadTrackedEvents } from '../../../electron/core/tracking/events-repo';
import { correctEvent, recordEvent, undoEvent } from '../../../electron/core/tracking/record-event';
import { countryStatus, dueList, statusReport } from '../../../electron/core/tracking/status-query';
import { forgetPairSummaries } from '../../../electron/core/tracking/summary-cache';
import { draftChaser, originalLetter } from '../../../electron/core/campaigns/chasers';
import { openTempWorkspace, type TempWorkspace } from '../../helpers/temp-workspace';
import { applyMigration5, ok } from './tracking-test-helpers';

/*
 * The fast path (pairs read without the sorted join, memoised pair
 * summaries, one no-reply cut-off per campaign, memoised notes) must give
 * exactly what the pure derivation in shared/tracking gives from the whole
 * log, read afresh: after random records, corrections and undos spread over
 * several campaigns and several recipients per country, after writes by
 * another connection, after a rolled-back write, and after a restore.
 */

const D0 = '2026-01-05';

let t: TempWorkspace;
let template: TemplateSummary;
let recipients: Recipient[];
let made = 0;

beforeEach(async () => {
  t = await openTempWorkspace();
  applyMigration5(t.workspace.db());
  template = (await ok<TemplateSummary[]>(t, 'templates.list', {})).find((x) => x.kind === 'letter')!;
  const people: [string, string][] = [
    ['ES', 'Pedro Ficticio'],
    ['ES', 'Ana Ficticia'],
    ['FR', 'Jean Ficticio'],
    ['FR', 'Amélie Ficticia'],
    ['JP', 'Kenji Ficticio'],
  ];
  recipients = [];
  for (const [countryCode, name] of people)
    recipients.push(await ok<Recipient>(t, 'recipients.create', { countryCode, office: 'Minister', name, verifiedOn: D0 }));
});
afterEach(() => t.cleanup());

const db = (): Db => t.workspace.db();

/** A campaign through the API (drafts and their "drafted" events included) for some of the recipients. */
async function makeCampaign(recipientIds: string[], noReplyDays: number): Promise<CampaignSummary> {
  made++;
  return ok<CampaignSummary>(t, 'campaigns.create', {
    name: `Campaign ${made}`,
    templateId: template.id,
    recipients: { by: 'ids', ids: recipientIds },
    letterDate: D0,
    referencePrefix: `P${made}`,
    noReplyDays,
  });
}

const PAIRS_SQL = `SELECT d.campaign_id, c.name, c.no_reply_days, d.recipient_id, r.name, r.office, r.country_code
  FROM drafts d JOIN campaigns c ON c.id = d.campaign_id JOIN recipients r ON r.id = d.recipient_id`;

/** The reference: pairs from the plain sorted join, statuses from every row of the log by the pure derivation. */
function reference(today: string, filter: { campaignId?: string; countryCode?: string } = {}) {
  const where = filter.campaignId !== undefined ? 'WHERE d.campaign_id = ?' : filter.countryCode !== undefined ? 'WHERE r.country_code = ?' : '';
  const params = [filter.campaignId ?? filter.countryCode].filter((p) => p !== undefined);
  const pairs = (
    db()
      .prepare(`${PAIRS_SQL} ${where} ORDER BY r.country_code, r.name_key, r.id, c.created_at, c.id`)
      .raw()
      .all(...params) as [string, string, number, string, string, string, string][]
  ).map(([campaignId, campaignName, noReplyDays, recipientId, recipientName, office, countryCode]) => ({
    campaignId,
    campaignName,
    noReplyDays,
    recipientId,
    recipientName,
    office,
    countryCode,
  }));
  const derived = deriveStatuses(pairs, loadTrackedEvents(db(), {}), today, loadChaserLinks(db()));
  const rows: StatusRow[] = derived.map(({ pair, derived: d }) => ({
    ...pair,
    status: d.status,
    outcome: d.outcome,
    lastEvent: d.lastEvent,
    contactedOn: d.contactedOn,
    repliedOn: d.repliedOn,
    nextFollowUp: d.nextFollowUp?.dueOn ?? null,
    chased: d.chased,
  }));
  const report: StatusReport = {
    today,
    rows,
    counts: countStatuses(rows.map((r) => r.status)),
    countries: aggregateByCountry(derived.map(({ pair, derived: d }) => ({ countryCode: pair.countryCode, derived: d }))),
  };
  const note = db().prepare('SELECT note FROM contact_events WHERE id = ?').pluck();
  const items: DueItem[] = derived.flatMap(({ pair, derived: d }, i): DueItem[] => {
    if (d.dueFollowUp)
      return [
        {
          ...rows[i],
          reason: 'follow_up' as const,
          dueOn: d.dueFollowUp.dueOn,
          followUpId: d.dueFollowUp.eventId,
          followUpNote: note.get(d.dueFollowUp.eventId) as string,
        },
      ];
    // Out, unanswered and nothing planned: listed from the first day past its no-reply days.
    const silent = (d.status === 'contacted' || d.status === 'no_reply') && d.nextFollowUp === null && d.chased === null;
    return silent
      ? [{ ...rows[i], reason: 'no_reply' as const, dueOn: addDays(d.contactedOn!, pair.noReplyDays + 1), followUpId: null, followUpNote: '' }]
      : [];
  });
  const buckets = bucketDue(items, today);
  return { report, due: { today, overdue: buckets.overdue, dueToday: buckets.today, thisWeek: buckets.thisWeek, counts: buckets.counts } };
}

/** Every query of the fast path against the reference. */
function expectSameAsReference(today: string, campaignIds: readonly string[]): void {
  const all = reference(today);
  expect(statusReport(db(), undefined, today)).toEqual(all.report);
  expect(statusReport(db(), undefined, today, { rows: false })).toEqual({ ...all.report, rows: [] });
  expect(dueList(db(), today)).toEqual(all.due);
  for (const campaignId of campaignIds) {
    const expected = reference(today, { campaignId }).report;
    expect(statusReport(db(), campaignId, today)).toEqual(expected);
    // Also as the first query of a connection: a campaign's chasers are in other campaigns, read for it.
    forgetPairSummaries(db());
    expect(statusReport(db(), campaignId, today)).toEqual(expected);
  }
  for (const countryCode of ['ES', 'FR', 'JP', 'DE']) {
    const { report } = reference(today, { countryCode });
    const found = countryStatus(db(), countryCode, today);
    expect(found.rows).toEqual(report.rows);
    expect(found.aggregate).toEqual(
      report.countries[0] ?? { countryCode, status: 'not_contacted', counts: report.counts, lastEvent: null, nextFollowUp: null },
    );
  }
}

type Op =
  | { op: 'record'; pair: number; kind: RecordableKind; day: number; dueIn: number; note: string }
  | { op: 'correct'; pick: number; kind: RecordableKind | null; day: number; dueIn: number }
  | { op: 'undo'; pick: number }
  | { op: 'query'; day: number }
  | { op: 'chase'; pair: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant('record' as const),
      pair: fc.nat(),
      kind: fc.constantFrom(...RECORDABLE_KINDS),
      day: fc.integer({ min: 0, max: 150 }),
      dueIn: fc.integer({ min: 0, max: 40 }),
      note: fc.string({ maxLength: 8 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('correct' as const),
      pick: fc.nat(),
      kind: fc.option(fc.constantFrom(...RECORDABLE_KINDS), { nil: null }),
      day: fc.integer({ min: 0, max: 150 }),
      dueIn: fc.integer({ min: 0, max: 40 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('undo' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('query' as const), day: fc.integer({ min: 0, max: 200 }) }) },
);

/** Valid fields for a kind (the rules of event-rules.ts), dated `day` days after D0. */
function fieldsFor(kind: RecordableKind, day: number, dueIn: number, note = '') {
  const occurredOn = addDays(D0, day);
  return {
    kind,
    occurredOn,
    channel: kind === 'sent' ? ('post' as const) : null,
    reference: '',
    note,
    dueOn: kind === 'follow_up' ? addDays(occurredOn, dueIn) : null,
    outcome: kind === 'closed' ? ('negative' as const) : null,
    attachment: null,
    confirmDate: true,
  };
}

/** Events a person may still correct or undo (effective, recorded by a person or an export). */
function changeable(campaignIds: readonly string[], undo: boolean) {
  return campaignIds
    .flatMap((campaignId) => listEvents(db(), { campaignId }))
    .filter((e) => e.effective && e.kind !== 'drafted' && (undo || e.kind !== 'exported'));
}

/** With chaser ops: the chaser's pair and campaign join the lists, so later ops record on chasers and chase chasers. */
const chaseOpArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 8, arbitrary: opArb },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('chase' as const), pair: fc.nat() }) },
  // More follow-ups and sendings than opArb makes, so that chasers often settle follow-ups of the letters they chase.
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('record' as const),
      pair: fc.nat(),
      kind: fc.constantFrom('follow_up' as const, 'sent' as const),
      day: fc.integer({ min: 0, max: 150 }),
      dueIn: fc.integer({ min: 0, max: 40 }),
      note: fc.constant(''),
    }),
  },
);

function apply(ops: Op[], pairs: { campaignId: string; recipientId: string }[], campaignIds: string[]): void {
  const today = addDays(D0, 200);
  for (const o of ops) {
    if (o.op === 'chase') {
      const { campaignId, recipientId } = pairs[o.pair % pairs.length];
      // A letter neither exported nor sent has nothing to chase: refused, and nothing written.
      if (originalLetter(db(), campaignId, recipientId).date === null) continue;
      const chaser = draftChaser(db(), { campaignId, recipientId }, today);
      if (!pairs.some((p) => p.campaignId === chaser.campaignId && p.recipientId === recipientId)) pairs.push({ campaignId: chaser.campaignId, recipientId });
      if (!campaignIds.includes(chaser.campaignId)) campaignIds.push(chaser.campaignId);
    } else if (o.op === 'record') {
      const { campaignId, recipientId } = pairs[o.pair % pairs.length];
      recordEvent(db(), { campaignId, recipientId, ...fieldsFor(o.kind, o.day, o.dueIn, o.note) }, today);
    } else if (o.op === 'correct') {
      const events = changeable(campaignIds, false);
      if (events.length === 0) continue;
      const target = events[o.pick % events.length];
      const kind = o.kind ?? (target.kind as RecordableKind);
      correctEvent(db(), target.id, fieldsFor(kind, o.day, o.dueIn, 'corrected'), today);
    } else if (o.op === 'undo') {
      const events = changeable(campaignIds, true);
      if (events.length === 0) continue;
      undoEvent(db(), events[o.pick % events.length].id, 'undone', today);
    } else {
      expectSameAsReference(addDays(D0, o.day), campaignIds);
    }
  }
}

describe('status fast path equals the pure derivation', () => {
  it('after random records, corrections and undos over several campaigns and recipients per country', async () => {
    const plans = fc.sample(
      fc.record({
        // Which recipients each of three campaigns writes to (at least one each), and their no-reply days.
        members: fc.array(fc.subarray([0, 1, 2, 3, 4], { minLength: 1 }), { minLength: 3, maxLength: 3 }),
        noReplyDays: fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 3, maxLength: 3 }),
        ops: fc.array(opArb, { minLength: 1, maxLength: 40 }),
        today: fc.integer({ min: 0, max: 220 }),
      }),
      { numRuns: 25, seed: 20260630 },
    );
    // One workspace for every plan: what is memoised from earlier plans must not leak into later ones.
    for (const plan of plans) {
      const campaigns: CampaignSummary[] = [];
      for (let c = 0; c < 3; c++)
        campaigns.push(
          await makeCampaign(
            plan.members[c].map((i) => recipients[i].id),
            plan.noReplyDays[c],
          ),
        );
      const campaignIds = campaigns.map((c) => c.id);
      const pairs = campaigns.flatMap((c, i) => plan.members[i].map((r) => ({ campaignId: c.id, recipientId: recipients[r].id })));
      apply(plan.ops, pairs, campaignIds);
      expectSameAsReference(addDays(D0, plan.today), campaignIds);
    }
    // Several campaigns per country, several recipients per country, every status reached at least once overall.
    const statuses = new Set(statusReport(db(), undefined, addDays(D0, 200)).rows.map((r) => r.status));
    expect(statuses.size).toBeGreaterThanOrEqual(4);
  });

  it('with chasers (and chasers of chasers) drafted, sent, answered, corrected and undone', async () => {
    const plans = fc.sample(
      fc.record({
        members: fc.array(fc.subarray([0, 1, 2, 3, 4], { minLength: 1 }), { minLength: 2, maxLength: 2 }),
        noReplyDays: fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 2, maxLength: 2 }),
        ops: fc.array(chaseOpArb, { minLength: 1, maxLength: 50 }),
        today: fc.integer({ min: 0, max: 220 }),
      }),
      { numRuns: 25, seed: 20261122 },
    );
    let chased = 0;
    let settled = 0;
    let answered = 0;
    for (const plan of plans) {
      const campaigns: CampaignSummary[] = [];
      for (let c = 0; c < 2; c++)
        campaigns.push(
          await makeCampaign(
            plan.members[c].map((i) => recipients[i].id),
            plan.noReplyDays[c],
          ),
        );
      const campaignIds = campaigns.map((c) => c.id);
      // Letters that went out, so that chasers can be drafted from the first ops on.
      const pairs = campaigns.flatMap((c, i) => plan.members[i].map((r) => ({ campaignId: c.id, recipientId: recipients[r].id })));
      for (const p of pairs) recordEvent(db(), { ...p, ...fieldsFor('sent', 0, 0) }, addDays(D0, 200));
      apply(plan.ops, pairs, campaignIds);
      const today = addDays(D0, plan.today);
      expectSameAsReference(today, campaignIds);
      const rows = statusReport(db(), undefined, today).rows;
      chased += rows.filter((r) => r.chased !== null).length;
      // The chasers change something: follow-ups done, replies that count for the letter chased.
      const events = loadTrackedEvents(db(), {});
      const alone = deriveStatuses(rows, events, today);
      const withChasers = deriveStatuses(rows, events, today, loadChaserLinks(db()));
      alone.forEach(({ derived }, i) => {
        const composed = withChasers[i].derived;
        if (derived.dueFollowUp !== null && composed.dueFollowUp?.eventId !== derived.dueFollowUp.eventId) settled++;
        if (derived.status !== 'replied' && composed.status === 'replied') answered++;
      });
    }
    expect(loadChaserLinks(db()).length).toBeGreaterThan(10);
    expect(chased).toBeGreaterThan(0);
    expect(settled).toBeGreaterThan(0);
    expect(answered).toBeGreaterThan(0);
  });

  it('sees rows written by another connection (the command line) and forgets a rolled-back write', async () => {
    const campaign = await makeCampaign(
      recipients.map((r) => r.id),
      30,
    );
    const today = addDays(D0, 100);
    recordEvent(db(), { campaignId: campaign.id, recipientId: recipients[0].id, ...fieldsFor('sent', 1, 0) }, today);
    expectSameAsReference(today, [campaign.id]);

    const other = openDatabase(t.workspace.db().name);
    try {
      recordEvent(other, { campaignId: campaign.id, recipientId: recipients[0].id, ...fieldsFor('replied', 20, 0) }, today);
      recordEvent(other, { campaignId: campaign.id, recipientId: recipients[2].id, ...fieldsFor('follow_up', 5, 10, 'from the CLI') }, today);
    } finally {
      other.close();
    }
    expectSameAsReference(today, [campaign.id]);
    expect(statusReport(db(), campaign.id, today).rows.find((r) => r.recipientId === recipients[0].id)?.status).toBe('replied');

    // Memoised inside a transaction that is then rolled back; other rows then take the same seq.
    const rollback = new Error('roll back');
    expect(() =>
      db().transaction(() => {
        recordEvent(db(), { campaignId: campaign.id, recipientId: recipients[1].id, ...fieldsFor('closed', 30, 0) }, today);
        expectSameAsReference(today, [campaign.id]);
        throw rollback;
      })(),
    ).toThrow(rollback);
    recordEvent(db(), { campaignId: campaign.id, recipientId: recipients[3].id, ...fieldsFor('sent', 30, 0) }, today);
    expectSameAsReference(today, [campaign.id]);
    expect(statusReport(db(), campaign.id, today).rows.find((r) => r.recipientId === recipients[1].id)?.status).not.toBe('closed');
  });

  it('after a restore from backup', async () => {
    const campaign = await makeCampaign(
      recipients.map((r) => r.id),
      30,
    );
    const today = addDays(D0, 100);
    recordEvent(db(), { campaignId: campaign.id, recipientId: recipients[0].id, ...fieldsFor('sent', 1, 0) }, today);
    const backup = (await takeBackup(t.workspace, 'manual')).file;
    const replied = recordEvent(db(), { campaignId: campaign.id, recipientId: recipients[0].id, ...fieldsFor('replied', 10, 0) }, today);
    correctEvent(db(), replied.id, fieldsFor('closed', 12, 0), today);
    expectSameAsReference(today, [campaign.id]);
    expect(statusReport(db(), campaign.id, today).rows.find((r) => r.recipientId === recipients[0].id)?.status).toBe('closed');

    await restoreBackup(t.workspace, backup);
    expectSameAsReference(today, [campaign.id]);
    const spain = statusReport(db(), campaign.id, today).rows.find((r) => r.recipientId === recipients[0].id);
    expect(spain?.status).toBe('no_reply');
  });

  it('the per-country aggregate equals counting and comparing row by row', () => {
    const eventRef = fc.record({
      id: fc.constantFrom('e1', 'e2', 'e3', 'e4'),
      kind: fc.constantFrom(...EVENT_KINDS),
      occurredOn: fc.constantFrom('2026-01-01', '2026-01-02', '2026-02-01'),
    });
    const row = fc.record({
      countryCode: fc.constantFrom('ES', 'FR', 'JP'),
      derived: fc.record({
        status: fc.constantFrom(...TRACKING_STATUSES),
        outcome: fc.constant(null),
        lastEvent: fc.option(eventRef, { nil: null }),
        contactedOn: fc.constant(null),
        repliedOn: fc.constant(null),
        nextFollowUp: fc.option(fc.record({ eventId: fc.constant('f'), dueOn: fc.constantFrom('2026-03-01', '2026-03-02', '2026-04-01') }), { nil: null }),
        dueFollowUp: fc.constant(null),
        chased: fc.constant(null),
      }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (generated) => {
        // Event ids are unique in a log: the same day and id is the same event.
        const rows = generated.map((r, i) => ({
          ...r,
          derived: { ...r.derived, lastEvent: r.derived.lastEvent && { ...r.derived.lastEvent, id: `${r.derived.lastEvent.id}-${i}` } },
        }));
        const codes = [...new Set(rows.map((r) => r.countryCode))].sort();
        const expected = codes.map((countryCode) => {
          const mine = rows.filter((r) => r.countryCode === countryCode).map((r) => r.derived);
          const counts = countStatuses(mine.map((d) => d.status));
          const events = mine
            .flatMap((d) => (d.lastEvent ? [d.lastEvent] : []))
            .sort((a, b) => (a.occurredOn === b.occurredOn ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.occurredOn < b.occurredOn ? -1 : 1));
          const dues = mine.flatMap((d) => (d.nextFollowUp ? [d.nextFollowUp.dueOn] : [])).sort();
          return {
            countryCode,
            status: COUNTRY_PRECEDENCE.find((s) => counts[s] > 0) ?? 'not_contacted',
            counts,
            lastEvent: events.at(-1) ?? null,
            nextFollowUp: dues[0] ?? null,
          };
        });
        const actual = aggregateByCountry(rows);
        expect(actual).toEqual(expected);
        // The latest event is one of the rows' own objects, as before.
        actual.forEach((agg) => expect(agg.lastEvent === null || rows.some((r) => r.derived.lastEvent === agg.lastEvent)).toBe(true));
      }),
      { numRuns: 500 },
    );
  });

  it('the Due buckets equal filtering and a stable sort by due date', () => {
    const day = fc.integer({ min: -20, max: 20 }).map((n) => addDays('2026-05-10', n));
    fc.assert(
      fc.property(fc.array(fc.record({ dueOn: day, n: fc.nat() }), { maxLength: 60 }), (items) => {
        const today = '2026-05-10';
        const sorted = (list: typeof items) => [...list].sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
        const overdue = sorted(items.filter((i) => i.dueOn < today));
        const dueToday = items.filter((i) => i.dueOn === today);
        const thisWeek = sorted(items.filter((i) => i.dueOn > today && i.dueOn <= addDays(today, 7)));
        const later = items.filter((i) => i.dueOn > addDays(today, 7)).length;
        expect(bucketDue(items, today)).toEqual({
          overdue,
          today: dueToday,
          thisWeek,
          counts: { overdue: overdue.length, today: dueToday.length, thisWeek: thisWeek.length, later, badge: overdue.length + dueToday.length },
        });
      }),
      { numRuns: 500 },
    );
  });

  it('the no-reply cut-off says what "more than N days since first contact" says', () => {
    fc.assert(
      fc.property(fc.integer({ min: -800, max: 800 }), fc.integer({ min: 1, max: 3650 }), fc.integer({ min: 0, max: 20_000 }), (offset, noReplyDays, base) => {
        const today = addDays('1990-01-01', base);
        const contactedOn = addDays(today, offset);
        const summary = { ...EMPTY_SUMMARY, stage: 'contacted' as const, contactedOn };
        const expected = daysBetween(contactedOn, today) > noReplyDays ? 'no_reply' : 'contacted';
        expect(statusOn(summary, { today, noReplyDays }).status).toBe(expected);
        expect(statusWithCutoff(summary, noReplyCutoff({ today, noReplyDays })).status).toBe(expected);
      }),
      {
        numRuns: 2000,
        examples: [
          [-30, 30, 100],
          [-31, 30, 100],
          [-29, 30, 100],
        ],
      },
    );
  });
});

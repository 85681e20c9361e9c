import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  composeChasers,
  deriveFromEffective,
  EMPTY_SUMMARY,
  summarise,
  withChasers,
  type ChaserLink,
  type PairSummary,
  type TrackedEvent,
} from '../../../shared/tracking';
import type { StatusRow } from '../../../shared/tracking/schemas';
import { statusTable } from '../../../electron/cli-commands/tracking-commands';
import { draftChaser } from '../../../electron/core/campaigns/chasers';
import { ev } from './event-builders';
import { callTracking, day, openTrackingWorkspace, TODAY, type Setup } from './tracking-test-helpers';

/*
 * A chaser and the letter it chases: once the chaser went out, the
 * original's open follow-up is done (it leaves the Due list), the original
 * reads "chased on <day>, <reference>" and takes the chaser's follow-up as
 * its next one; a reply to the chaser is a reply for the original; the
 * "chaser drafted" marker is never the original's last event. Pure
 * derivation first, then through the real handlers, CLI table, CSV and DOCX.
 */

const D = (n: number) => `2026-03-${String(n).padStart(2, '0')}`;
const OPTS = { today: D(31), noReplyDays: 10 };
const chaserEv = (id: string, kind: TrackedEvent['kind'], on: string, more: Partial<TrackedEvent> = {}) => ev(id, kind, on, { campaignId: 'c2', ...more });
const sum = (events: TrackedEvent[]): PairSummary =>
  summarise([...events].sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : 0)));

describe('the derivation with chasers', () => {
  const original = [ev('o1', 'sent', D(1), { createdAt: `${D(1)}T09:00:00.000Z` }), ev('o2', 'follow_up', D(5), { dueOn: D(12) })];

  it('a chaser that went out settles the follow-ups recorded before it, not those after', () => {
    const alone = sum(original);
    expect(alone.dueFollowUp).toEqual({ eventId: 'o2', dueOn: D(12) });

    const drafted = withChasers(alone, [{ reference: 'F-1', summary: sum([chaserEv('c1', 'drafted', D(10)), chaserEv('c2', 'exported', D(11))]) }]);
    // Printed is not posted: still open, not chased.
    expect(drafted).toMatchObject({ dueFollowUp: { eventId: 'o2' }, nextFollowUp: { eventId: 'o2' }, chased: null });

    const chaser = sum([chaserEv('c1', 'drafted', D(10)), chaserEv('c3', 'sent', D(13)), chaserEv('c4', 'follow_up', D(13), { dueOn: D(27) })]);
    const chased = withChasers(alone, [{ reference: 'F-1', summary: chaser }]);
    expect(chased).toMatchObject({
      dueFollowUp: null,
      nextFollowUp: { eventId: 'c4', dueOn: D(27) },
      chased: { on: D(13), reference: 'F-1' },
      stage: 'contacted',
      contactedOn: D(1),
    });
    expect(deriveFromEffective([], OPTS).chased).toBeNull();

    // A follow-up noted on the original after the chaser went out is still open, and comes first.
    const later = withChasers(sum([...original, ev('o3', 'follow_up', D(20), { dueOn: D(24) })]), [{ reference: 'F-1', summary: chaser }]);
    expect(later).toMatchObject({ dueFollowUp: { eventId: 'o3', dueOn: D(24) }, nextFollowUp: { eventId: 'o3', dueOn: D(24) } });
  });

  it('a reply to the chaser is a reply for the original; a closed original stays closed', () => {
    const chaser = sum([chaserEv('c3', 'sent', D(13)), chaserEv('c5', 'replied', D(20))]);
    expect(withChasers(sum(original), [{ reference: 'F-1', summary: chaser }])).toMatchObject({
      stage: 'replied',
      repliedOn: D(20),
      dueFollowUp: null,
      nextFollowUp: null,
    });
    const closed = sum([...original, ev('o9', 'closed', D(25), { outcome: 'negative' })]);
    expect(withChasers(closed, [{ reference: 'F-1', summary: sum([chaserEv('c4', 'follow_up', D(26), { dueOn: D(30) })]) }])).toMatchObject({
      stage: 'closed',
      nextFollowUp: null,
    });
  });

  it('passes over the "chaser drafted" marker: not the last event, not a stage', () => {
    const marker = ev('m1', 'drafted', D(9), { chaserDrafted: true });
    expect(sum([...original, marker]).lastEvent).toEqual({ id: 'o2', kind: 'follow_up', occurredOn: D(5) });
    expect(sum([marker]).stage).toBe('not_contacted');
    expect(sum([marker]).lastEvent).toBeNull();
  });

  it('follows a chain: the chaser of a chaser settles what the first chaser left open, and the latest chaser is named', () => {
    const links: ChaserLink[] = [
      { campaignId: 'c1', recipientId: 'r1', chaserCampaignId: 'c2', chaserRecipientId: 'r1', reference: 'F-1' },
      { campaignId: 'c2', recipientId: 'r1', chaserCampaignId: 'c3', chaserRecipientId: 'r1', reference: 'FF-1' },
    ];
    const own = new Map<string, PairSummary>([
      ['c1', sum([...original, ev('o3', 'follow_up', D(15), { dueOn: D(18) })])],
      ['c2', sum([chaserEv('c3', 'sent', D(13))])],
      ['c3', sum([ev('x1', 'sent', D(20), { campaignId: 'c3' }), ev('x2', 'follow_up', D(20), { campaignId: 'c3', dueOn: D(29) })])],
    ]);
    const summaryOf = composeChasers((c) => own.get(c) ?? EMPTY_SUMMARY, links);
    expect(summaryOf('c1', 'r1')).toMatchObject({ dueFollowUp: null, nextFollowUp: { eventId: 'x2', dueOn: D(29) }, chased: { on: D(13), reference: 'F-1' } });
    expect(summaryOf('c2', 'r1')).toMatchObject({ chased: { on: D(20), reference: 'FF-1' } });
    // Without the second chaser, the follow-up of the 15th stays open.
    expect(composeChasers((c) => own.get(c) ?? EMPTY_SUMMARY, links.slice(0, 1))('c1', 'r1').dueFollowUp).toEqual({ eventId: 'o3', dueOn: D(18) });
  });
});

/** The cells of one CSV line (quoted cells with doubled quotes; no line breaks inside). */
function cells(line: string): string[] {
  return [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].slice(0, -1).map((m) => (m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]));
}

describe('a chaser sent, through the handlers and the reports', () => {
  let s: Setup;
  beforeEach(async () => {
    s = await openTrackingWorkspace();
  });
  afterEach(() => s.t.cleanup());

  const record = (campaignId: string, fields: Record<string, unknown>) =>
    callTracking(s.t, 'tracking.record', { campaignId, recipientId: s.france.id, ...fields });
  const france = async (campaignId = s.campaign.id): Promise<StatusRow> =>
    (await callTracking(s.t, 'tracking.status', {})).rows.find((r) => r.campaignId === campaignId && r.recipientId === s.france.id)!;

  it('takes the original out of Due, says "chased" and counts a reply to the chaser', async () => {
    await record(s.campaign.id, { kind: 'sent', occurredOn: day(1), channel: 'post' });
    const followUp = await record(s.campaign.id, { kind: 'follow_up', occurredOn: day(10), dueOn: day(20) });
    const before = await callTracking(s.t, 'tracking.due', {});
    expect(before.overdue.map((i) => i.followUpId)).toEqual([followUp.id]);
    expect(before.counts.badge).toBe(1);

    const chaser = draftChaser(s.t.workspace.db(), { campaignId: s.campaign.id, recipientId: s.france.id }, TODAY);
    // Drafting alone settles nothing, and the marker is not the letter's last event.
    expect(await france()).toMatchObject({ status: 'no_reply', lastEvent: { kind: 'follow_up', occurredOn: day(10) }, chased: null, nextFollowUp: day(20) });
    expect((await callTracking(s.t, 'tracking.due', {})).counts.badge).toBe(1);

    await record(chaser.campaignId, { kind: 'sent', occurredOn: TODAY, channel: 'email' });
    await record(chaser.campaignId, { kind: 'follow_up', occurredOn: TODAY, dueOn: day(50) });
    const after = await callTracking(s.t, 'tracking.due', {});
    expect([...after.overdue, ...after.dueToday, ...after.thisWeek].map((i) => [i.campaignId, i.dueOn])).toEqual([[chaser.campaignId, day(50)]]);
    expect(after.counts).toMatchObject({ overdue: 0, badge: 0 });
    const original = await france();
    expect(original).toMatchObject({
      status: 'no_reply',
      chased: { on: TODAY, reference: chaser.reference },
      nextFollowUp: day(50),
      lastEvent: { kind: 'follow_up' },
    });

    // What `letterdesk status` prints.
    const line = statusTable([original], true).split('\n')[1];
    expect(line).toContain(`No reply, chased ${TODAY} (${chaser.reference})`);
    expect(line).toContain(`follow-up ${day(10)}`);

    // The government answers the chaser: the original is answered too, and so is France.
    await record(chaser.campaignId, { kind: 'replied', occurredOn: TODAY });
    expect(await france()).toMatchObject({ status: 'replied', repliedOn: TODAY });
    const country = await callTracking(s.t, 'tracking.country', { countryCode: 'FR' });
    expect(country.aggregate.status).toBe('replied');
    expect(country.rows.map((r) => r.status)).toEqual(['replied', 'replied']);
  });

  it('names the marker "chaser drafted" in the CSV and says "chased" in the CSV and the DOCX', async () => {
    await record(s.campaign.id, { kind: 'sent', occurredOn: day(1), channel: 'post' });
    const chaser = draftChaser(s.t.workspace.db(), { campaignId: s.campaign.id, recipientId: s.france.id }, TODAY);
    await record(chaser.campaignId, { kind: 'sent', occurredOn: TODAY, channel: 'email' });
    const status = `No reply, chased ${TODAY} (${chaser.reference})`;

    const csv = Buffer.from((await callTracking(s.t, 'tracking.report', { format: 'csv', campaignId: s.campaign.id })).contentBase64, 'base64').toString(
      'utf8',
    );
    const lines = csv
      .slice(1)
      .split('\r\n')
      .filter((l) => l.includes('Jean Ficticio'));
    expect(lines.map((l) => cells(l).slice(5, 10))).toEqual([
      [status, day(0), 'drafted', '', ''],
      [status, day(1), 'sent', 'post', ''],
      [status, TODAY, 'chaser drafted', '', chaser.reference],
    ]);

    const python = '/usr/bin/python3';
    const probe = spawnSync(python, ['-c', 'import docx'], { encoding: 'utf8' });
    if (probe.error || probe.status !== 0)
      throw new Error(`python-docx is needed to read the report back: install python3-docx (Debian). ${probe.stderr ?? ''}`);
    const file = await callTracking(s.t, 'tracking.report', { format: 'docx', campaignId: s.campaign.id });
    const out = path.join(s.t.dir, file.fileName);
    fs.writeFileSync(out, Buffer.from(file.contentBase64, 'base64'));
    const read = spawnSync(
      python,
      ['-c', 'import docx, json, sys\nd = docx.Document(sys.argv[1])\nprint(json.dumps([[[c.text for c in r.cells] for r in t.rows] for t in d.tables]))', out],
      { encoding: 'utf8' },
    );
    expect(read.stderr).toBe('');
    const tables = JSON.parse(read.stdout) as string[][][];
    expect(tables[1].find((r) => r[1] === '=Jean Ficticio')?.slice(3, 5)).toEqual([status, `sent, ${day(1)}`]);
  });
});

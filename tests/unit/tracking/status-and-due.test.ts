import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callTracking, day, failure, openTrackingWorkspace, type Setup } from './tracking-test-helpers';

let s: Setup;
beforeEach(async () => {
  s = await openTrackingWorkspace();
});
afterEach(() => s.t.cleanup());

async function record(campaignId: string, recipientId: string, fields: Record<string, unknown>) {
  return callTracking(s.t, 'tracking.record', { campaignId, recipientId, ...fields });
}

describe('status, country and Due list', () => {
  it('gives one row per recipient and campaign, with counts and countries for the map', async () => {
    await record(s.campaign.id, s.spain.id, { kind: 'sent', occurredOn: day(5), channel: 'post', reference: 'RR1' });
    await record(s.campaign.id, s.france.id, { kind: 'sent', occurredOn: day(31), channel: 'email' });
    await record(s.campaign.id, s.france.id, { kind: 'replied', occurredOn: day(40) });
    await record(s.other.id, s.spain.id, { kind: 'sent', occurredOn: day(40), channel: 'embassy' });

    const eu = await callTracking(s.t, 'tracking.status', { campaignId: s.campaign.id });
    expect(eu.rows.map((r) => [r.countryCode, r.recipientName, r.status, r.lastEvent?.kind, r.lastEvent?.occurredOn])).toEqual([
      ['ES', 'Pedro Ficticio', 'no_reply', 'sent', day(5)],
      ['FR', '=Jean Ficticio', 'replied', 'replied', day(40)],
    ]);
    expect(eu.counts).toMatchObject({ no_reply: 1, replied: 1, contacted: 0 });

    const all = await callTracking(s.t, 'tracking.status', {});
    expect(all.rows).toHaveLength(4);
    // What the dashboard asks for: the same counts and countries without the rows.
    expect(await callTracking(s.t, 'tracking.status', { rows: false })).toEqual({ ...all, rows: [] });
    expect(all.countries.map((c) => [c.countryCode, c.status])).toEqual([
      ['ES', 'no_reply'],
      ['FR', 'replied'],
      ['JP', 'drafted'],
    ]);
    // Later, Spain's Asia letter is past its 14 days too; the country stays "no reply".
    const later = await callTracking(s.t, 'tracking.status', { today: day(70) });
    expect(later.rows.filter((r) => r.countryCode === 'ES').map((r) => r.status)).toEqual(['no_reply', 'no_reply']);
    expect((await failure(callTracking(s.t, 'tracking.status', { campaignId: '0190e5a1-0000-7000-8000-0000000000ff' }))).code).toBe('not_found');
  });

  it("shows a country's history across campaigns", async () => {
    await record(s.campaign.id, s.spain.id, { kind: 'sent', occurredOn: day(5), channel: 'post' });
    await record(s.other.id, s.spain.id, { kind: 'closed', occurredOn: day(30), outcome: 'negative' });
    const spain = await callTracking(s.t, 'tracking.country', { countryCode: 'ES' });
    expect(spain.aggregate).toMatchObject({ countryCode: 'ES', status: 'no_reply', lastEvent: { kind: 'closed', occurredOn: day(30) } });
    expect(spain.rows.map((r) => [r.campaignName, r.status, r.outcome])).toEqual([
      ['EU prisoners 2026', 'no_reply', null],
      ['Asia 2026', 'closed', 'negative'],
    ]);
    expect(spain.events.map((e) => e.kind)).toEqual(['drafted', 'drafted', 'sent', 'closed']);
    const nobody = await callTracking(s.t, 'tracking.country', { countryCode: 'DE' });
    expect(nobody).toMatchObject({ aggregate: { status: 'not_contacted' }, rows: [], events: [] });
  });

  it('lists follow-ups overdue, today and this week, until a chaser or reply settles them', async () => {
    await record(s.campaign.id, s.spain.id, { kind: 'follow_up', occurredOn: day(30), dueOn: day(40), note: 'call the embassy' });
    await record(s.campaign.id, s.france.id, { kind: 'follow_up', occurredOn: day(30), dueOn: day(45) });
    await record(s.other.id, s.japan.id, { kind: 'follow_up', occurredOn: day(30), dueOn: day(50) });
    await record(s.other.id, s.spain.id, { kind: 'follow_up', occurredOn: day(30), dueOn: day(100) });

    const due = await callTracking(s.t, 'tracking.due', {});
    expect(due.counts).toEqual({ overdue: 1, today: 1, thisWeek: 1, later: 1, badge: 2 });
    expect(due.overdue[0]).toMatchObject({
      recipientName: 'Pedro Ficticio',
      campaignName: 'EU prisoners 2026',
      dueOn: day(40),
      followUpNote: 'call the embassy',
    });
    expect(due.dueToday[0].countryCode).toBe('FR');
    expect(due.thisWeek[0].countryCode).toBe('JP');

    await record(s.campaign.id, s.spain.id, { kind: 'sent', occurredOn: day(42), channel: 'email', note: 'chaser' });
    await record(s.campaign.id, s.france.id, { kind: 'replied', occurredOn: day(44) });
    // Spain's chaser went out on day 42: its own no-reply days (30) run out on day 73, later.
    expect((await callTracking(s.t, 'tracking.due', {})).counts).toEqual({ overdue: 0, today: 0, thisWeek: 1, later: 2, badge: 0 });
  });

  it('lists letters whose no-reply days ran out with nothing planned, as the badges say "no reply"', async () => {
    // EU waits 30 days, Asia 14; today is day 45.
    await record(s.campaign.id, s.spain.id, { kind: 'sent', occurredOn: day(5), channel: 'post' });
    await record(s.campaign.id, s.france.id, { kind: 'sent', occurredOn: day(14), channel: 'email' });
    await record(s.other.id, s.japan.id, { kind: 'sent', occurredOn: day(35), channel: 'email' });
    await record(s.other.id, s.spain.id, { kind: 'sent', occurredOn: day(10), channel: 'post' });
    await record(s.other.id, s.spain.id, { kind: 'follow_up', occurredOn: day(20), dueOn: day(60), note: 'ask again' });

    const due = await callTracking(s.t, 'tracking.due', {});
    const line = (i: (typeof due.overdue)[number]) => [i.countryCode, i.campaignName, i.reason, i.dueOn, i.status, i.followUpId];
    expect(due.overdue.map(line)).toEqual([['ES', 'EU prisoners 2026', 'no_reply', day(36), 'no_reply', null]]);
    // Day 14 + 30 days: from day 45 on, the letter is "no reply"; listed today.
    expect(due.dueToday.map(line)).toEqual([['FR', 'EU prisoners 2026', 'no_reply', day(45), 'no_reply', null]]);
    expect(due.thisWeek.map(line)).toEqual([['JP', 'Asia 2026', 'no_reply', day(50), 'contacted', null]]);
    // Spain's Asia letter has a follow-up planned (day 60): listed as that, not twice.
    expect(due.counts).toEqual({ overdue: 1, today: 1, thisWeek: 1, later: 1, badge: 2 });
    const status = await callTracking(s.t, 'tracking.status', { campaignId: s.campaign.id });
    expect(status.rows.map((r) => r.status)).toEqual(['no_reply', 'no_reply']);

    // A reply, a closing and a follow-up with a date each take a letter off the no-reply list.
    await record(s.campaign.id, s.spain.id, { kind: 'replied', occurredOn: day(44) });
    await record(s.campaign.id, s.france.id, { kind: 'closed', occurredOn: day(45), outcome: 'no_response' });
    await record(s.other.id, s.japan.id, { kind: 'follow_up', occurredOn: day(45), dueOn: day(70) });
    expect((await callTracking(s.t, 'tracking.due', {})).counts).toEqual({ overdue: 0, today: 0, thisWeek: 0, later: 2, badge: 0 });
  });
});

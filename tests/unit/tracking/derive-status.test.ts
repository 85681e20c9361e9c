import { describe, expect, it } from 'vitest';
import {
  aggregateByCountry,
  bucketDue,
  checkEventFields,
  countryStatus,
  countStatuses,
  deriveStatus,
  deriveStatuses,
  unusualDate,
  type TrackedEvent,
} from '../../../shared/tracking';
import { ev } from './event-builders';

const opts = { today: '2026-12-31', noReplyDays: 30 };

describe('status of one recipient in one campaign', () => {
  it('is not contacted without events, then follows the letter', () => {
    expect(deriveStatus([], opts).status).toBe('not_contacted');
    const drafted = ev('a', 'drafted', '2026-11-01');
    expect(deriveStatus([drafted], opts)).toMatchObject({ status: 'drafted', lastEvent: { id: 'a', kind: 'drafted' } });
    const exported = ev('b', 'exported', '2026-11-02');
    expect(deriveStatus([drafted, exported], opts).status).toBe('exported');
    const sent = ev('c', 'sent', '2026-12-10');
    expect(deriveStatus([drafted, exported, sent], opts)).toMatchObject({ status: 'contacted', contactedOn: '2026-12-10' });
    const replied = ev('d', 'replied', '2026-12-20');
    expect(deriveStatus([drafted, exported, sent, replied], opts)).toMatchObject({ status: 'replied', repliedOn: '2026-12-20' });
    const closed = ev('e', 'closed', '2026-12-21', { outcome: 'positive' });
    expect(deriveStatus([drafted, exported, sent, replied, closed], opts)).toMatchObject({ status: 'closed', outcome: 'positive', lastEvent: { id: 'e' } });
  });

  it('turns to no reply only after more than N days since first contact', () => {
    const sent = ev('s', 'sent', '2026-12-01');
    expect(deriveStatus([sent], { today: '2026-12-31', noReplyDays: 30 }).status).toBe('contacted');
    expect(deriveStatus([sent], { today: '2027-01-01', noReplyDays: 30 }).status).toBe('no_reply');
    // An acknowledgement of receipt is not a reply; a later chaser does not restart the clock.
    const ack = ev('k', 'acknowledged', '2026-12-05');
    const chaser = ev('c', 'sent', '2026-12-30');
    expect(deriveStatus([sent, ack, chaser], { today: '2027-01-02', noReplyDays: 30 })).toMatchObject({ status: 'no_reply', contactedOn: '2026-12-01' });
  });

  it('ignores a corrected event and counts its correction', () => {
    const sent = ev('s', 'sent', '2026-12-01');
    const fixed = ev('t', 'sent', '2026-11-20', { supersedesId: 's' });
    expect(deriveStatus([sent, fixed], opts)).toMatchObject({ status: 'no_reply', contactedOn: '2026-11-20', lastEvent: { id: 't' } });
  });

  it('undo cancels the event; undoing a correction leaves the original replaced', () => {
    const sent = ev('s', 'sent', '2026-12-01');
    const replied = ev('r', 'replied', '2026-12-02');
    const undo = ev('u', 'replied', '2026-12-03', { supersedesId: 'r', retracts: true });
    expect(deriveStatus([sent, replied, undo], opts)).toMatchObject({ status: 'contacted', lastEvent: { id: 's' } });
    const fixed = ev('f', 'sent', '2026-12-04', { supersedesId: 's' });
    const undoFix = ev('g', 'sent', '2026-12-05', { supersedesId: 'f', retracts: true });
    expect(deriveStatus([sent, fixed, undoFix], opts).status).toBe('not_contacted');
  });

  it('orders by the day it happened, then by when it was recorded', () => {
    const reply = ev('r', 'replied', '2026-12-10', { createdAt: '2026-12-10T09:00:00Z' });
    const lateSent = ev('s', 'sent', '2026-12-01', { createdAt: '2026-12-11T09:00:00Z' });
    expect(deriveStatus([reply, lateSent], opts)).toMatchObject({ status: 'replied', lastEvent: { id: 'r' }, contactedOn: '2026-12-01' });
  });

  it('keeps a follow-up open until a later chaser, reply or closing', () => {
    const sent = ev('s', 'sent', '2026-12-01');
    const f1 = ev('f1', 'follow_up', '2026-12-02', { dueOn: '2027-01-15' });
    const f2 = ev('f2', 'follow_up', '2026-12-03', { dueOn: '2027-01-05' });
    expect(deriveStatus([sent, f1, f2], opts).nextFollowUp).toEqual({ eventId: 'f2', dueOn: '2027-01-05' });
    // An earlier sent does not settle it; a later delivery does not either.
    expect(deriveStatus([sent, f1, ev('d', 'delivered', '2026-12-04')], opts).nextFollowUp?.dueOn).toBe('2027-01-15');
    expect(deriveStatus([sent, f1, f2, ev('c', 'sent', '2026-12-05')], opts).nextFollowUp).toBeNull();
    expect(deriveStatus([sent, f1, ev('r', 'replied', '2026-12-05')], opts).nextFollowUp).toBeNull();
    // A follow-up noted after the chaser is open again.
    expect(
      deriveStatus([sent, f1, ev('c', 'sent', '2026-12-05'), ev('f3', 'follow_up', '2026-12-06', { dueOn: '2027-02-01' })], opts).nextFollowUp?.dueOn,
    ).toBe('2027-02-01');
  });

  it('derives many pairs at once, a pair without events being not contacted', () => {
    const events: TrackedEvent[] = [
      ev('a', 'sent', '2026-12-01', { campaignId: 'c1', recipientId: 'r1' }),
      ev('b', 'replied', '2026-12-02', { campaignId: 'c2', recipientId: 'r1' }),
    ];
    const out = deriveStatuses(
      [
        { campaignId: 'c1', recipientId: 'r1', noReplyDays: 10 },
        { campaignId: 'c2', recipientId: 'r1', noReplyDays: 10 },
        { campaignId: 'c1', recipientId: 'r2', noReplyDays: 10 },
      ],
      events,
      '2026-12-31',
    );
    expect(out.map((o) => o.derived.status)).toEqual(['no_reply', 'replied', 'not_contacted']);
  });
});

describe('country and campaign aggregates', () => {
  it('puts what needs action first, then the most advanced', () => {
    expect(countryStatus(countStatuses(['replied', 'no_reply', 'closed']))).toBe('no_reply');
    expect(countryStatus(countStatuses(['replied', 'contacted']))).toBe('contacted');
    expect(countryStatus(countStatuses(['replied', 'closed']))).toBe('replied');
    expect(countryStatus(countStatuses(['closed', 'drafted']))).toBe('closed');
    expect(countryStatus(countStatuses(['exported', 'drafted']))).toBe('exported');
    expect(countryStatus(countStatuses([]))).toBe('not_contacted');
  });

  it('aggregates several campaigns per country with the latest event and earliest follow-up', () => {
    const es1 = deriveStatus([ev('a', 'sent', '2026-12-01'), ev('f', 'follow_up', '2026-12-02', { dueOn: '2027-01-10' })], opts);
    const es2 = deriveStatus([ev('b', 'replied', '2026-12-20')], opts);
    const fr = deriveStatus([ev('c', 'closed', '2026-12-05', { outcome: 'negative' })], opts);
    const [es, frAgg] = aggregateByCountry([
      { countryCode: 'FR', derived: fr },
      { countryCode: 'ES', derived: es1 },
      { countryCode: 'ES', derived: es2 },
    ]);
    expect(es).toMatchObject({ countryCode: 'ES', status: 'contacted', lastEvent: { id: 'b' }, nextFollowUp: '2027-01-10' });
    expect(es.counts).toMatchObject({ contacted: 1, replied: 1, closed: 0 });
    expect(frAgg).toMatchObject({ countryCode: 'FR', status: 'closed' });
  });
});

describe('due buckets and event rules', () => {
  it('sorts follow-ups into overdue, today and the next seven days', () => {
    const items = ['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-07', '2027-01-08'].map((dueOn) => ({ dueOn }));
    const due = bucketDue(items, '2026-12-31');
    expect(due.counts).toEqual({ overdue: 1, today: 1, thisWeek: 2, later: 1, badge: 2 });
  });

  it('says which fields each kind takes', () => {
    const base = { occurredOn: '2026-12-01', channel: null, dueOn: null, outcome: null } as const;
    expect(checkEventFields({ ...base, kind: 'sent' }).map((p) => p.code)).toEqual(['channelRequired']);
    expect(checkEventFields({ ...base, kind: 'replied', channel: 'post', outcome: 'positive' }).map((p) => p.code)).toEqual([
      'channelOnlyForSent',
      'outcomeOnlyForClosed',
    ]);
    expect(checkEventFields({ ...base, kind: 'follow_up' }).map((p) => p.code)).toEqual(['dueRequired']);
    expect(checkEventFields({ ...base, kind: 'follow_up', dueOn: '2026-11-01' }).map((p) => p.code)).toEqual(['dueBeforeEvent']);
    expect(checkEventFields({ ...base, kind: 'closed' }).map((p) => p.code)).toEqual(['outcomeRequired']);
    expect(unusualDate('2027-01-01', '2026-12-31', null)?.code).toBe('dateInFuture');
    expect(unusualDate('2026-10-01', '2026-12-31', '2026-11-22')?.code).toBe('dateBeforeCampaign');
    expect(unusualDate('2026-12-01', '2026-12-31', '2026-11-22')).toBeNull();
  });
});

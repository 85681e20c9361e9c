import { describe, expect, it } from 'vitest';
import { letterBadge, noReplyDue, statusOn, summarise, TRACKING_STATUSES, withChasers, type TrackedEvent } from '../../../shared/tracking';
import { ev } from './event-builders';

/*
 * A letter's badge and its place on the Due list come from the same
 * derivation as the dashboard: the badge follows the tracking status once the
 * letter went out, and a letter is "no reply" on the Due list from exactly
 * the day statusOn calls it so.
 */

const D = (n: number) => `2026-05-${String(n).padStart(2, '0')}`;
const summary = (events: TrackedEvent[]) => summarise(events);

describe('letterBadge', () => {
  it('shows the tracking status once the letter went out, the preparation state before', () => {
    const shown = TRACKING_STATUSES.map((s) => [s, letterBadge('exported', s)]);
    expect(Object.fromEntries(shown)).toEqual({
      not_contacted: { kind: 'preparation', state: 'exported' },
      drafted: { kind: 'preparation', state: 'exported' },
      exported: { kind: 'preparation', state: 'exported' },
      contacted: { kind: 'outreach', status: 'contacted' },
      no_reply: { kind: 'outreach', status: 'no_reply' },
      replied: { kind: 'outreach', status: 'replied' },
      closed: { kind: 'outreach', status: 'closed' },
    });
    // A letter that needs attention but was already answered says so: "replied", never "exported".
    expect(letterBadge('attention', 'replied')).toEqual({ kind: 'outreach', status: 'replied' });
    // While the statuses load, the preparation state.
    expect(letterBadge('ready', null)).toEqual({ kind: 'preparation', state: 'ready' });
  });
});

describe('noReplyDue', () => {
  const sent = [ev('d', 'drafted', D(1)), ev('x', 'exported', D(2)), ev('s', 'sent', D(3))];

  it('is the first day statusOn says "no reply"', () => {
    const s = summary(sent);
    const due = noReplyDue(s, 10)!;
    expect(due).toBe(D(14));
    expect(statusOn(s, { today: D(13), noReplyDays: 10 }).status).toBe('contacted');
    expect(statusOn(s, { today: due, noReplyDays: 10 }).status).toBe('no_reply');
  });

  it('is null before the letter went out, after a reply or a closing, and while something is planned', () => {
    expect(noReplyDue(summary(sent.slice(0, 2)), 10)).toBeNull();
    expect(noReplyDue(summary([...sent, ev('r', 'replied', D(20))]), 10)).toBeNull();
    expect(noReplyDue(summary([...sent, ev('c', 'closed', D(20), { outcome: 'no_response' })]), 10)).toBeNull();
    const planned = summary([...sent, ev('f', 'follow_up', D(5), { dueOn: D(30) })]);
    expect(noReplyDue(planned, 10)).toBeNull();
    // A chaser that went out: its own silence is listed, as the chaser's.
    const chaser = summarise([ev('cs', 'sent', D(12), { campaignId: 'c2' })]);
    expect(noReplyDue(withChasers(summary(sent), [{ reference: 'EUF-2026-0001', summary: chaser }]), 10)).toBeNull();
    expect(noReplyDue(chaser, 10)).toBe(D(23));
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COUNTRY_PRECEDENCE,
  aggregateByCountry,
  addDays,
  deriveStatus,
  deriveStatuses,
  effectiveEvents,
  EVENT_KINDS,
  OUTCOMES,
  type TrackedEvent,
} from '../../../shared/tracking';

/*
 * Properties of the derivation over random logs: several campaigns and
 * recipients, dates recorded out of order, corrections and undos pointing at
 * earlier rows of the same pair.
 */

const TODAY = '2027-03-01';
const PAIRS = [
  { campaignId: 'c1', recipientId: 'r1', noReplyDays: 30 },
  { campaignId: 'c1', recipientId: 'r2', noReplyDays: 30 },
  { campaignId: 'c2', recipientId: 'r1', noReplyDays: 10 },
  { campaignId: 'c3', recipientId: 'r3', noReplyDays: 60 },
];

const rawEvent = fc.record({
  pair: fc.integer({ min: 0, max: PAIRS.length - 1 }),
  kind: fc.constantFrom(...EVENT_KINDS),
  day: fc.integer({ min: 0, max: 120 }),
  recordedDay: fc.integer({ min: 0, max: 120 }),
  dueIn: fc.integer({ min: 0, max: 40 }),
  outcome: fc.constantFrom(...OUTCOMES),
  // Index among earlier rows of the same pair to supersede, if any.
  supersedes: fc.option(fc.nat(), { nil: undefined }),
  retracts: fc.boolean(),
});

/** Builds a log where every supersedes link points at an earlier row of the same pair (as the app guarantees). */
type RawEvent = typeof rawEvent extends fc.Arbitrary<infer T> ? T : never;

function buildLog(raws: RawEvent[]): TrackedEvent[] {
  const log: TrackedEvent[] = [];
  raws.forEach((r, i) => {
    const pair = PAIRS[r.pair];
    const earlier = log.filter((e) => e.campaignId === pair.campaignId && e.recipientId === pair.recipientId);
    const target = r.supersedes !== undefined && earlier.length > 0 ? earlier[r.supersedes % earlier.length] : undefined;
    const occurredOn = addDays('2026-11-01', r.day);
    log.push({
      id: `e${String(i).padStart(4, '0')}`,
      campaignId: pair.campaignId,
      recipientId: pair.recipientId,
      kind: r.kind,
      occurredOn,
      createdAt: `${addDays('2026-11-01', r.recordedDay)}T10:00:${String(i % 60).padStart(2, '0')}.000Z`,
      supersedesId: target?.id ?? null,
      retracts: target !== undefined && r.retracts,
      dueOn: r.kind === 'follow_up' ? addDays(occurredOn, r.dueIn) : null,
      outcome: r.kind === 'closed' ? r.outcome : null,
    });
  });
  return log;
}

const logArb = fc.array(rawEvent, { maxLength: 40 }).map(buildLog);
const statuses = (log: readonly TrackedEvent[]) => deriveStatuses(PAIRS, log, TODAY).map((d) => d.derived);
const optionsOf = (i: number) => ({ today: TODAY, noReplyDays: PAIRS[i].noReplyDays });
const ofPair = (log: readonly TrackedEvent[], i: number) => log.filter((e) => e.campaignId === PAIRS[i].campaignId && e.recipientId === PAIRS[i].recipientId);

describe('status derivation properties', () => {
  it('does not depend on the order rows are given in', () => {
    fc.assert(
      fc.property(
        logArb.chain((log) => fc.tuple(fc.constant(log), fc.shuffledSubarray(log, { minLength: log.length, maxLength: log.length }))),
        ([log, shuffled]) => {
          expect(statuses(shuffled)).toEqual(statuses(log));
        },
      ),
    );
  });

  it('is idempotent: the effective events of the effective events are the same', () => {
    fc.assert(
      fc.property(logArb, (log) => {
        const once = effectiveEvents(log);
        expect(effectiveEvents(once)).toEqual(once);
        PAIRS.forEach((_, i) => expect(deriveStatus(effectiveEvents(ofPair(log, i)), optionsOf(i))).toEqual(deriveStatus(ofPair(log, i), optionsOf(i))));
      }),
    );
  });

  it('an undo of an original event equals leaving the event out', () => {
    fc.assert(
      fc.property(logArb, fc.nat(), (log, pick) => {
        const candidates = effectiveEvents(log).filter((e) => e.supersedesId === null);
        fc.pre(candidates.length > 0);
        const target = candidates[pick % candidates.length];
        const undo: TrackedEvent = { ...target, id: 'undo', supersedesId: target.id, retracts: true, occurredOn: TODAY, createdAt: `${TODAY}T23:00:00.000Z` };
        expect(statuses([...log, undo])).toEqual(statuses(log.filter((e) => e.id !== target.id)));
      }),
    );
  });

  it('a correction equals having recorded the corrected event in the first place', () => {
    fc.assert(
      fc.property(logArb, fc.nat(), fc.integer({ min: 0, max: 120 }), (log, pick, day) => {
        const candidates = effectiveEvents(log).filter((e) => e.supersedesId === null);
        fc.pre(candidates.length > 0);
        const target = candidates[pick % candidates.length];
        const fixed: TrackedEvent = { ...target, id: 'fix', occurredOn: addDays('2026-11-01', day), createdAt: `${TODAY}T23:00:00.000Z` };
        const corrected = statuses([...log, { ...fixed, supersedesId: target.id }]);
        const replaced = statuses([...log.filter((e) => e.id !== target.id), fixed]);
        expect(corrected).toEqual(replaced);
      }),
    );
  });

  it('a reply that counts makes the status replied unless the matter is closed', () => {
    fc.assert(
      fc.property(logArb, fc.integer({ min: 0, max: PAIRS.length - 1 }), fc.integer({ min: 0, max: 120 }), (log, i, day) => {
        const reply: TrackedEvent = {
          ...PAIRS[i],
          id: 'reply',
          kind: 'replied',
          occurredOn: addDays('2026-11-01', day),
          createdAt: `${TODAY}T23:00:00.000Z`,
          supersedesId: null,
          retracts: false,
          dueOn: null,
          outcome: null,
        };
        const before = statuses(log)[i].status;
        expect(statuses([...log, reply])[i].status).toBe(before === 'closed' ? 'closed' : 'replied');
      }),
    );
  });

  it('a country with several campaigns takes the first status of the precedence that any row has, and counts every row', () => {
    fc.assert(
      fc.property(logArb, fc.array(fc.constantFrom('ES', 'FR'), { minLength: PAIRS.length, maxLength: PAIRS.length }), (log, countries) => {
        const rows = statuses(log).map((derived, i) => ({ countryCode: countries[i], derived }));
        for (const agg of aggregateByCountry(rows)) {
          const mine = rows.filter((r) => r.countryCode === agg.countryCode).map((r) => r.derived.status);
          expect(Object.values(agg.counts).reduce((a, b) => a + b, 0)).toBe(mine.length);
          expect(agg.status).toBe(COUNTRY_PRECEDENCE.find((s) => mine.includes(s)));
        }
        expect(aggregateByCountry([...rows].reverse())).toEqual(aggregateByCountry(rows));
      }),
    );
  });
});

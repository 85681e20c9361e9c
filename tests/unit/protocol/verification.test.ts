import { describe, expect, it } from 'vitest';
import { needsVerification } from '../../../shared/protocol';

// Local dates, as a person's calendar shows them.
const day = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12);

describe('needsVerification', () => {
  it.each([
    [null, day(2026, 11, 1), true],
    ['', day(2026, 11, 1), true],
    ['not a date', day(2026, 11, 1), true],
    ['2026-11-01', day(2026, 11, 1), false],
    ['2026-05-01', day(2026, 11, 1), false], // exactly six months: still verified
    ['2026-04-30', day(2026, 11, 1), true],
    ['2026-05-02', day(2026, 11, 1), false],
    ['2025-08-31', day(2026, 2, 28), false], // month end clamps to 28 February
    ['2025-08-31', day(2026, 3, 1), true],
    ['2023-08-31', day(2024, 2, 29), false], // leap year
    ['2026-07-15T09:30:00Z', day(2027, 1, 15), false],
    ['2026-07-15T09:30:00Z', day(2027, 1, 16), true],
    ['2027-01-01', day(2026, 11, 1), false], // recorded ahead of today: not stale
  ])('verified %s, today %s → %s', (verifiedOn, today, expected) => {
    expect(needsVerification(verifiedOn, today)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { parseDay } from '../../../../electron/core/recipients/csv/cell-values';

/* "Verified on" cells as partners write them: ISO, year first, or day first; never month first. */

describe('parseDay', () => {
  it.each([
    ['2026-03-31', '2026-03-31'],
    [' 2026-03-31 ', '2026-03-31'],
    ['2026-03-31T10:15:00Z', '2026-03-31'],
    ['2026/3/1', '2026-03-01'],
    ['31/03/2026', '2026-03-31'],
    ['1.3.2026', '2026-03-01'],
    ['31-03-2026', '2026-03-31'],
    // Day first, as Europe and Latin America write it: 3 April, not 4 March.
    ['03/04/2026', '2026-04-03'],
    ['29/02/2024', '2024-02-29'],
    ['', ''],
    ['   ', ''],
  ])('"%s" is %s', (cell, day) => {
    expect(parseDay(cell)).toBe(day);
  });

  it.each(['31/02/2026', '03/31/2026', '2026-13-01', '29/02/2026', '31/3/26', 'last spring', '2026', '12 March 2026'])('"%s" is not a day', (cell) => {
    expect(parseDay(cell)).toBeUndefined();
  });
});

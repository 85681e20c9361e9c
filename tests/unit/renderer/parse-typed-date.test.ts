import { describe, expect, it } from 'vitest';
import { parseTypedDate } from '../../../renderer/i18n/parse-typed-date';

/* Dates typed into the UI's date fields: day first, never month first, in each UI language. */

describe('parseTypedDate', () => {
  it('reads ISO and day-first numbers', () => {
    expect(parseTypedDate('2026-12-04', 'en')).toBe('2026-12-04');
    expect(parseTypedDate('4/12/2026', 'en')).toBe('2026-12-04');
    expect(parseTypedDate('04.12.2026', 'fr')).toBe('2026-12-04');
    expect(parseTypedDate('4-12-2026', 'es')).toBe('2026-12-04');
  });

  it('reads month names in the UI language', () => {
    expect(parseTypedDate('4 December 2026', 'en')).toBe('2026-12-04');
    expect(parseTypedDate('4 Dec 2026', 'en')).toBe('2026-12-04');
    expect(parseTypedDate('4 de diciembre de 2026', 'es')).toBe('2026-12-04');
    expect(parseTypedDate('4 DÉCEMBRE 2026', 'fr')).toBe('2026-12-04');
  });

  it('refuses what is not a date, and impossible days', () => {
    expect(parseTypedDate('', 'en')).toBeNull();
    expect(parseTypedDate('12/31/2026', 'en')).toBeNull();
    expect(parseTypedDate('31/02/2026', 'en')).toBeNull();
    expect(parseTypedDate('next week', 'en')).toBeNull();
  });
});

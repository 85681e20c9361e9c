import { afterEach, describe, expect, it } from 'vitest';
import { dateLocale, formatDateTime, formatIsoDate, setDateStyle } from '../../../renderer/i18n/date-format';

/* The UI's dates: British by default in English, the system's own format only when chosen and only in the UI's language. */

describe('UI dates', () => {
  afterEach(() => setDateStyle('letter'));

  it('writes dates as the letters do in every language, whatever the system', () => {
    expect(formatIsoDate('2026-12-04', 'en')).toBe('4 December 2026');
    expect(formatIsoDate('2026-12-04', 'es')).toBe('4 de diciembre de 2026');
    expect(formatIsoDate('2026-12-04', 'fr')).toBe('4 décembre 2026');
  });

  it('writes times on the 24-hour clock in English', () => {
    const at = new Date(2026, 11, 4, 14, 30, 5);
    expect(formatDateTime(at, 'en')).toBe('4 December 2026 at 14:30:05');
    expect(formatDateTime(at, 'en', false)).toBe('4 December 2026 at 14:30');
  });

  it('uses the computer’s locale when chosen, only if it is in the UI language', () => {
    expect(dateLocale('en', 'system', ['en-US', 'fr-FR'])).toBe('en-US');
    expect(dateLocale('fr', 'system', ['en-US', 'fr-CA'])).toBe('fr-CA');
    expect(dateLocale('es', 'system', ['en-US'])).toBe('es-ES');
    expect(dateLocale('en', 'letter', ['en-US'])).toBe('en-GB');
  });
});

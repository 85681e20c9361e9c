import type { Language } from '../../recipients/schemas';

/*
 * Dates written out as letters write them: "22 November 2026",
 * "22 de noviembre de 2026", "1er novembre 2026". Formatted in UTC from a
 * calendar day, so the result never depends on the machine's time zone.
 */

// British English puts the day first, as letters to governments do.
const LOCALE: Record<Language, string> = { en: 'en-GB', es: 'es', fr: 'fr' };

const formatters = new Map<Language, Intl.DateTimeFormat>();

function formatter(language: Language): Intl.DateTimeFormat {
  let f = formatters.get(language);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formatters.set(language, f);
  }
  return f;
}

function writeOut(utcMidnight: number, language: Language): string {
  if (!Number.isFinite(utcMidnight)) return '';
  return (
    formatter(language)
      .formatToParts(new Date(utcMidnight))
      // French writes the first of the month as an ordinal: "1er novembre".
      .map((part) => (language === 'fr' && part.type === 'day' && part.value === '1' ? '1er' : part.value))
      .join('')
  );
}

/** "2026-11-22" → "22 November 2026"; '' when the text is not a real ISO date. */
export function formatIsoDate(iso: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!match) return '';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  // Date.UTC rolls 2026-02-30 over into March: refuse it instead.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return '';
  return writeOut(time, language);
}

/** The local calendar day of `date`, written out; '' for an invalid Date. */
export function formatCalendarDay(date: Date, language: Language): string {
  return writeOut(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()), language);
}

import type { Language } from '../../shared/recipients/schemas';
import type { DateStyle } from '../../shared/workspace/contract';

/*
 * How the UI writes dates and times. By default it follows the letters'
 * conventions: "4 December 2026" and 24-hour time in English (British, as the
 * letters are), "4 de diciembre de 2026", "4 décembre 2026". A user who
 * prefers the computer's own format chooses "As on this computer" in
 * Settings; then the first system locale of the UI's language is used (an
 * en-US system gives "December 4, 2026, 2:30 PM"), and the letter's
 * convention where the system has none in that language.
 */

const LETTER_LOCALES: Record<Language, string> = { en: 'en-GB', es: 'es-ES', fr: 'fr-FR' };

let style: DateStyle = 'letter';

/** Set from the workspace settings (use-ui-language.ts). */
export function setDateStyle(next: DateStyle): void {
  style = next;
}

function systemLocales(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
}

/** The BCP 47 locale that dates in `language` are written in. */
export function dateLocale(language: Language, chosen: DateStyle = style, system: readonly string[] = systemLocales()): string {
  if (chosen === 'system') {
    const own = system.find((locale) => locale.slice(0, 2).toLowerCase() === language);
    if (own) return own;
  }
  return LETTER_LOCALES[language];
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and option set: making one costs more than formatting, and tables format hundreds. */
function formatter(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = dateLocale(language);
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** An ISO date ("2026-12-04") as "4 December 2026", without time-zone shifts. */
export function formatIsoDate(iso: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return formatter(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A moment as "4 December 2026, 14:30:05", local time. */
export function formatDateTime(at: Date | string, language: Language, withSeconds = true): string {
  return formatter(language, { dateStyle: 'long', timeStyle: withSeconds ? 'medium' : 'short' }).format(new Date(at));
}

/** A moment's time only: "14:30". */
export function formatTime(at: Date | string, language: Language): string {
  return formatter(language, { timeStyle: 'short' }).format(new Date(at));
}

import dayjs from 'dayjs';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/es';
import 'dayjs/locale/fr';
import type { Language } from '../../shared/recipients/schemas';

/*
 * A date typed into a date field, read day first as in the letters'
 * languages: "2026-12-04", "4/12/2026", "4.12.2026", "4 December 2026",
 * "4 Dec 2026", "4 de diciembre de 2026", "4 décembre 2026". Never month
 * first: "4/12/2026" is the 4th of December. Gives the ISO date, or null.
 */

export const DAYJS_LOCALE: Record<Language, string> = { en: 'en-gb', es: 'es', fr: 'fr' };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;
const WORDED = /^(\d{1,2})\.?\s+(?:de\s+)?(\p{L}+)\.?\s+(?:de\s+)?(\d{4})$/u;

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The month (1–12) a word names in `language`: its full name, or its first three letters or more. */
function monthNamed(word: string, language: Language): number | null {
  const months = (dayjs.Ls[DAYJS_LOCALE[language]]?.months ?? []) as readonly string[];
  const typed = fold(word);
  if (typed.length < 3) return null;
  const index = months.findIndex((name) => fold(name).startsWith(typed));
  return index === -1 ? null : index + 1;
}

function isoIfReal(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

export function parseTypedDate(text: string, language: Language): string | null {
  const typed = text.trim().replace(/\s+/g, ' ');
  let match = ISO.exec(typed);
  if (match) return isoIfReal(Number(match[1]), Number(match[2]), Number(match[3]));
  match = DAY_FIRST.exec(typed);
  if (match) return isoIfReal(Number(match[3]), Number(match[2]), Number(match[1]));
  match = WORDED.exec(typed);
  if (match) {
    const month = monthNamed(match[2] ?? '', language);
    return month === null ? null : isoIfReal(Number(match[3]), month, Number(match[1]));
  }
  return null;
}

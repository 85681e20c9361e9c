import type { Gender, Language } from '../../../../shared/recipients/schemas';
import { foldForSearch } from '../../../../shared/text/fold';

/*
 * Words people put in gender, language and tag columns, in English, Spanish
 * and French, folded (lower case, no accents, punctuation as spaces, so
 * "Sra." is "sra" and "N/A" is "n a").
 */

const FEMALE = new Set([
  'f',
  'female',
  'woman',
  'w',
  'fem',
  'mujer',
  'femenino',
  'femenina',
  'femme',
  'feminin',
  'feminine',
  'mrs',
  'ms',
  'miss',
  'madam',
  'madame',
  'mme',
  'mlle',
  'mademoiselle',
  'sra',
  'senora',
  'srta',
  'senorita',
  'dona',
  'dra',
  'excma',
]);
const MALE = new Set([
  'm',
  'male',
  'man',
  'masc',
  'hombre',
  'varon',
  'masculino',
  'h',
  'homme',
  'masculin',
  'mr',
  'sir',
  'monsieur',
  'sr',
  'senor',
  'don',
  'excmo',
]);
const UNSPECIFIED = new Set([
  '',
  'x',
  'u',
  'n a',
  'na',
  'none',
  'unspecified',
  'unknown',
  'other',
  'neutral',
  'non binary',
  'nonbinary',
  'prefer not to say',
  'diverse',
  'otro',
  'otra',
  'desconocido',
  'no especificado',
  'no binario',
  'neutro',
  'autre',
  'inconnu',
  'non specifie',
  'non precise',
  'non binaire',
  'neutre',
]);

/** "Excma. Sra." is female; undefined when the cell is not a gender word Letterdesk knows. */
export function parseGender(cell: string): Gender | undefined {
  const w = words(cell);
  const whole = classify(w);
  if (whole) return whole;
  // "Excma. Sra.", "H.E. Mr": go by the words known, if they agree.
  const found = new Set(
    w
      .split(' ')
      .filter((t) => t.length > 1)
      .map(classify)
      .filter((g) => g && g !== 'unspecified'),
  );
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * Spanish forms write sex as H/M (hombre/mujer), where English ones write
 * M/F: the letter alone, so a column's convention can be told from its "H"s.
 */
export function genderLetter(cell: string): 'h' | 'm' | undefined {
  const w = words(cell);
  return w === 'h' || w === 'm' ? w : undefined;
}

function classify(w: string): Gender | undefined {
  if (FEMALE.has(w)) return 'female';
  if (MALE.has(w)) return 'male';
  if (UNSPECIFIED.has(w)) return 'unspecified';
  return undefined;
}

const LANGUAGE_WORDS: Record<string, Language> = {};
const LANGUAGE_LIST: [Language, string[]][] = [
  ['en', ['en', 'eng', 'english', 'ingles', 'inglesa', 'anglais', 'anglaise']],
  ['es', ['es', 'spa', 'esp', 'spanish', 'espanol', 'espanola', 'castellano', 'espagnol', 'castillan']],
  ['fr', ['fr', 'fra', 'fre', 'french', 'frances', 'francesa', 'francais', 'francaise']],
];
for (const [lang, list] of LANGUAGE_LIST) for (const word of list) LANGUAGE_WORDS[word] = lang;

/** Blank is English; "es-MX" counts as "es"; undefined when not en, es or fr. */
export function parseLanguage(cell: string): Language | undefined {
  const w = words(cell);
  if (w === '') return 'en';
  return LANGUAGE_WORDS[w] ?? LANGUAGE_WORDS[w.split(' ')[0]];
}

/**
 * Tags separated by ";" or ",", or else by "|". A tag may itself contain "|"
 * (tagSchema allows it), so "|" separates only in a cell with no ";" or ","
 * (the export writes a lone tag with "|" as "a|b;" to keep it whole).
 */
export function splitTags(cell: string): string[] {
  const separator = /[;,]/.test(cell) ? /[;,]/ : /\|/;
  return cell
    .split(separator)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

function words(cell: string): string {
  return foldForSearch(cell)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** "YYYY-MM-DD" when year, month and day make a day on the calendar. */
function calendarDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * A "verified on" cell as "YYYY-MM-DD": written so ("2026-03-31", or a
 * timestamp starting so), year first with slashes or dots ("2026/03/31"), or
 * day first as Europe and Latin America write it ("31/03/2026", "1.3.2026",
 * "31-03-2026"). Blank is ""; undefined when it is none of these or not a
 * real day ("31/02/2026"). Day-first is never read month-first: "03/04/2026"
 * is 3 April.
 */
export function parseDay(cell: string): string | undefined {
  const text = cell.trim();
  if (text === '') return '';
  const yearFirst = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (yearFirst) return calendarDay(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  const dayFirst = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (dayFirst) return calendarDay(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  return undefined;
}

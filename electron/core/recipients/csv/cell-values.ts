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

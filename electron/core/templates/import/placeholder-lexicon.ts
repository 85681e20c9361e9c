import type { MergeFieldId } from '../../../../shared/letter/fields';
import { foldForSearch } from '../../../../shared/text/fold';
import type { PlaceholderMapping } from './types';

/*
 * What placeholders look like and what they mean, in English, Spanish and
 * French. Matching is case- and accent-insensitive ("PAÍS", "pais", "{{país}}").
 */

/** Folded, punctuation as spaces: "NOM DU PRÉSIDENT" → "nom du president". */
export function labelKey(label: string): string {
  return foldForSearch(label)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** "NAME OF THE PRESIDENT", "PAÍS": capitals (3 letters or more), digits, spaces and light punctuation. */
export function isCapsLabel(label: string): boolean {
  const text = label.trim();
  if (!/^[\p{Lu}\p{N}][\p{Lu}\p{N}\p{M}\s'’.,:&()/_-]*$/u.test(text)) return false;
  return (text.match(/\p{Lu}/gu) ?? []).length >= 3;
}

/** A mail-merge name without spaces: "FirstName", "country_name", "recipient.name". */
export function isIdentifierLabel(label: string): boolean {
  return /^[\p{L}\p{N}_.-]{1,60}$/u.test(label.trim()) && /\p{L}/u.test(label);
}

const field = (id: MergeFieldId): PlaceholderMapping => ({ type: 'field', field: id });

const NAME = '(?:full name|name|nombre(?: completo)?|nom(?: complet)?)';
const RECIPIENT =
  '(?:president[ae]?|head of state|head of government|prime minister|primer[ao]? ministr[oa]|premier ministre|premiere ministre|' +
  'jef[ae] de(?:l)? (?:estado|gobierno)|chef de l etat|chef d etat|chef du gouvernement|minist(?:er|ro|ra|re)|' +
  'recipient|addressee|destinatari[oa]|destinataire)';
const RECIPIENT_NAME_ALONE = /^(?:recipient|addressee|destinatari[oa]|destinataire|name|full name|nombre|nom)$/;
const HAS_NAME = new RegExp(`(?:^| )${NAME}(?: |$)`);
const HAS_RECIPIENT = new RegExp(`(?:^| )${RECIPIENT}(?: |$)`);
const COUNTRY = /^(?:(?:the )?country(?: name)?|name of (?:the )?country|(?:el )?pais|nombre del pais|(?:le )?pays|nom du pays)$/;
const DATE = /^(?:date|fecha|letter date|date of (?:the )?letter|fecha de (?:la )?carta|date de (?:la )?lettre)$/;
const ORGANISATION =
  /^(?:(?:name of )?(?:the |your |our )?(?:organi[sz]ation|ngo)(?: name)?|(?:nombre de )?(?:la |su |nuestra )?(?:organizacion|ong)|(?:nom de )?(?:l |votre |notre )?organisation)$/;

/** The merge field a marker's label names, or unmapped. */
export function mapLabel(label: string): PlaceholderMapping {
  const key = labelKey(label);
  if (RECIPIENT_NAME_ALONE.test(key) || (HAS_NAME.test(key) && HAS_RECIPIENT.test(key))) return field('recipient.name');
  if (COUNTRY.test(key)) return field('country.name');
  if (DATE.test(key)) return field('date.letter');
  if (ORGANISATION.test(key)) return field('sender.organisation');
  return { type: 'unmapped' };
}

export interface AlternativeMatch {
  start: number;
  end: number;
  mapping: PlaceholderMapping;
  /** "President/Prime Minister": may open a "… of the Republic of COUNTRY" full title. */
  office: boolean;
}

const SP = '[ \\t\\u00a0]+';
const bounded = (source: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}/])(?:${source})(?![\\p{L}\\p{N}/])`, 'giu');

const PHRASES: { pattern: RegExp; field: MergeFieldId; office: boolean }[] = [
  {
    field: 'recipient.honorific',
    office: false,
    pattern: bounded(
      `(?:His/Her|Her/His)${SP}Excellency|Excelent[íi]sim[oa]/[ao]${SP}Se[ñn]or(?:/a|a/or)|Son${SP}Excellence(?:${SP}(?:Monsieur/Madame|Madame/Monsieur))?`,
    ),
  },
  {
    field: 'recipient.officeTitle',
    office: true,
    pattern: bounded(
      `President/Prime${SP}Minister|Prime${SP}Minister/President|Presidente/Primer[ao]?${SP}Ministr[oa]|Primer${SP}Ministro/Presidente|` +
        `Pr[ée]sident/Premi(?:er|[èe]re)${SP}ministre|Premier${SP}ministre/Pr[ée]sident`,
    ),
  },
];

const SLASH_WORDS = /(?<![\p{L}\p{N}/])\p{L}+\.?(?:\/\p{L}+\.?)+(?![\p{L}\p{N}/])/gu;

// Masculine and feminine forms, folded; either order is recognised.
const GENDER_PAIRS = new Map(
  [
    ['his', 'her'],
    ['him', 'her'],
    ['he', 'she'],
    ['himself', 'herself'],
    ['mr', 'mrs'],
    ['mr', 'ms'],
    ['sir', 'madam'],
    ['monsieur', 'madame'],
    ['senor', 'senora'],
    ['sr', 'sra'],
    ['don', 'dona'],
    ['el', 'la'],
    ['le', 'la'],
    ['il', 'elle'],
    ['lui', 'elle'],
  ].flatMap(([m, f]) => [
    [`${m}/${f}`, 'male-first'],
    [`${f}/${m}`, 'female-first'],
  ]),
);

/**
 * Gender alternatives become a choice whose `other` is the text as written:
 * when the recipient's gender is not recorded, the letter keeps the author's
 * own neutral form ("His/Her") rather than guessing or switching register
 * ("Their"), as the forms-of-address engine never guesses either.
 */
function genderChoice(raw: string, male: string, female: string): PlaceholderMapping {
  return { type: 'choice', by: 'gender', options: { male, female }, other: raw };
}

/** "Señor" + "a" → "Señora", "Excelentísimo" + "a" → "Excelentísima", "todos" + "as" → "todas". */
function feminine(word: string, suffix: string): string {
  let stem = word;
  if (/(?:os|es)$/i.test(word) && suffix.length === 2) stem = word.slice(0, -2);
  else if (/[oe]$/i.test(word)) stem = word.slice(0, -1);
  const result = stem + suffix.toLowerCase();
  return word === word.toUpperCase() ? result.toUpperCase() : result;
}

function classifySlashWords(raw: string): PlaceholderMapping | null {
  const parts = raw.split('/');
  if (parts.length === 2) {
    const [a, b] = parts as [string, string];
    const order = GENDER_PAIRS.get(`${labelKey(a)}/${labelKey(b)}`);
    if (order === 'male-first') return genderChoice(raw, a, b);
    if (order === 'female-first') return genderChoice(raw, b, a);
    if (/^as?$/i.test(b) && a.length >= 3 && /\p{Ll}$|\p{Lu}{3}$/u.test(a)) return genderChoice(raw, a, feminine(a, b));
  }
  // Other title-case alternatives ("Minister/Secretary"): the reviewer decides.
  if (parts.every((part) => /^\p{Lu}\p{Ll}+\.?$/u.test(part))) return { type: 'unmapped' };
  return null;
}

/**
 * Alternatives written with a slash, longest phrases first. `claim` reserves
 * a range and says whether it was still free, so none overlap each other or
 * the markers found before.
 */
export function findAlternatives(text: string, claim: (start: number, end: number) => boolean): AlternativeMatch[] {
  const found: AlternativeMatch[] = [];
  for (const phrase of PHRASES) {
    for (const m of text.matchAll(phrase.pattern)) {
      const end = m.index + m[0].length;
      if (claim(m.index, end)) found.push({ start: m.index, end, mapping: field(phrase.field), office: phrase.office });
    }
  }
  for (const m of text.matchAll(SLASH_WORDS)) {
    const mapping = classifySlashWords(m[0]);
    const end = m.index + m[0].length;
    if (mapping && claim(m.index, end)) found.push({ start: m.index, end, mapping, office: false });
  }
  return found;
}

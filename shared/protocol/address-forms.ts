import {
  EXCELLENCY_SALUTATIONS,
  HONORIFICS,
  PLAIN,
  SOVEREIGN_SALUTATIONS,
  officialClose,
  pick,
  plainClose,
  sovereignClose,
  type Voice,
} from './address-phrases';
import { TITLES } from './data/titles';
import { byGender, fullOfficeTitle, officeStyle } from './offices';
import { foldForSearch } from '../text/fold';
import type { CountryRecord, Gender, Language, OfficeStyle, OfficeType } from './types';

/*
 * The forms-of-address engine: from office, gender, state and letter language
 * to honorific, full title, address block, salutation and close. Pure: the
 * caller supplies the country record and any per-recipient overrides, and
 * every part it overrides wins.
 */

export interface AddressOverrides {
  honorific?: string;
  fullTitle?: string;
  /** Lines, or one text with a line per row (as the recipient form stores it). */
  addressBlock?: string | readonly string[];
  salutation?: string;
  complimentaryClose?: string;
}

export interface AddressInput {
  office: OfficeType;
  /** The office as typed; the title of a `custom` office. */
  customTitle?: string;
  gender: Gender;
  country: CountryRecord;
  language: Language;
  /** May be empty when the holder is not known yet. */
  name: string;
  /** Street, city…: one line per row; the country line is added after it. */
  postalAddress?: string;
  /** Who writes: "my highest consideration" (singular, the default) or "our" (plural). */
  voice?: Voice;
  overrides?: AddressOverrides;
}

export interface FormsOfAddress {
  honorific: string;
  fullTitle: string;
  addressBlock: string[];
  salutation: string;
  complimentaryClose: string;
}

// A custom office that names a minister is addressed as one ("Minister of
// Justice"); deputies and vice-ministers are not given Excellency.
const MINISTERIAL = /\b(minister|ministra|ministro|ministre)\b|secretary of state|secretari[oa] de estado|secretaire d.etat/;
const JUNIOR = /\b(deputy|junior|adjointe?|state minister)\b|\bvice/;

function customStyle(title: string): OfficeStyle | undefined {
  const folded = foldForSearch(title);
  if (!MINISTERIAL.test(folded) || JUNIOR.test(folded)) return undefined;
  const same = { m: title, f: title };
  return {
    spec: { title: { en: same, es: same, fr: same }, state: 'none', address: TITLES['foreign-minister'].address },
    dignity: 'excellency',
  };
}

// First words that already carry a title, so none is put before the name.
const TITLE_WORDS = new Set(
  'king queen rey reina roi reine emperor empress emperador emperatriz empereur imperatrice sultan sultana sultane sheikh shaikh sheikha jeque cheikh grand gran prince princess principe princesa princesse pope papa pape el la le his her'.split(
    ' ',
  ),
);

/** "Felipe VI" → "King Felipe VI" / "el Rey Felipe VI" for sovereigns whose style takes it. */
function displayName(style: OfficeStyle | undefined, gender: Gender, language: Language, name: string): string {
  const trimmed = name.trim();
  const firstWord = foldForSearch(trimmed).split(/[\s']/)[0] ?? '';
  if (!trimmed || !style?.namePrefix || TITLE_WORDS.has(firstWord)) return trimmed;
  return `${byGender(style.namePrefix[language], gender)} ${trimmed}`;
}

type Computed = Omit<FormsOfAddress, 'addressBlock'>;

function computed(input: AddressInput, style: OfficeStyle | undefined): Computed {
  const { office, gender, country, language } = input;
  const voice = input.voice ?? 'singular';
  const fullTitle = office === 'custom' ? (input.customTitle ?? '').trim() : fullOfficeTitle(country, office, gender, language);

  if (!style) {
    // Below Excellency rank: plain courtesy forms.
    return {
      honorific: pick(PLAIN.honorific[language], gender),
      fullTitle,
      salutation: pick(PLAIN.salutation[language], gender),
      complimentaryClose: plainClose(language, gender, voice),
    };
  }

  const honorific = language === 'en' && style.enStyle ? style.enStyle : pick(HONORIFICS[style.dignity][language], gender);

  if (style.dignity !== 'excellency') {
    const salutation = pick(SOVEREIGN_SALUTATIONS[style.dignity][language], gender);
    const complimentaryClose =
      style.dignity === 'eminence' ? officialClose(language, salutation.slice(0, -1), 'highest', voice) : sovereignClose(style.dignity, language, voice);
    return { honorific, fullTitle, salutation, complimentaryClose };
  }

  const vocative = style.spec.address[language];
  let salutation: string;
  if (!vocative || gender === 'unspecified') salutation = pick(EXCELLENCY_SALUTATIONS[language], gender);
  else if (language === 'en') salutation = `Dear ${byGender(vocative, gender)},`;
  else salutation = `${byGender(vocative, gender)}${language === 'es' ? ':' : ','}`;
  // The close repeats the salutation's vocative, without its punctuation.
  const complimentaryClose = officialClose(language, salutation.slice(0, -1), style.spec.consideration ?? 'highest', voice);
  return { honorific, fullTitle, salutation, complimentaryClose };
}

function addressLines(input: AddressInput, firstLine: string, fullTitle: string): string[] {
  const postal = (input.postalAddress ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const countryLine = input.country.postal[input.language];
  const last = postal.at(-1);
  const endsWithCountry = last !== undefined && foldForSearch(last) === foldForSearch(countryLine);
  return [firstLine, fullTitle, ...postal, ...(endsWithCountry ? [] : [countryLine])].filter(Boolean);
}

/** Honorific, full title, address block, salutation and close for one recipient. */
export function formsOfAddress(input: AddressInput): FormsOfAddress {
  const style = input.office === 'custom' ? customStyle(input.customTitle ?? '') : officeStyle(input.country, input.office);
  const base = computed(input, style);
  const o = input.overrides ?? {};
  const honorific = o.honorific ?? base.honorific;
  const fullTitle = o.fullTitle ?? base.fullTitle;
  const firstLine = [honorific, displayName(style, input.gender, input.language, input.name)].filter(Boolean).join(' ');

  let addressBlock: string[];
  if (o.addressBlock === undefined) addressBlock = addressLines(input, firstLine, fullTitle);
  else if (typeof o.addressBlock === 'string') addressBlock = o.addressBlock.split(/\r?\n/);
  else addressBlock = [...o.addressBlock];

  return {
    honorific,
    fullTitle,
    addressBlock,
    salutation: o.salutation ?? base.salutation,
    complimentaryClose: o.complimentaryClose ?? base.complimentaryClose,
  };
}

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
import { byGender, fullOfficeTitle } from './offices';
import { officeOnlyLine } from './office-only-line';
import { printsTypedTitle, typedOfficeStyle } from './typed-offices';
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
  const typed = (input.customTitle ?? '').trim();
  let fullTitle: string;
  if (style?.titleFromStyle) fullTitle = byGender(style.spec.title[language], gender);
  else if (office === 'custom' || printsTypedTitle(country, office, typed)) fullTitle = typed;
  // A parliament that does not sit has no title of its own: only what was typed prints.
  else fullTitle = fullOfficeTitle(country, office, gender, language) || typed;

  if (!style) {
    // Below Excellency rank: plain courtesy forms.
    return {
      honorific: pick(PLAIN.honorific[language], gender),
      fullTitle,
      salutation: pick(PLAIN.salutation[language], gender),
      complimentaryClose: plainClose(language, gender, voice),
    };
  }

  let honorific = language === 'en' && style.enStyle ? style.enStyle : pick(HONORIFICS[style.dignity][language], gender);
  if (language === 'en' && style.enStyleAfterHonorific) honorific = `${honorific} ${style.enStyleAfterHonorific}`;

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
  const style = typedOfficeStyle(input.office, input.country, input.customTitle);
  const base = computed(input, style);
  const o = input.overrides ?? {};
  const honorific = o.honorific ?? base.honorific;
  const fullTitle = o.fullTitle ?? base.fullTitle;
  const holder = displayName(style, input.gender, input.language, input.name);

  let addressBlock: string[];
  if (o.addressBlock === undefined && holder === '') {
    // The office alone: "His Excellency the Prime Minister of the French Republic", never a bare "H.E.".
    const first = style ? officeOnlyLine(style, input.language, input.gender, fullTitle, o.honorific) : fullTitle;
    addressBlock = addressLines(input, first, '');
  } else if (o.addressBlock === undefined) addressBlock = addressLines(input, [honorific, holder].filter(Boolean).join(' '), fullTitle);
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

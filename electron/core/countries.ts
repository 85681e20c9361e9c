import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import type { Country } from '../../shared/api/contract';
import { LANGUAGES, type Language } from '../../shared/domain/recipient';
import { foldForSearch } from '../../shared/text/fold';

/*
 * Country names in the three letter languages, from i18n-iso-countries
 * (ISO 3166-1, maintained, MIT). Only the three locales are registered so the
 * bundle stays small. The recipients issue replaces this with protocol data
 * (official names, forms of state, groups) shipped in resources/.
 */
countries.registerLocale(en);
countries.registerLocale(es);
countries.registerLocale(fr);

function names(code: string): Country['names'] {
  // "alias" picks the short everyday name where the package has one
  // ("United States" rather than "United States of America").
  const pick = (lang: Language) => countries.getName(code, lang, { select: 'alias' }) ?? code;
  return { en: pick('en'), es: pick('es'), fr: pick('fr') };
}

const ALL: Country[] = Object.keys(countries.getAlpha2Codes())
  .map((code) => ({ code, names: names(code) }))
  .sort((a, b) => a.names.en.localeCompare(b.names.en, 'en'));

const BY_CODE = new Map(ALL.map((c) => [c.code, c]));

// Every spelling a person might type, folded: codes, and names in each language.
const BY_FOLDED_NAME = new Map<string, string>();
for (const country of ALL) {
  BY_FOLDED_NAME.set(foldForSearch(country.code), country.code);
  BY_FOLDED_NAME.set(foldForSearch(countries.alpha2ToAlpha3(country.code) ?? ''), country.code);
  for (const lang of LANGUAGES) {
    const all = countries.getName(country.code, lang, { select: 'all' }) ?? [];
    for (const name of all) BY_FOLDED_NAME.set(foldForSearch(name), country.code);
  }
}

export function listCountries(): Country[] {
  return ALL;
}

export function isKnownCountry(code: string): boolean {
  return BY_CODE.has(code);
}

export function countryNames(code: string): Country['names'] | undefined {
  return BY_CODE.get(code)?.names;
}

/** "ES", "esp", "Spain", "España" and "Espagne" all give "ES". */
export function resolveCountry(text: string): string | undefined {
  return BY_FOLDED_NAME.get(foldForSearch(text.trim()));
}

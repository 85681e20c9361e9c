import snapshot from './data/world-countries.json';
import { getCountry, listCountries, officialNameWithArticle } from './countries';
import { EXTRA_ALIASES, IGNORED_ALIASES } from './data/name-corrections';
import { foldForSearch } from '../text/fold';
import { PROTOCOL_LANGUAGES, type CountryCode, type CountryRecord } from './types';

/*
 * A typed country → its record. Accepts ISO alpha-2 and alpha-3 codes and any
 * common, formal or alternative name in any of the three languages, ignoring
 * case, accents, punctuation, spaces and a leading article: "España",
 * "espana", "Allemagne", "DNK", "les États-Unis", "EE. UU.".
 *
 * Spellings are indexed in tiers, most trusted first: our own names, then our
 * curated aliases, then world-countries' alternative spellings. A spelling
 * that a lower tier would give to a different state is left to the higher
 * one; a clash within a tier drops the spelling rather than guess.
 */

// Longest first, so "les États-Unis" loses "les" and not "le".
const LEADING_ARTICLE = /^(?:the|los|las|les|el|la|le)\s+|^l'/;

/** The lookup key: folded, no leading article, letters and digits only. */
export function countryKey(text: string): string {
  return foldForSearch(text.trim())
    .replace(/[’‘`]/g, "'")
    .replace(LEADING_ARTICLE, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function buildIndex(): Map<string, CountryCode> {
  const index = new Map<string, CountryCode>();
  const ignored = new Set(IGNORED_ALIASES.map(countryKey));

  const addTier = (entries: Iterable<[string, CountryCode]>) => {
    const tier = new Map<string, CountryCode | null>();
    for (const [text, code] of entries) {
      const key = countryKey(text);
      if (!key || index.has(key)) continue;
      const seen = tier.get(key);
      tier.set(key, seen === undefined || seen === code ? code : null);
    }
    for (const [key, code] of tier) if (code) index.set(key, code);
  };

  const countries = listCountries();
  addTier(
    countries.flatMap((c): [string, CountryCode][] => [
      [c.alpha2, c.alpha2],
      [c.alpha3, c.alpha2],
      ...PROTOCOL_LANGUAGES.flatMap((lang): [string, CountryCode][] => [
        [c.names[lang].common, c.alpha2],
        [c.names[lang].official, c.alpha2],
        [officialNameWithArticle(c, lang), c.alpha2],
      ]),
    ]),
  );
  addTier(Object.entries(EXTRA_ALIASES).flatMap(([code, aliases]) => aliases.map((a): [string, CountryCode] => [a, code as CountryCode])));
  addTier(
    snapshot.states.flatMap((s) =>
      [...Object.values(s.names).flatMap((n) => [n.common, n.official]), ...s.aliases]
        .filter((a) => !ignored.has(countryKey(a)))
        .map((a): [string, CountryCode] => [a, s.cca2 as CountryCode]),
    ),
  );
  return index;
}

let INDEX: Map<string, CountryCode> | undefined;

/** The state a person meant, or undefined when nothing (or more than one state) fits. */
export function resolveCountry(text: string): CountryRecord | undefined {
  INDEX ??= buildIndex();
  const code = INDEX.get(countryKey(text));
  return code && getCountry(code);
}

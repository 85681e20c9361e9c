import snapshot from './data/world-countries.json';
import { GROUPS } from './data/groups';
import { COMMON_NAME_CORRECTIONS, POSTAL_NAMES } from './data/name-corrections';
import { OFFICIAL_NAMES } from './data/official-names';
import { PLACE_NAMES } from './data/place-names';
import { M49 } from './data/regions';
import { STATES } from './data/states';
import { splitArticle } from './names';
import { PROTOCOL_LANGUAGES, type CountryCode, type CountryName, type CountryRecord, type GroupId, type Language, type Localized, type Region } from './types';

/*
 * The 195 sovereign states, assembled once at load from the world-countries
 * slice (codes, common names) and the curated tables in ./data. Pure data, no
 * I/O: the same module serves the main process and the renderer.
 */

export function isCountryCode(code: string): code is CountryCode {
  return Object.hasOwn(OFFICIAL_NAMES, code);
}

const REGION_OF = new Map<CountryCode, { region: Region; subregion: string }>();
for (const [region, subregions] of Object.entries(M49) as [Region, Record<string, readonly CountryCode[]>][]) {
  for (const [subregion, codes] of Object.entries(subregions)) {
    for (const code of codes) REGION_OF.set(code, { region, subregion });
  }
}

const GROUPS_OF = new Map<CountryCode, GroupId[]>();
for (const group of GROUPS) {
  for (const code of group.members) GROUPS_OF.set(code, [...(GROUPS_OF.get(code) ?? []), group.id]);
}

type SnapshotState = (typeof snapshot.states)[number];

function names(code: CountryCode, raw: SnapshotState): Localized<CountryName> {
  const out = {} as Localized<CountryName>;
  PROTOCOL_LANGUAGES.forEach((language: Language, i) => {
    const { article, name } = splitArticle(language, OFFICIAL_NAMES[code][i]);
    const common = COMMON_NAME_CORRECTIONS[code]?.[language] ?? raw.names[language].common;
    out[language] = { common, official: name, article };
  });
  return out;
}

function build(raw: SnapshotState): CountryRecord {
  const code = raw.cca2;
  if (!isCountryCode(code)) throw new Error(`protocol data: ${code} has no formal name`);
  const place = REGION_OF.get(code);
  if (!place) throw new Error(`protocol data: ${code} has no M49 region`);
  const state = STATES[code];
  const countryNames = names(code, raw);
  const monarch = state?.monarch;
  return {
    alpha2: code,
    alpha3: raw.cca3,
    numeric: raw.ccn3,
    // world-countries marks the Holy See a member; it is a permanent observer.
    unMember: code !== 'VA' && code !== 'PS',
    names: countryNames,
    postal: POSTAL_NAMES[code] ?? { en: countryNames.en.common, es: countryNames.es.common, fr: countryNames.fr.common },
    region: place.region,
    subregion: place.subregion,
    form: state?.form ?? 'republic',
    monarch: monarch && {
      kind: monarch.kind,
      realm: { en: monarch.realm[0], es: monarch.realm[1], fr: monarch.realm[2] },
      ...(monarch.elective ? { elective: true } : {}),
      ...(monarch.sharedWith ? { sharedWith: monarch.sharedWith } : {}),
    },
    groups: GROUPS_OF.get(code) ?? [],
    notes: state?.notes ?? [],
  };
}

const ALL: readonly CountryRecord[] = snapshot.states.map(build);
const BY_CODE = new Map<string, CountryRecord>();
for (const country of ALL) {
  BY_CODE.set(country.alpha2, country);
  BY_CODE.set(country.alpha3, country);
}

/** The 195 sovereign states, sorted by alpha-2 code. */
export function listCountries(): readonly CountryRecord[] {
  return ALL;
}

/** By ISO alpha-2 or alpha-3 code, in any case. */
export function getCountry(code: string): CountryRecord | undefined {
  return BY_CODE.get(code.trim().toUpperCase());
}

/** The country's name in a language, with its formal name's article ("el Reino de España"). */
export function officialNameWithArticle(country: CountryRecord, language: Language): string {
  const { article, official } = country.names[language];
  if (!article) return official;
  return article.endsWith("'") ? `${article}${official}` : `${article} ${official}`;
}

/*
 * English names that take "the" in running text: "our partners in the
 * Netherlands", "the Government of the United States", never "in Netherlands".
 * Lists and file names keep the bare name, which sorts and files better.
 * Spanish and French are left bare here; their articles and prepositions
 * ("en los Países Bajos", "aux Pays-Bas") are in ./place-phrases.ts, from
 * the same table (data/place-names.ts).
 */

/** The country's common name as it reads inside a sentence (the merge field country.name). */
export function nameInText(country: CountryRecord, language: Language): string {
  const name = country.names[language].common;
  return language === 'en' && PLACE_NAMES[country.alpha2][0] === 'the' ? `the ${name}` : name;
}

/** Whether the state's sovereign is a monarch (the Holy See included). */
export function isMonarchy(country: CountryRecord): boolean {
  return country.monarch !== undefined;
}

export const WORLD_COUNTRIES_META = snapshot.meta;

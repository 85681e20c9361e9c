import type { Country } from '../../../shared/workspace/contract';
import type { RecipientFilter } from '../../../shared/recipients/contract';
import type { Gender, Language } from '../../../shared/recipients/schemas';
import {
  getCountry,
  groupMembers as membersOf,
  isCountryCode,
  listCountries as allStates,
  officeTitle as styledTitle,
  recogniseOffice,
  resolveCountry as resolveState,
  type GroupId,
  type OfficeType,
  type StyledOffice,
} from '../../../shared/protocol';

/*
 * The core's view of the protocol data in shared/protocol: the 195 sovereign
 * states (UN members, the Holy See and Palestine), their names, groups and
 * titles. One place, so the store and handlers need not know its shape.
 */

// One collator: localeCompare(…, 'en') builds one per comparison, about 10 ms for this sort at every start.
const byEnglishName = new Intl.Collator('en').compare;

const COUNTRIES: Country[] = allStates()
  .map((c) => ({ code: c.alpha2, names: { en: c.names.en.common, es: c.names.es.common, fr: c.names.fr.common } }))
  .sort((a, b) => byEnglishName(a.names.en, b.names.en));

export function listCountries(): Country[] {
  return COUNTRIES;
}

export function isKnownCountry(code: string): boolean {
  return isCountryCode(code);
}

export function countryNames(code: string): Country['names'] | undefined {
  const c = getCountry(code);
  return c && { en: c.names.en.common, es: c.names.es.common, fr: c.names.fr.common };
}

/** "ES", "esp", "Spain", "España", "Espagne", "Kingdom of Spain" all give "ES". */
export function resolveCountry(text: string): string | undefined {
  return resolveState(text)?.alpha2;
}

/** Every name of the country in every letter language, for the search index. */
export function countrySearchWords(code: string): string[] {
  const c = getCountry(code);
  return c ? Object.values(c.names).flatMap((n) => [n.common, n.official]) : [];
}

export function groupMembers(group: GroupId): readonly string[] {
  return membersOf(group);
}

/**
 * The countries a filter allows (country, region and group together), or
 * undefined when it does not filter by country at all.
 */
export function countryCodesMatching(filter: Pick<RecipientFilter, 'countryCode' | 'region' | 'group'>): string[] | undefined {
  if (!filter.countryCode && !filter.region && !filter.group) return undefined;
  const group = filter.group ? new Set<string>(membersOf(filter.group)) : undefined;
  return allStates()
    .filter(
      (c) => (!filter.countryCode || c.alpha2 === filter.countryCode) && (!filter.region || c.region === filter.region) && (!group || group.has(c.alpha2)),
    )
    .map((c) => c.alpha2);
}

/** The country's own title for an office ("Taoiseach", "Presidente del Gobierno"). */
export function officeTitle(code: string, office: StyledOffice, gender: Gender, language: Language): string {
  const c = getCountry(code);
  if (!c) throw new Error(`Unknown country ${code}`);
  return styledTitle(c, office, gender, language);
}

export function recogniseOfficeType(text: string): OfficeType {
  return recogniseOffice(text);
}

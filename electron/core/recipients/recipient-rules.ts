import type { RecipientFilter } from '../../../shared/recipients/contract';
import { ApiFailure } from '../../../shared/api/errors';
import type { RecipientFields } from '../../../shared/recipients/schemas';
import { countryCodesMatching, countrySearchWords, isKnownCountry, recogniseOfficeType } from './countries';
import type { StoredFields } from './recipient-rows';
import type { ListQuery } from './recipients-query';
import type { SearchExtras } from './recipients-repo';

/*
 * The recipients domain's rules that more than one operation (and the
 * archive merge) apply: what is indexed for search, what the schema cannot
 * check, and how a filter or an office title becomes store terms.
 */

/** Country names in every language are indexed, so "Espagne" finds Spain's recipients. */
export const countrySearchExtras: SearchExtras = (fields) => countrySearchWords(fields.countryCode);

/** Checks what the schema cannot: the country must be one Letterdesk knows. */
export function assertKnownCountry(fields: RecipientFields, path: (string | number)[] = ['countryCode']): void {
  if (!isKnownCountry(fields.countryCode)) {
    throw new ApiFailure('invalid_input', `Please check the input: ${fields.countryCode} is not a known country.`, [{ path, code: 'unknownCountry' }]);
  }
}

/** The office type as chosen, or recognised from the title text ("Premier ministre" → head of government). */
export function withOfficeType(fields: RecipientFields): StoredFields {
  return { ...fields, officeType: fields.officeType ?? recogniseOfficeType(fields.office) };
}

/** The list filter as store terms: country, region and group become one set of country codes. */
export function toStoreFilter(filter: RecipientFilter): Omit<ListQuery, 'sortBy' | 'sortDir' | 'language' | 'offset' | 'limit'> {
  return {
    search: filter.search,
    tag: filter.tag,
    countryCodes: countryCodesMatching(filter),
    officeType: filter.officeType,
    recipientLanguage: filter.recipientLanguage,
    toVerify: filter.toVerify,
    campaignId: filter.campaignId,
  };
}

import { ApiFailure } from '../../../shared/api/errors';
import type { EndorserFields } from '../../../shared/senders/schemas';
import { isKnownCountry } from '../recipients/countries';

/** Refuses a country code that has the right shape but names no country. */
export function assertKnownEndorserCountry(fields: EndorserFields, path: (string | number)[] = ['countryCode']): void {
  if (fields.countryCode !== null && !isKnownCountry(fields.countryCode)) {
    throw new ApiFailure('invalid_input', `Please check the input: ${fields.countryCode} is not a known country.`, [{ path, code: 'unknownCountry' }]);
  }
}

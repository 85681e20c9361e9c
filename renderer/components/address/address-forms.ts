import { formsOfAddress, getCountry, type FormsOfAddress } from '../../../shared/protocol';
import type { AddressOverrides, Gender, Language, OfficeType } from '../../../shared/recipients/schemas';

export interface AddressSubject {
  countryCode: string;
  office: string;
  officeType: OfficeType;
  name: string;
  gender: Gender;
  postalAddress?: string;
  overrides?: AddressOverrides;
}

/**
 * The forms of address for a recipient (or a draft of one) in a language, or
 * null while there is no known country or no office to address.
 */
export function addressFormsFor(subject: AddressSubject, language: Language): FormsOfAddress | null {
  const country = getCountry(subject.countryCode);
  if (!country || (subject.officeType === 'custom' && subject.office.trim() === '')) return null;
  return formsOfAddress({
    office: subject.officeType,
    customTitle: subject.office,
    gender: subject.gender,
    country,
    language,
    name: subject.name,
    postalAddress: subject.postalAddress ?? '',
    overrides: subject.overrides ?? {},
  });
}

export { formsOfAddress, type AddressInput, type AddressOverrides, type FormsOfAddress } from './address-forms';
export { getCountry, isCountryCode, isMonarchy, listCountries, nameInText, officialNameWithArticle, WORLD_COUNTRIES_META } from './countries';
export { PROTOCOL_AS_OF, PROTOCOL_SOURCES } from './data/sources';
export { getGroup, groupMembers, isMember, listGroups } from './groups';
export { fullOfficeTitle, noSittingParliament, officeStyle, officeTitle, ofState, type StyledOffice } from './offices';
export type { NoParliament } from './data/parliaments';
export { conventionalName, suggestedName } from './person-name';
export { recogniseOffice } from './recognise-office';
export { countryKey, resolveCountry } from './resolve-country';
export { inName, nameWithArticle, ofName, ofOfficialName } from './place-phrases';
export { needsVerification, VERIFICATION_MONTHS } from './verification';
export * from './types';

/*
 * Protocol knowledge: the 195 sovereign states, their offices and titles, and
 * the forms of address in English, Spanish and French. Pure data and pure
 * functions, shared by the main process and the renderer.
 */

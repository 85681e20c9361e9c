import type { CountryCode, Language } from '../types';

/*
 * Corrections on top of world-countries' common names, and extra spellings
 * for the resolver. Each correction says why; the package itself is left as
 * published (shared/protocol/data/world-countries.json).
 */

export const COMMON_NAME_CORRECTIONS: Partial<Record<CountryCode, Partial<Record<Language, string>>>> = {
  // The state is the Holy See; "Vatican City" is its territory.
  VA: { en: 'Holy See', es: 'Santa Sede', fr: 'Saint-Siège' },
  // The state asks for "Côte d'Ivoire" in English; UN usage.
  CI: { en: "Côte d'Ivoire" },
  // "DR Congo" / "Congo (Rep. Dem.)" are abbreviations, not names.
  CD: { en: 'Democratic Republic of the Congo', es: 'República Democrática del Congo', fr: 'République démocratique du Congo' },
  // Renamed in 2018; the package still has the old Spanish and French names.
  SZ: { es: 'Eswatini', fr: 'Eswatini' },
  // Package spellings that read oddly in a letter, or English left in place.
  CV: { en: 'Cabo Verde', fr: 'Cap-Vert' },
  GD: { es: 'Granada' },
  IR: { es: 'Irán' },
  MU: { fr: 'Maurice' },
  PW: { fr: 'Palaos' },
  SA: { fr: 'Arabie saoudite' },
  SL: { es: 'Sierra Leona' },
  ST: { fr: 'Sao Tomé-et-Principe' },
  VC: { es: 'San Vicente y las Granadinas' },
};

/** The line under the address for states whose postal name differs from the state's name. */
export const POSTAL_NAMES: Partial<Record<CountryCode, Record<Language, string>>> = {
  VA: { en: 'Vatican City', es: 'Ciudad del Vaticano', fr: 'Cité du Vatican' },
};

/** Spellings people type that are neither a name above nor in world-countries. */
export const EXTRA_ALIASES: Partial<Record<CountryCode, readonly string[]>> = {
  AE: ['UAE', 'EAU', 'Emiratos', 'Émirats'],
  BN: ['Brunéi'],
  BY: ['Bielorrusia', 'Biélorussie', 'Bélarus'],
  CD: ['DRC', 'RDC', 'RD Congo', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville'],
  CI: ['Ivory Coast', 'Costa de Marfil'],
  CV: ['Cape Verde', 'Cap-Vert'],
  CZ: ['Czech Republic', 'República Checa', 'République tchèque'],
  GB: ['UK', 'Britain', 'Great Britain', 'Gran Bretaña', 'Grande-Bretagne'],
  IE: ['Éire', 'Republic of Ireland', 'República de Irlanda'],
  KP: ['North Korea', 'Corea del Norte', 'Corée du Nord', 'DPRK'],
  KR: ['South Korea', 'Corea del Sur', 'Corée du Sud'],
  MK: ['Macedonia', 'Macédoine'],
  MM: ['Burma', 'Birmania', 'Birmanie'],
  MU: ['Île Maurice'],
  NL: ['Holland', 'Holanda', 'Hollande'],
  SA: ['Arabia Saudí', 'Arabia Saudita'],
  SZ: ['Swaziland', 'Suazilandia', 'Esuatini'],
  TL: ['East Timor', 'Timor Oriental'],
  TR: ['Turkey', 'Turquía', 'Turquie'],
  US: ['USA', 'US', 'EE. UU.', 'EEUU', 'Estados Unidos', 'États-Unis'],
  VA: ['Vatican', 'Vatican City', 'Vatican City State', 'Ciudad del Vaticano', 'Vaticano', 'Cité du Vatican'],
};

/*
 * world-countries alternative spellings that would mislead the resolver:
 * "Island" is Icelandic for Iceland, the others are adjectives or fragments.
 */
export const IGNORED_ALIASES: readonly string[] = ['Island', 'Thai', 'Prathet', 'Togolese', 'Mexicanos', 'Portuguesa', 'Saudi'];

/*
 * Where the protocol data comes from and how fresh it is. Shown in the UI's
 * About screen and checked by tests, so a stale list is visible rather than
 * silently trusted.
 */

/** Date the curated tables (titles, forms of state, groups) were last reviewed. */
export const PROTOCOL_AS_OF = '2026-11-01';

export const PROTOCOL_SOURCES = [
  {
    what: 'ISO codes, common names (en/es/fr), alternative spellings',
    source: 'world-countries npm package (mledoze/countries), sliced into shared/protocol/data/world-countries.json',
    licence: 'ODbL-1.0',
  },
  {
    what: 'Formal state names with articles (en/es/fr)',
    source: 'Curated after UN Terminology Database conventions (shared/protocol/data/official-names.ts)',
    licence: 'MIT (project)',
  },
  {
    what: 'Articles and prepositions with country names ("in the Netherlands", "en los Países Bajos", "aux Pays-Bas")',
    source:
      'Curated after the Journal officiel / France Diplomatie list of state names (French), the RAE Diccionario panhispánico de dudas and UN usage (Spanish), UK and UN editorial usage (English): shared/protocol/data/place-names.ts',
    licence: 'MIT (project)',
  },
  {
    what: 'Regions and sub-regions',
    source: 'UN M49 standard (UN Statistics Division), written out in shared/protocol/data/regions.ts',
    licence: 'MIT (project)',
  },
  {
    what: 'Forms of state, office titles, styles, group membership',
    source: 'Curated from constitutions, official government and organisation sites, as known on PROTOCOL_AS_OF',
    licence: 'MIT (project)',
  },
  {
    what: 'Presidents of parliaments by chamber for the 195 states (and where none sits), and the styles of the Commonwealth realms’ Governors-General',
    source:
      'Curated after the chambers’ own titles as listed by the Inter-Parliamentary Union (Parline) and the Governors-General’s official styles: shared/protocol/data/parliaments.ts, governors-general.ts',
    licence: 'MIT (project)',
  },
] as const;

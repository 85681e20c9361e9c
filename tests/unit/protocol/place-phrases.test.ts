import { describe, expect, it } from 'vitest';
import { PLACE_NAMES } from '../../../shared/protocol/data/place-names';
import {
  getCountry,
  inName,
  listCountries,
  nameInText,
  ofName,
  ofOfficialName,
  ofState,
  PROTOCOL_LANGUAGES,
  type CountryRecord,
  type Language,
} from '../../../shared/protocol';

/*
 * "in <country>" and "of <country>" for all 195 states in English, Spanish
 * and French: every state has its entry, every phrase is well-formed, and the
 * tricky ones read as a careful writer would write them.
 */

const country = (code: string): CountryRecord => {
  const found = getCountry(code);
  if (!found) throw new Error(`no country ${code}`);
  return found;
};

const ALL = listCountries();

// Checks that do not depend on the state: what a contraction or elision rule forbids.
const FORBIDDEN: Record<Language, RegExp[]> = {
  en: [/\bthe the\b/i, /\bof of\b/, /\bin in\b/, /\bof the The\b/],
  // "de El Salvador" is right (the article is part of the name): only the lower-case article contracts.
  es: [/(?<!\p{L})de el(?!\p{L})/u, /(?<!\p{L})a el(?!\p{L})/u, /(?<!\p{L})en en(?!\p{L})/u, /(?<!\p{L})del (?:la|los|las|el)(?!\p{L})/u],
  fr: [
    /(?<!\p{L})de (?:le|les)(?!\p{L})/u,
    /(?<!\p{L})à (?:le|les)(?!\p{L})/u,
    /(?<!\p{L})en (?:le|la|les|l['’])/u,
    /(?<!\p{L})(?:au|aux|du|des) (?:le|la|les|l['’])/u,
    // No elision missed ("de Iran") and none made before a consonant ("d'France"); Y counts as a consonant (le Yémen).
    /(?<!\p{L})(?:de|que) [AEIOUÀÂÉÈÊËÎÏÔÖÛÜŒaeiouàâéèêëîïôöûüœ]/u,
    /(?<!\p{L})(?:au|du) [AEIOUÀÂÉÈÊËÎÏÔÖÛÜŒaeiouàâéèêëîïôöûüœ]/u,
    /(?<!\p{L})[dl]['’][^AEIOUÀÂÉÈÊËÎÏÔÖÛÜŒHaeiouàâéèêëîïôöûüœh]/u,
  ],
};

const PHRASE_START: Record<Language, { in: RegExp; of: RegExp }> = {
  en: { in: /^in \S/, of: /^of \S/ },
  es: { in: /^en \S/, of: /^(?:de|del) \S/ },
  fr: { in: /^(?:en|au|aux|à|à la) \S/, of: /^(?:de|du|des|de la|de l['’]|d['’])\S?/ },
};

function problems(language: Language, text: string): string[] {
  const out = FORBIDDEN[language].filter((re) => re.test(text)).map((re) => `${re.source} in "${text}"`);
  if (text !== text.trim() || /\s{2}/.test(text)) out.push(`spacing in "${text}"`);
  return out;
}

describe('place phrases: completeness and well-formedness', () => {
  it('has an entry for each of the 195 states and none for anything else', () => {
    expect(ALL).toHaveLength(195);
    expect(Object.keys(PLACE_NAMES).sort()).toEqual(ALL.map((c) => c.alpha2).sort());
  });

  it.each(PROTOCOL_LANGUAGES)('builds a well-formed "in", "of" and "of + official name" for every state in %s', (language) => {
    const bad: string[] = [];
    for (const c of ALL) {
      const phrases = { in: inName(c, language), of: ofName(c, language), official: ofOfficialName(c, language) };
      bad.push(...Object.values(phrases).flatMap((text) => problems(language, text)));
      if (!PHRASE_START[language].in.test(phrases.in)) bad.push(`${c.alpha2} in: "${phrases.in}"`);
      if (!PHRASE_START[language].of.test(phrases.of)) bad.push(`${c.alpha2} of: "${phrases.of}"`);
      if (!PHRASE_START[language].of.test(phrases.official)) bad.push(`${c.alpha2} official: "${phrases.official}"`);
      // The phrase ends with the state's own name, as the data spells it.
      expect(phrases.in.endsWith(c.names[language].common), `${c.alpha2} ${language}`).toBe(true);
      expect(phrases.of.endsWith(c.names[language].common), `${c.alpha2} ${language}`).toBe(true);
      expect(phrases.official.endsWith(c.names[language].official), `${c.alpha2} ${language}`).toBe(true);
    }
    expect(bad).toEqual([]);
  });

  it('keeps the French class consistent with the name: articles by sound, "l\'" only before a vowel or mute h', () => {
    // Y is a consonant at the start of a name here: le Yémen, au Yémen.
    const vowel = /^[AEIOUÀÂÉÈÊËÎÏÔÖÛÜŒ]/;
    for (const c of ALL) {
      const name = c.names.fr.common;
      const cls = PLACE_NAMES[c.alpha2][2];
      if (cls === "l'") expect(vowel.test(name), `${c.alpha2} ${name}`).toBe(true);
      if (cls === 'le' || cls === 'la') expect(vowel.test(name), `${c.alpha2} ${name}`).toBe(false);
    }
  });

  it('agrees with the English "the" of country.name, and with the official-name phrase used in full titles', () => {
    for (const c of ALL) {
      expect(inName(c, 'en')).toBe(`in ${nameInText(c, 'en')}`);
      expect(ofName(c, 'en')).toBe(`of ${nameInText(c, 'en')}`);
      for (const language of PROTOCOL_LANGUAGES) expect(ofOfficialName(c, language)).toBe(ofState(c, language));
    }
  });
});

// [code, in, of, of + official name]
type Row = [string, string, string, string];

const ENGLISH: Row[] = [
  ['NL', 'in the Netherlands', 'of the Netherlands', 'of the Kingdom of the Netherlands'],
  ['US', 'in the United States', 'of the United States', 'of the United States of America'],
  ['GB', 'in the United Kingdom', 'of the United Kingdom', 'of the United Kingdom of Great Britain and Northern Ireland'],
  ['PH', 'in the Philippines', 'of the Philippines', 'of the Republic of the Philippines'],
  ['GM', 'in the Gambia', 'of the Gambia', 'of the Republic of The Gambia'],
  ['CD', 'in the Democratic Republic of the Congo', 'of the Democratic Republic of the Congo', 'of the Democratic Republic of the Congo'],
  ['CG', 'in the Republic of the Congo', 'of the Republic of the Congo', 'of the Republic of the Congo'],
  ['CF', 'in the Central African Republic', 'of the Central African Republic', 'of the Central African Republic'],
  ['VA', 'in the Holy See', 'of the Holy See', 'of the Holy See'],
  ['BS', 'in the Bahamas', 'of the Bahamas', 'of the Commonwealth of The Bahamas'],
  ['KM', 'in the Comoros', 'of the Comoros', 'of the Union of the Comoros'],
  ['MV', 'in the Maldives', 'of the Maldives', 'of the Republic of Maldives'],
  ['AE', 'in the United Arab Emirates', 'of the United Arab Emirates', 'of the United Arab Emirates'],
  ['DO', 'in the Dominican Republic', 'of the Dominican Republic', 'of the Dominican Republic'],
  ['SC', 'in Seychelles', 'of Seychelles', 'of the Republic of Seychelles'],
  ['CY', 'in Cyprus', 'of Cyprus', 'of the Republic of Cyprus'],
  ['MT', 'in Malta', 'of Malta', 'of the Republic of Malta'],
  ['CU', 'in Cuba', 'of Cuba', 'of the Republic of Cuba'],
  ['HT', 'in Haiti', 'of Haiti', 'of the Republic of Haiti'],
  ['LC', 'in Saint Lucia', 'of Saint Lucia', 'of Saint Lucia'],
  ['VC', 'in Saint Vincent and the Grenadines', 'of Saint Vincent and the Grenadines', 'of Saint Vincent and the Grenadines'],
  ['TT', 'in Trinidad and Tobago', 'of Trinidad and Tobago', 'of the Republic of Trinidad and Tobago'],
  ['IE', 'in Ireland', 'of Ireland', 'of Ireland'],
  ['JP', 'in Japan', 'of Japan', 'of Japan'],
  ['BO', 'in Bolivia', 'of Bolivia', 'of the Plurinational State of Bolivia'],
  ['IR', 'in Iran', 'of Iran', 'of the Islamic Republic of Iran'],
  ['CI', "in Côte d'Ivoire", "of Côte d'Ivoire", "of the Republic of Côte d'Ivoire"],
  ['SS', 'in South Sudan', 'of South Sudan', 'of the Republic of South Sudan'],
  ['ES', 'in Spain', 'of Spain', 'of the Kingdom of Spain'],
  ['DE', 'in Germany', 'of Germany', 'of the Federal Republic of Germany'],
];

const SPANISH: Row[] = [
  ['NL', 'en los Países Bajos', 'de los Países Bajos', 'del Reino de los Países Bajos'],
  ['US', 'en los Estados Unidos', 'de los Estados Unidos', 'de los Estados Unidos de América'],
  ['GB', 'en el Reino Unido', 'del Reino Unido', 'del Reino Unido de Gran Bretaña e Irlanda del Norte'],
  ['PH', 'en Filipinas', 'de Filipinas', 'de la República de Filipinas'],
  ['GM', 'en Gambia', 'de Gambia', 'de la República de Gambia'],
  ['CD', 'en la República Democrática del Congo', 'de la República Democrática del Congo', 'de la República Democrática del Congo'],
  ['CG', 'en el Congo', 'del Congo', 'de la República del Congo'],
  ['VA', 'en la Santa Sede', 'de la Santa Sede', 'de la Santa Sede'],
  ['BS', 'en las Bahamas', 'de las Bahamas', 'del Commonwealth de las Bahamas'],
  ['KM', 'en las Comoras', 'de las Comoras', 'de la Unión de las Comoras'],
  ['MV', 'en Maldivas', 'de Maldivas', 'de la República de Maldivas'],
  ['AE', 'en los Emiratos Árabes Unidos', 'de los Emiratos Árabes Unidos', 'de los Emiratos Árabes Unidos'],
  ['MH', 'en las Islas Marshall', 'de las Islas Marshall', 'de la República de las Islas Marshall'],
  ['IN', 'en la India', 'de la India', 'de la República de la India'],
  ['LB', 'en el Líbano', 'del Líbano', 'de la República Libanesa'],
  ['SV', 'en El Salvador', 'de El Salvador', 'de la República de El Salvador'],
  ['DO', 'en la República Dominicana', 'de la República Dominicana', 'de la República Dominicana'],
  ['JP', 'en Japón', 'de Japón', 'del Japón'],
  ['PE', 'en Perú', 'de Perú', 'de la República del Perú'],
  ['MX', 'en México', 'de México', 'de los Estados Unidos Mexicanos'],
  ['BO', 'en Bolivia', 'de Bolivia', 'del Estado Plurinacional de Bolivia'],
  ['VE', 'en Venezuela', 'de Venezuela', 'de la República Bolivariana de Venezuela'],
  ['IR', 'en Irán', 'de Irán', 'de la República Islámica del Irán'],
  ['CI', 'en Costa de Marfil', 'de Costa de Marfil', "de la República de Côte d'Ivoire"],
  ['SA', 'en Arabia Saudí', 'de Arabia Saudí', 'del Reino de la Arabia Saudita'],
  ['ES', 'en España', 'de España', 'del Reino de España'],
  ['BE', 'en Bélgica', 'de Bélgica', 'del Reino de Bélgica'],
  ['FR', 'en Francia', 'de Francia', 'de la República Francesa'],
  ['TL', 'en Timor Oriental', 'de Timor Oriental', 'de la República Democrática de Timor-Leste'],
  ['SS', 'en Sudán del Sur', 'de Sudán del Sur', 'de la República de Sudán del Sur'],
];

const FRENCH: Row[] = [
  ['NL', 'aux Pays-Bas', 'des Pays-Bas', 'du Royaume des Pays-Bas'],
  ['US', 'aux États-Unis', 'des États-Unis', "des États-Unis d'Amérique"],
  ['GB', 'au Royaume-Uni', 'du Royaume-Uni', "du Royaume-Uni de Grande-Bretagne et d'Irlande du Nord"],
  ['PH', 'aux Philippines', 'des Philippines', 'de la République des Philippines'],
  ['GM', 'en Gambie', 'de la Gambie', 'de la République de Gambie'],
  ['CD', 'en République démocratique du Congo', 'de la République démocratique du Congo', 'de la République démocratique du Congo'],
  ['CG', 'au Congo', 'du Congo', 'de la République du Congo'],
  ['VA', 'au Saint-Siège', 'du Saint-Siège', 'du Saint-Siège'],
  ['BS', 'aux Bahamas', 'des Bahamas', 'du Commonwealth des Bahamas'],
  ['KM', 'aux Comores', 'des Comores', "de l'Union des Comores"],
  ['MV', 'aux Maldives', 'des Maldives', 'de la République des Maldives'],
  ['SC', 'aux Seychelles', 'des Seychelles', 'de la République des Seychelles'],
  ['AE', 'aux Émirats arabes unis', 'des Émirats arabes unis', 'des Émirats arabes unis'],
  ['CY', 'à Chypre', 'de Chypre', 'de la République de Chypre'],
  ['MT', 'à Malte', 'de Malte', 'de la République de Malte'],
  ['CU', 'à Cuba', 'de Cuba', 'de la République de Cuba'],
  ['HT', 'à Haïti', "d'Haïti", "de la République d'Haïti"],
  ['MG', 'à Madagascar', 'de Madagascar', 'de la République de Madagascar'],
  ['MU', 'à Maurice', 'de Maurice', 'de la République de Maurice'],
  ['SG', 'à Singapour', 'de Singapour', 'de la République de Singapour'],
  ['BH', 'à Bahreïn', 'de Bahreïn', 'du Royaume de Bahreïn'],
  ['LC', 'à Sainte-Lucie', 'de Sainte-Lucie', 'de Sainte-Lucie'],
  ['KN', 'à Saint-Christophe-et-Niévès', 'de Saint-Christophe-et-Niévès', 'de Saint-Kitts-et-Nevis'],
  ['VC', 'à Saint-Vincent-et-les-Grenadines', 'de Saint-Vincent-et-les-Grenadines', 'de Saint-Vincent-et-les Grenadines'],
  ['TT', 'à Trinité-et-Tobago', 'de Trinité-et-Tobago', 'de la République de Trinité-et-Tobago'],
  ['AG', 'à Antigua-et-Barbuda', "d'Antigua-et-Barbuda", "d'Antigua-et-Barbuda"],
  ['BB', 'à la Barbade', 'de la Barbade', 'de la Barbade'],
  ['GD', 'à la Grenade', 'de la Grenade', 'de la Grenade'],
  ['JM', 'en Jamaïque', 'de la Jamaïque', 'de la Jamaïque'],
  ['IE', 'en Irlande', "de l'Irlande", "de l'Irlande"],
  ['IS', 'en Islande', "de l'Islande", "de l'Islande"],
  ['JP', 'au Japon', 'du Japon', 'du Japon'],
  ['PT', 'au Portugal', 'du Portugal', 'de la République portugaise'],
  ['LU', 'au Luxembourg', 'du Luxembourg', 'du Grand-Duché de Luxembourg'],
  ['MX', 'au Mexique', 'du Mexique', 'des États-Unis du Mexique'],
  ['BO', 'en Bolivie', 'de la Bolivie', "de l'État plurinational de Bolivie"],
  ['VE', 'au Venezuela', 'du Venezuela', 'de la République bolivarienne du Venezuela'],
  ['IR', 'en Iran', "de l'Iran", "de la République islamique d'Iran"],
  ['IL', 'en Israël', "d'Israël", "de l'État d'Israël"],
  ['OM', 'à Oman', "d'Oman", "du Sultanat d'Oman"],
  ['HN', 'au Honduras', 'du Honduras', 'de la République du Honduras'],
  ['HU', 'en Hongrie', 'de la Hongrie', 'de la Hongrie'],
  ['DO', 'en République dominicaine', 'de la République dominicaine', 'de la République dominicaine'],
  ['TL', 'au Timor oriental', 'du Timor oriental', 'de la République démocratique du Timor-Leste'],
  ['CI', "en Côte d'Ivoire", "de la Côte d'Ivoire", "de la République de Côte d'Ivoire"],
  ['CV', 'au Cap-Vert', 'du Cap-Vert', 'de la République de Cabo Verde'],
  ['SS', 'au Soudan du Sud', 'du Soudan du Sud', 'de la République du Soudan du Sud'],
  ['CF', 'en République centrafricaine', 'de la République centrafricaine', 'de la République centrafricaine'],
  ['SA', 'en Arabie saoudite', "de l'Arabie saoudite", "du Royaume d'Arabie saoudite"],
  ['BE', 'en Belgique', 'de la Belgique', 'du Royaume de Belgique'],
  ['FR', 'en France', 'de la France', 'de la République française'],
  ['ES', 'en Espagne', "de l'Espagne", "du Royaume d'Espagne"],
  ['DE', 'en Allemagne', "de l'Allemagne", "de la République fédérale d'Allemagne"],
  ['TO', 'aux Tonga', 'des Tonga', 'du Royaume des Tonga'],
  ['TV', 'aux Tuvalu', 'des Tuvalu', 'des Tuvalu'],
  ['FJ', 'aux Fidji', 'des Fidji', 'de la République des Fidji'],
  ['MH', 'aux Îles Marshall', 'des Îles Marshall', 'de la République des Îles Marshall'],
];

describe.each([
  ['en', ENGLISH],
  ['es', SPANISH],
  ['fr', FRENCH],
] as const)('place phrases in %s', (language, rows) => {
  it.each(rows)('%s: %s / %s / %s', (code, expectedIn, expectedOf, expectedOfficial) => {
    const c = country(code);
    expect([inName(c, language), ofName(c, language), ofOfficialName(c, language)]).toEqual([expectedIn, expectedOf, expectedOfficial]);
  });
});

import { PLACE_NAMES } from './data/place-names';
import { ofPhrase } from './names';
import type { CountryRecord, Language } from './types';

/*
 * "in <country>" and "of <country>" in each letter language, with the article
 * and contraction the name calls for (data/place-names.ts): "in the
 * Netherlands", "en los Países Bajos", "aux Pays-Bas", "à Cuba", "del Reino
 * Unido", "du Portugal", "d'Haïti". Templates get them as the merge fields
 * country.inName, country.ofName and country.ofOfficialName.
 */

// French elides "de" before a vowel or a mute h. Among the names without an
// article only Haïti starts with an h (a mute one); the others carry theirs.
// A leading Y is a consonant in these names (le Yémen).
const FRENCH_ELIDES = /^(?:[aeiouàâäéèêëîïôöûüœæ]|haï)/i;

/** The common name with the article it takes in a sentence: "the Netherlands", "los Países Bajos", "les Pays-Bas", "Cuba". */
export function nameWithArticle(country: CountryRecord, language: Language): string {
  const name = country.names[language].common;
  const [en, es, fr] = PLACE_NAMES[country.alpha2];
  switch (language) {
    case 'en':
      return en ? `${en} ${name}` : name;
    case 'es':
      return es ? `${es} ${name}` : name;
    case 'fr':
      if (fr === "l'") return `l'${name}`;
      if (fr === 'à' || fr === 'en') return name;
      return `${fr === 'à la' ? 'la' : fr} ${name}`;
  }
}

/** "in the Netherlands", "en los Países Bajos", "aux Pays-Bas", "au Portugal", "en France", "à Cuba", "à la Barbade". */
export function inName(country: CountryRecord, language: Language): string {
  const name = country.names[language].common;
  switch (language) {
    case 'en':
      return `in ${nameWithArticle(country, 'en')}`;
    case 'es':
      return `en ${nameWithArticle(country, 'es')}`;
    case 'fr':
      switch (PLACE_NAMES[country.alpha2][2]) {
        case 'le':
          return `au ${name}`;
        case 'les':
          return `aux ${name}`;
        case 'la':
        case "l'":
        case 'en':
          return `en ${name}`;
        case 'à':
          return `à ${name}`;
        case 'à la':
          return `à la ${name}`;
      }
  }
}

/** "of the Netherlands", "de los Países Bajos", "del Reino Unido", "des Pays-Bas", "du Portugal", "de la France", "de Cuba", "d'Haïti". */
export function ofName(country: CountryRecord, language: Language): string {
  const name = country.names[language].common;
  switch (language) {
    case 'en':
      return `of ${nameWithArticle(country, 'en')}`;
    case 'es': {
      const article = PLACE_NAMES[country.alpha2][1];
      return article === 'el' ? `del ${name}` : `de ${nameWithArticle(country, 'es')}`;
    }
    case 'fr':
      switch (PLACE_NAMES[country.alpha2][2]) {
        case 'le':
          return `du ${name}`;
        case 'les':
          return `des ${name}`;
        case 'la':
        case 'à la':
          return `de la ${name}`;
        case "l'":
          return `de l'${name}`;
        case 'à':
        case 'en':
          return FRENCH_ELIDES.test(name) ? `d'${name}` : `de ${name}`;
      }
  }
}

/** "of the Kingdom of the Netherlands", "del Reino de los Países Bajos", "du Royaume des Pays-Bas". */
export function ofOfficialName(country: CountryRecord, language: Language): string {
  const { article, official } = country.names[language];
  return ofPhrase(language, article, official);
}

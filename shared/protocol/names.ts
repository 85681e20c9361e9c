import type { Language } from './types';

/*
 * Articles and the "of" contraction. Formal names are stored with their
 * article ("el Reino de España"), because the article decides the preposition:
 * Spanish contracts de + el into "del", French de + le into "du" and
 * de + les into "des", and French elides de before a vowel ("d'Antigua").
 * Naive concatenation gives "de el Reino" or "de les États-Unis".
 */

const ARTICLE: Record<Language, RegExp> = {
  en: /^(the) (.+)$/,
  es: /^(el|la|los|las) (.+)$/,
  fr: /^(le|la|les) (.+)$|^(l')(.+)$/,
};

/** "le Royaume d'Espagne" → { article: "le", name: "Royaume d'Espagne" }. */
export function splitArticle(language: Language, text: string): { article: string; name: string } {
  const match = ARTICLE[language].exec(text);
  if (!match) return { article: '', name: text };
  // French "l'" has its own alternative (no space after it): groups 3 and 4.
  return match[1] !== undefined ? { article: match[1], name: match[2] } : { article: match[3], name: match[4] };
}

// French elides "de" before a vowel sound. Names starting with "h" are left
// alone: the formal names here that start with one carry an article.
const FRENCH_VOWEL = /^[aeiouyàâäéèêëîïôöûüœæ]/i;

/** "of the Kingdom of Spain", "del Reino de España", "du Royaume d'Espagne". */
export function ofPhrase(language: Language, article: string, name: string): string {
  switch (language) {
    case 'en':
      return article ? `of ${article} ${name}` : `of ${name}`;
    case 'es':
      if (article === 'el') return `del ${name}`;
      return article ? `de ${article} ${name}` : `de ${name}`;
    case 'fr':
      if (article === 'le') return `du ${name}`;
      if (article === 'les') return `des ${name}`;
      if (article === "l'") return `de l'${name}`;
      if (article) return `de ${article} ${name}`;
      return FRENCH_VOWEL.test(name) ? `d'${name}` : `de ${name}`;
  }
}

/** Capitalises the first letter: for titles that open a line. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

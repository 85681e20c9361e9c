import { HONORIFICS } from './address-phrases';
import type { Gender, Language, OfficeStyle } from './types';

/*
 * The first address line of an office whose holder is not known: the
 * honorific, the article and the office, "His Excellency the Prime Minister
 * of the French Republic", "Su Excelencia el Primer Ministro de la República
 * Francesa", "Son Excellence le Premier ministre de la République
 * française", "Sa Majesté le Roi d'Espagne".
 *
 * English writes the office's generic masculine when the gender is not
 * recorded, as the title itself does ("His Excellency the Prime Minister");
 * Spanish and French have an honorific that names no gender ("Su
 * Excelencia", "Son Excellence"), which reads right before an office.
 */

const FRENCH_ELISION = /^[aeiouyàâäéèêëîïôöûüœæh]/i;
const HAS_ARTICLE: Record<Language, RegExp> = { en: /^the /i, es: /^(el|la|los|las) /i, fr: /^(le|la|les) |^l'/i };

function withArticle(title: string, language: Language, gender: Gender): string {
  if (HAS_ARTICLE[language].test(title)) return title;
  switch (language) {
    case 'en':
      return `the ${title}`;
    case 'es':
      return `${gender === 'female' ? 'la' : 'el'} ${title}`;
    case 'fr':
      if (FRENCH_ELISION.test(title)) return `l'${title}`;
      return `${gender === 'female' ? 'la' : 'le'} ${title}`;
  }
}

export function officeOnlyLine(style: OfficeStyle, language: Language, gender: Gender, fullTitle: string, honorificOverride?: string): string {
  if (fullTitle === '') return honorificOverride ?? '';
  const phrase = HONORIFICS[style.dignity][language];
  const generic = language === 'en' ? (gender === 'female' ? phrase.f : phrase.m) : phrase.u;
  const honorific = honorificOverride ?? (language === 'en' && style.enStyle ? style.enStyle : generic);
  return `${honorific} ${withArticle(fullTitle, language, gender)}`;
}

import type { Dignity, Gender, Language, Localized } from './types';

/*
 * The fixed phrases of diplomatic correspondence in en/es/fr: honorifics,
 * the salutations and closes used for sovereigns, and the fallbacks used when
 * an office has no vocative of its own or the gender is not recorded.
 *
 * Choices, for the reviewer:
 * - Unrecorded gender never guesses: "H.E.", "Su Excelencia", "Son
 *   Excellence"; salutation "Excellency," / "Excelencia:" / "Excellence,".
 * - French to a Majesty: "Sire," or "Madame,"; to a Royal or Serene Highness:
 *   "Monseigneur," or "Madame,"; a sovereign is not offered "considération"
 *   but "l'hommage de mon profond respect".
 * - English pairs "Dear …," with "Yours sincerely," and "Dear Sir/Madam,"
 *   with "Yours faithfully," (British convention, used in diplomatic English).
 */

export interface Phrase {
  m: string;
  f: string;
  /** Gender not recorded. */
  u: string;
}

const p = (m: string, f: string = m, u: string = m): Phrase => ({ m, f, u });

export function pick(phrase: Phrase, gender: Gender): string {
  return gender === 'female' ? phrase.f : gender === 'male' ? phrase.m : phrase.u;
}

export const HONORIFICS: Record<Dignity, Localized<Phrase>> = {
  excellency: {
    en: p('His Excellency', 'Her Excellency', 'H.E.'),
    es: p('Excelentísimo Señor', 'Excelentísima Señora', 'Su Excelencia'),
    fr: p('Son Excellence Monsieur', 'Son Excellence Madame', 'Son Excellence'),
  },
  majesty: { en: p('His Majesty', 'Her Majesty', 'H.M.'), es: p('Su Majestad'), fr: p('Sa Majesté') },
  highness: { en: p('His Highness', 'Her Highness', 'H.H.'), es: p('Su Alteza'), fr: p('Son Altesse') },
  'royal-highness': { en: p('His Royal Highness', 'Her Royal Highness', 'H.R.H.'), es: p('Su Alteza Real'), fr: p('Son Altesse Royale') },
  'serene-highness': { en: p('His Serene Highness', 'Her Serene Highness', 'H.S.H.'), es: p('Su Alteza Serenísima'), fr: p('Son Altesse Sérénissime') },
  holiness: { en: p('His Holiness'), es: p('Su Santidad'), fr: p('Sa Sainteté') },
  eminence: { en: p('His Eminence'), es: p('Su Eminencia'), fr: p('Son Éminence') },
};

/** Salutations for every dignity but Excellency (which comes from the office). */
export const SOVEREIGN_SALUTATIONS: Record<Exclude<Dignity, 'excellency'>, Localized<Phrase>> = {
  majesty: { en: p('Your Majesty,'), es: p('Majestad:'), fr: p('Sire,', 'Madame,', 'Majesté,') },
  highness: { en: p('Your Highness,'), es: p('Alteza:'), fr: p('Altesse,') },
  'royal-highness': { en: p('Your Royal Highness,'), es: p('Alteza:'), fr: p('Monseigneur,', 'Madame,', 'Altesse,') },
  'serene-highness': { en: p('Your Serene Highness,'), es: p('Alteza:'), fr: p('Monseigneur,', 'Madame,', 'Altesse,') },
  holiness: { en: p('Your Holiness,'), es: p('Santidad:'), fr: p('Très Saint-Père,') },
  eminence: { en: p('Your Eminence,'), es: p('Eminencia:'), fr: p('Éminence,') },
};

/** How the close names a sovereign: "Your Majesty", "Votre Altesse Royale". */
const SOVEREIGN_IN_CLOSE: Record<Exclude<Dignity, 'excellency' | 'eminence'>, Localized> = {
  majesty: { en: 'Your Majesty', es: 'Majestad', fr: 'Votre Majesté' },
  highness: { en: 'Your Highness', es: 'Alteza', fr: 'Votre Altesse' },
  'royal-highness': { en: 'Your Royal Highness', es: 'Alteza', fr: 'Votre Altesse Royale' },
  'serene-highness': { en: 'Your Serene Highness', es: 'Alteza', fr: 'Votre Altesse Sérénissime' },
  holiness: { en: 'Your Holiness', es: 'Santidad', fr: 'Votre Sainteté' },
};

/** Closes for sovereigns and the Pope: respect, not "consideration". */
export function sovereignClose(dignity: Exclude<Dignity, 'excellency' | 'eminence'>, language: Language): string {
  const who = SOVEREIGN_IN_CLOSE[dignity][language];
  switch (language) {
    case 'en':
      return `Please accept, ${who}, the assurances of my highest respect.`;
    case 'es':
      return `Le ruego acepte, ${who}, el testimonio de mi más profundo respeto.`;
    case 'fr':
      return `Je prie ${who} de bien vouloir agréer l'hommage de mon profond respect.`;
  }
}

/** Excellency-level fallbacks when the office has no vocative or the gender is unknown. */
export const EXCELLENCY_SALUTATIONS: Localized<Phrase> = {
  en: p('Excellency,'),
  es: p('Excelentísimo Señor:', 'Excelentísima Señora:', 'Excelencia:'),
  fr: p('Excellence,'),
};

/**
 * The formal close, repeating the vocative: "Please accept, Excellency, …",
 * "Le ruego acepte, Señor Presidente, …", "Je vous prie d'agréer, Monsieur le
 * Président, …". English letters opened with "Dear …" close "Yours sincerely,".
 */
export function officialClose(language: Language, vocative: string, consideration: 'highest' | 'high'): string {
  switch (language) {
    case 'en':
      return vocative.startsWith('Dear ') ? 'Yours sincerely,' : `Please accept, ${vocative}, the assurances of my highest consideration.`;
    case 'es':
      return `Le ruego acepte, ${vocative}, el testimonio de mi más alta consideración.`;
    case 'fr':
      return consideration === 'high'
        ? `Je vous prie d'agréer, ${vocative}, l'assurance de ma haute considération.`
        : `Je vous prie d'agréer, ${vocative}, l'expression de ma très haute considération.`;
  }
}

/** For recipients below Excellency rank (a custom office such as a prison director). */
export const PLAIN = {
  honorific: { en: p('Mr', 'Ms', ''), es: p('Señor', 'Señora', ''), fr: p('Monsieur', 'Madame', '') } satisfies Localized<Phrase>,
  salutation: {
    en: p('Dear Sir,', 'Dear Madam,', 'Dear Sir or Madam,'),
    es: p('Estimado señor:', 'Estimada señora:', 'Estimada señora, estimado señor:'),
    fr: p('Monsieur,', 'Madame,', 'Madame, Monsieur,'),
  } satisfies Localized<Phrase>,
  close: {
    en: p('Yours faithfully,'),
    es: p('Atentamente,'),
    fr: p(
      "Je vous prie d'agréer, Monsieur, l'expression de ma considération distinguée.",
      "Je vous prie d'agréer, Madame, l'expression de ma considération distinguée.",
      "Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.",
    ),
  } satisfies Localized<Phrase>,
};

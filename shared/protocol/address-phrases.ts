import type { Dignity, Gender, Language, Localized } from './types';

/*
 * The fixed phrases of diplomatic correspondence in en/es/fr: honorifics,
 * the salutations and closes used for sovereigns, and the fallbacks used when
 * an office has no vocative of its own or the gender is not recorded.
 *
 * Choices, for the reviewer:
 * - Unrecorded gender: Spanish and French have honorifics that name none
 *   ("Su Excelencia", "Son Excellence", "Su Majestad"); English has no such
 *   long form, and a letter never prints an abbreviation ("H.E.", "H.M."),
 *   so it writes the masculine generic, as its titles do ("His Excellency",
 *   "His Excellency the Prime Minister"). The salutation never guesses:
 *   "Excellency," / "Excelencia:" / "Excellence,".
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
    en: p('His Excellency', 'Her Excellency'),
    es: p('Excelentísimo Señor', 'Excelentísima Señora', 'Su Excelencia'),
    fr: p('Son Excellence Monsieur', 'Son Excellence Madame', 'Son Excellence'),
  },
  majesty: { en: p('His Majesty', 'Her Majesty'), es: p('Su Majestad'), fr: p('Sa Majesté') },
  highness: { en: p('His Highness', 'Her Highness'), es: p('Su Alteza'), fr: p('Son Altesse') },
  'royal-highness': { en: p('His Royal Highness', 'Her Royal Highness'), es: p('Su Alteza Real'), fr: p('Son Altesse Royale') },
  'serene-highness': { en: p('His Serene Highness', 'Her Serene Highness'), es: p('Su Alteza Serenísima'), fr: p('Son Altesse Sérénissime') },
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

/**
 * Who writes: one signer ("my highest consideration") or several, or an
 * organisation with endorsers ("our highest consideration"). Every close
 * has both forms; the salutation and honorific do not depend on it.
 */
export type Voice = 'singular' | 'plural';

/** The words of a close that change with the voice, per language. */
const VOICE_WORDS: Localized<Record<Voice, { ask: string; my: string; myM: string }>> = {
  en: { singular: { ask: 'Please accept', my: 'my', myM: 'my' }, plural: { ask: 'Please accept', my: 'our', myM: 'our' } },
  // "mi más alta consideración" (feminine) / "mi más profundo respeto" (masculine): the plural agrees.
  es: { singular: { ask: 'Le ruego acepte', my: 'mi', myM: 'mi' }, plural: { ask: 'Le rogamos acepte', my: 'nuestra', myM: 'nuestro' } },
  fr: { singular: { ask: 'Je vous prie', my: 'ma', myM: 'mon' }, plural: { ask: 'Nous vous prions', my: 'notre', myM: 'notre' } },
};

/** Closes for sovereigns and the Pope: respect, not "consideration". */
export function sovereignClose(dignity: Exclude<Dignity, 'excellency' | 'eminence'>, language: Language, voice: Voice = 'singular'): string {
  const who = SOVEREIGN_IN_CLOSE[dignity][language];
  const w = VOICE_WORDS[language][voice];
  switch (language) {
    case 'en':
      return `${w.ask}, ${who}, the assurances of ${w.my} highest respect.`;
    case 'es':
      return `${w.ask}, ${who}, el testimonio de ${w.myM} más profundo respeto.`;
    case 'fr':
      return `${voice === 'plural' ? 'Nous prions' : 'Je prie'} ${who} de bien vouloir agréer l'hommage de ${w.myM} profond respect.`;
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
 * Président, …"; in the plural "…of our highest consideration", "Le rogamos
 * acepte, …", "Nous vous prions d'agréer, …". English letters opened with
 * "Dear …" close "Yours sincerely," in either voice.
 */
export function officialClose(language: Language, vocative: string, consideration: 'highest' | 'high', voice: Voice = 'singular'): string {
  const w = VOICE_WORDS[language][voice];
  switch (language) {
    case 'en':
      return vocative.startsWith('Dear ') ? 'Yours sincerely,' : `${w.ask}, ${vocative}, the assurances of ${w.my} highest consideration.`;
    case 'es':
      return `${w.ask}, ${vocative}, el testimonio de ${w.my} más alta consideración.`;
    case 'fr':
      return consideration === 'high'
        ? `${w.ask} d'agréer, ${vocative}, l'assurance de ${w.my} haute considération.`
        : `${w.ask} d'agréer, ${vocative}, l'expression de ${w.my} très haute considération.`;
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
  /** French repeats the salutation and changes with the voice: plainClose writes it. */
  close: {
    en: p('Yours faithfully,'),
    es: p('Atentamente,'),
  } satisfies Record<'en' | 'es', Phrase>,
};

/** The close below Excellency rank, in either voice. */
export function plainClose(language: Language, gender: Gender, voice: Voice = 'singular'): string {
  if (language !== 'fr') return pick(PLAIN.close[language], gender);
  // "Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée."
  const w = VOICE_WORDS.fr[voice];
  const vocative = pick(PLAIN.salutation.fr, gender).slice(0, -1);
  return `${w.ask} d'agréer, ${vocative}, l'expression de ${w.my} considération distinguée.`;
}

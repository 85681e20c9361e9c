import type { Language } from '../../../../shared/recipients/schemas';

/*
 * The letter's language from its commonest short words. Words shared by two
 * of the languages ("de", "la", "que", "en") are left out; English wins ties,
 * an empty text included.
 */
const WORDS: Record<Language, ReadonlySet<string>> = {
  en: new Set('the and of to we our that is for with this are you your on as be by from have which its their has were will would'.split(' ')),
  es: new Set(
    'el los las del y por para con una nuestra nuestro su sus es se al lo como más también este esta ha han sobre señor excelentísimo país'.split(' '),
  ),
  fr: new Set('le les des du et pour dans une nous vous est au aux sur pas ce cette qui avec être sont leur ont votre notre monsieur madame pays'.split(' ')),
};

export function detectLanguage(texts: Iterable<string>): Language {
  const scores: Record<Language, number> = { en: 0, es: 0, fr: 0 };
  let seen = 0;
  for (const text of texts) {
    for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
      for (const language of ['en', 'es', 'fr'] as const) if (WORDS[language].has(word)) scores[language]++;
      // A long letter is decided long before its end.
      if (++seen > 20_000) return best(scores);
    }
  }
  return best(scores);
}

function best(scores: Record<Language, number>): Language {
  if (scores.es > scores.en && scores.es >= scores.fr) return 'es';
  if (scores.fr > scores.en && scores.fr > scores.es) return 'fr';
  return 'en';
}

import type { Language } from '../../../../shared/recipients/schemas';
import type { TemplateVoice } from '../../../../shared/templates/schemas';

/*
 * Whether a letter speaks as "we" or "I", from its own words, so that an
 * imported coalition letter ("We are writing to you as organisations…")
 * closes "our highest consideration" even when one person signs it. Only a
 * clear majority of first-person plural words counts; otherwise the voice is
 * left to the campaign ("auto").
 */

const PLURAL: Record<Language, RegExp> = {
  en: /\b(?:we|our|ours|us|ourselves)\b/giu,
  es: /(?<![\p{L}])(?:nosotr[oa]s|nuestr[oa]s?|nos)(?![\p{L}])/giu,
  fr: /(?<![\p{L}])(?:nous|notre|nos)(?![\p{L}])/giu,
};
const SINGULAR: Record<Language, RegExp> = {
  // "I" only as a capital word, so a list's "i." is not counted.
  en: /\b(?:I|[Mm]y|[Mm]e|[Mm]ine|[Mm]yself)\b/gu,
  es: /(?<![\p{L}])(?:yo|mi|mis|me|conmigo)(?![\p{L}])/giu,
  fr: /(?<![\p{L}])(?:je|j['’]|mon|ma|mes|moi)(?![\p{L}])/giu,
};

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

export function detectVoice(texts: Iterable<string>, language: Language): TemplateVoice {
  let plural = 0;
  let singular = 0;
  for (const text of texts) {
    plural += count(text, PLURAL[language]);
    singular += count(text, SINGULAR[language]);
  }
  return plural >= 2 && plural > 2 * singular ? 'plural' : 'auto';
}

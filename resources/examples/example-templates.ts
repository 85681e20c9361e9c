import type { LetterDocument } from '../../shared/letter/document';
import { chaserLetter } from './chaser-letter';
import { followUpLetter } from './follow-up-letter';
import { politicalPrisonersLetter } from './political-prisoners-letter';
import { resolutionStatement } from './resolution-statement';

/*
 * The example templates shipped with Letterdesk, in English and Spanish.
 * They are starting points: generic by design (no real country, person or
 * figure), to be edited before anything is sent.
 *
 * Letters open with the `recipient.salutation` field and end with the
 * `recipient.complimentaryClose` field; the export adds the address block,
 * date, reference and signatures. Statements carry a title and no
 * salutation; the export adds the place-and-date line and "Endorsed by".
 */

export interface ExampleTemplate {
  key: string;
  kind: 'letter' | 'statement';
  defaultLanguage: 'en';
  names: { en: string; es: string };
  variants: {
    en: { title: string; document: LetterDocument };
    es: { title: string; document: LetterDocument };
  };
}

export const EXAMPLE_TEMPLATES: readonly ExampleTemplate[] = [politicalPrisonersLetter, followUpLetter, resolutionStatement, chaserLetter];

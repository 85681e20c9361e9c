import { describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/recipients/schemas';
import { mergeLetter, plainText } from '../../../shared/letter/merge';
import type { MergeRecipient } from '../../../shared/letter/merge';
import { context, doc, f, p, recipient } from './doc-builders';

/*
 * The voice of the complimentary close: one signer writes "my highest
 * consideration", several signers or endorsers "our". Every formula of every
 * language has both forms, sovereign closes included, and nothing else in the
 * letter changes with the voice.
 */

const closeOnly = doc(p(f('recipient.complimentaryClose')));

function close(language: Language, over: Partial<MergeRecipient>, voice?: 'singular' | 'plural'): string {
  const result = mergeLetter(closeOnly, context({ language, recipient: recipient(over), ...(voice ? { voice } : {}) }));
  expect(result.missing).toEqual([]);
  return plainText(result.document);
}

const frPresident: Partial<MergeRecipient> = { name: 'Marie Dupont', gender: 'female', officeType: 'head_of_state', office: 'Présidente', countryCode: 'FR' };
const king: Partial<MergeRecipient> = { name: 'Willem-Alexander', officeType: 'head_of_state', office: 'King', countryCode: 'NL', postalAddress: '' };
const pope: Partial<MergeRecipient> = { name: 'Leo XIV', officeType: 'head_of_state', office: 'Pope', countryCode: 'VA', postalAddress: '' };
const cardinal: Partial<MergeRecipient> = { name: 'Pietro Parolin', officeType: 'head_of_government', office: 'Secretary of State', countryCode: 'VA' };
const ambassador: Partial<MergeRecipient> = { name: 'Jean Martin', officeType: 'ambassador', office: 'Ambassadeur', countryCode: 'FR' };
const director: Partial<MergeRecipient> = { name: 'Luc Bernard', officeType: 'custom', office: 'Prison director', countryCode: 'FR' };
const unknownGender: Partial<MergeRecipient> = { name: 'Alex Doe', gender: 'unspecified', officeType: 'head_of_government', countryCode: 'PT' };

// [who, language, singular, plural]
const CASES: [string, Language, Partial<MergeRecipient>, string, string][] = [
  // English
  [
    'en, Excellency with no vocative',
    'en',
    unknownGender,
    'the assurances of my highest consideration.',
    'Please accept, Excellency, the assurances of our highest consideration.',
  ],
  [
    'en, a Majesty',
    'en',
    king,
    'Please accept, Your Majesty, the assurances of my highest respect.',
    'Please accept, Your Majesty, the assurances of our highest respect.',
  ],
  [
    'en, the Pope',
    'en',
    pope,
    'Please accept, Your Holiness, the assurances of my highest respect.',
    'Please accept, Your Holiness, the assurances of our highest respect.',
  ],
  [
    'en, an Eminence',
    'en',
    cardinal,
    'Please accept, Your Eminence, the assurances of my highest consideration.',
    'Please accept, Your Eminence, the assurances of our highest consideration.',
  ],
  // Spanish
  [
    'es, head of government',
    'es',
    {},
    'Le ruego acepte, Señor Presidente, el testimonio de mi más alta consideración.',
    'Le rogamos acepte, Señor Presidente, el testimonio de nuestra más alta consideración.',
  ],
  [
    'es, a Majesty',
    'es',
    king,
    'Le ruego acepte, Majestad, el testimonio de mi más profundo respeto.',
    'Le rogamos acepte, Majestad, el testimonio de nuestro más profundo respeto.',
  ],
  [
    'es, an Eminence',
    'es',
    cardinal,
    'Le ruego acepte, Eminencia, el testimonio de mi más alta consideración.',
    'Le rogamos acepte, Eminencia, el testimonio de nuestra más alta consideración.',
  ],
  [
    'es, Excellency with no vocative',
    'es',
    unknownGender,
    'Le ruego acepte, Excelencia, el testimonio de mi más alta consideración.',
    'Le rogamos acepte, Excelencia, el testimonio de nuestra más alta consideración.',
  ],
  // French
  [
    'fr, head of state',
    'fr',
    frPresident,
    "Je vous prie d'agréer, Madame la Présidente, l'expression de ma très haute considération.",
    "Nous vous prions d'agréer, Madame la Présidente, l'expression de notre très haute considération.",
  ],
  [
    'fr, an ambassador (haute considération)',
    'fr',
    ambassador,
    "Je vous prie d'agréer, Monsieur l'Ambassadeur, l'assurance de ma haute considération.",
    "Nous vous prions d'agréer, Monsieur l'Ambassadeur, l'assurance de notre haute considération.",
  ],
  [
    'fr, a Majesty',
    'fr',
    king,
    "Je prie Votre Majesté de bien vouloir agréer l'hommage de mon profond respect.",
    "Nous prions Votre Majesté de bien vouloir agréer l'hommage de notre profond respect.",
  ],
  [
    'fr, the Pope',
    'fr',
    pope,
    "Je prie Votre Sainteté de bien vouloir agréer l'hommage de mon profond respect.",
    "Nous prions Votre Sainteté de bien vouloir agréer l'hommage de notre profond respect.",
  ],
  [
    'fr, an Eminence',
    'fr',
    cardinal,
    "Je vous prie d'agréer, Éminence, l'expression de ma très haute considération.",
    "Nous vous prions d'agréer, Éminence, l'expression de notre très haute considération.",
  ],
  [
    'fr, below Excellency',
    'fr',
    director,
    "Je vous prie d'agréer, Monsieur, l'expression de ma considération distinguée.",
    "Nous vous prions d'agréer, Monsieur, l'expression de notre considération distinguée.",
  ],
];

describe('the complimentary close in the voice of the letter', () => {
  it.each(CASES)('%s', (_label, language, who, singular, plural) => {
    expect(close(language, who)).toContain(singular);
    expect(close(language, who, 'singular')).toContain(singular);
    expect(close(language, who, 'plural')).toBe(plural);
  });

  it('the plural close has no singular pronoun left, in any language or rank', () => {
    for (const [, language, who] of CASES) {
      const text = close(language, who, 'plural');
      expect(text).not.toMatch(/\b(my|mi|ma|mon|je|ruego|prie)\b/i);
    }
  });

  it('closes that do not speak of the writer stay as they are', () => {
    // "Dear Mr President," pairs with "Yours sincerely,"; "Dear Sir," with "Yours faithfully,"; Spanish plain letters close "Atentamente,".
    expect(close('en', {}, 'plural')).toBe('Yours sincerely,');
    expect(close('en', director, 'plural')).toBe('Yours faithfully,');
    expect(close('es', director, 'plural')).toBe('Atentamente,');
  });

  it("the voice changes only the close: salutation and address are the same, and a recipient's own close wins", () => {
    const letter = doc(p(f('recipient.addressBlock')), p(f('recipient.salutation')));
    const one = plainText(mergeLetter(letter, context({ language: 'fr', recipient: recipient(frPresident) })).document);
    const many = plainText(mergeLetter(letter, context({ language: 'fr', recipient: recipient(frPresident), voice: 'plural' })).document);
    expect(many).toBe(one);
    const own = recipient({ ...frPresident, overrides: { complimentaryClose: 'Avec mes salutations respectueuses.' } });
    expect(plainText(mergeLetter(closeOnly, context({ language: 'fr', recipient: own, voice: 'plural' })).document)).toBe(
      'Avec mes salutations respectueuses.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { mergeLetter, plainText } from '../../../shared/letter/merge';
import { br, context, doc, f, p, recipient, t } from './doc-builders';

/*
 * Merging with the real protocol data: the forms of address each state and
 * language call for, and the overrides a writer sets.
 */

const letter = doc(
  p(f('recipient.addressBlock')),
  p(f('recipient.honorific'), t(' '), f('recipient.name'), br, f('recipient.fullTitle')),
  p(f('recipient.salutation')),
  p(t('We write to you as '), f('recipient.officeTitle'), t(' of '), f('country.officialNameWithArticle'), t('.')),
  p(f('recipient.complimentaryClose')),
);

describe('merge with protocol data', () => {
  it('Spain, head of government, in English: the President of the Government of the Kingdom of Spain', () => {
    const result = mergeLetter(letter, context());
    const text = plainText(result.document);
    expect(result.missing).toEqual([]);
    expect(text).toContain('His Excellency Pedro Sánchez\nPresident of the Government of the Kingdom of Spain');
    expect(text).toContain('Kingdom of Spain');
    expect(text).not.toMatch(/Republic of Spain/);
    expect(text).toContain('Dear Mr President,');
    expect(text).toContain('We write to you as President of the Government of the Kingdom of Spain.');
    // The address block: one line per row, joined with hard breaks.
    expect(result.document.content[0]).toEqual(
      p(
        t('His Excellency Pedro Sánchez'),
        br,
        t('President of the Government of the Kingdom of Spain'),
        br,
        t('Complejo de la Moncloa'),
        br,
        t('28071 Madrid'),
        br,
        t('Spain'),
      ),
    );
  });

  it('the Netherlands\u2019 king in English: His Majesty, never Excellency', () => {
    const ctx = context({
      recipient: recipient({ name: 'Willem-Alexander', officeType: 'head_of_state', office: 'King', countryCode: 'NL', postalAddress: '' }),
    });
    const text = plainText(mergeLetter(letter, ctx).document);
    expect(text).toContain('His Majesty King Willem-Alexander');
    expect(text).toContain('King of the Netherlands');
    expect(text).toContain('Your Majesty,');
    expect(text).not.toMatch(/Excellency/);
  });

  it('a Spanish letter to the President of France (female)', () => {
    const ctx = context({
      language: 'es',
      recipient: recipient({ name: 'Marie Dupont', gender: 'female', officeType: 'head_of_state', office: 'Présidente', countryCode: 'FR', postalAddress: '' }),
    });
    const result = mergeLetter(letter, ctx);
    const text = plainText(result.document);
    expect(result.missing).toEqual([]);
    expect(text).toContain('Excelentísima Señora Marie Dupont\nPresidenta de la República Francesa');
    expect(text).toContain('Señora Presidenta:');
    expect(text).toContain('We write to you as Presidenta of la República Francesa.');
    expect(text).toContain('Le ruego acepte, Señora Presidenta, el testimonio de mi más alta consideración.');
    expect(text).toContain('Francia');
  });

  it('a French letter to the King of Spain', () => {
    const ctx = context({
      language: 'fr',
      recipient: recipient({ name: 'Felipe VI', officeType: 'head_of_state', office: 'Rey', postalAddress: '' }),
    });
    const text = plainText(mergeLetter(letter, ctx).document);
    expect(text).toContain("Sa Majesté le Roi Felipe VI\nRoi d'Espagne");
    expect(text).toContain('Sire,');
    expect(text).toContain("of le Royaume d'Espagne.");
  });

  it('country names in each language', () => {
    const names = doc(p(f('country.name'), t(' | '), f('country.officialName'), t(' | '), f('country.officialNameWithArticle')));
    const run = (language: 'en' | 'es' | 'fr') => plainText(mergeLetter(names, context({ language })).document);
    expect(run('en')).toBe('Spain | Kingdom of Spain | the Kingdom of Spain');
    expect(run('es')).toBe('España | Reino de España | el Reino de España');
    expect(run('fr')).toBe("Espagne | Royaume d'Espagne | le Royaume d'Espagne");
  });

  it('overrides win over the computed forms; blank ones do not count', () => {
    const ctx = context({
      recipient: recipient({
        overrides: { honorific: 'The Honourable', salutation: 'Dear Pedro,', addressBlock: 'Pedro Sánchez\nMadrid', fullTitle: '  ' },
      }),
    });
    const result = mergeLetter(letter, ctx);
    const text = plainText(result.document);
    expect(text).toContain('Pedro Sánchez\nMadrid\n\nThe Honourable Pedro Sánchez\nPresident of the Government of the Kingdom of Spain');
    expect(text).toContain('Dear Pedro,');
  });

  it('a custom office: its own title, plain courtesy forms', () => {
    const ctx = context({ recipient: recipient({ name: 'Jane Roe', gender: 'female', officeType: 'custom', office: 'Mayor of Madrid' }) });
    const result = mergeLetter(doc(p(f('recipient.officeTitle')), p(f('recipient.fullTitle'))), ctx);
    expect(plainText(result.document)).toBe('Mayor of Madrid\n\nMayor of Madrid');
  });

  it('an unknown country: country and protocol fields are missing, the rest still merges', () => {
    const ctx = context({ recipient: recipient({ countryCode: 'ZZ', overrides: { salutation: 'Dear Sir,' } }) });
    const result = mergeLetter(letter, ctx);
    const fields = result.missing.map((m) => m.field);
    expect(fields).toEqual([
      'recipient.addressBlock',
      'recipient.honorific',
      'recipient.fullTitle',
      'recipient.officeTitle',
      'country.officialNameWithArticle',
      'recipient.complimentaryClose',
    ]);
    expect(plainText(result.document)).toContain('Pedro Sánchez');
    expect(plainText(result.document)).toContain('Dear Sir,');
  });
});

describe('merge where no parliament sits', () => {
  it('the president of a chamber of a state without a sitting parliament: the office as typed, never a made-up chamber', () => {
    const ctx = context({
      recipient: recipient({
        name: 'N. N.',
        gender: 'male',
        officeType: 'speaker_of_parliament',
        office: 'President of the Senate',
        countryCode: 'HT',
        postalAddress: '',
      }),
    });
    const result = mergeLetter(letter, ctx);
    expect(result.missing).toEqual([]);
    const text = plainText(result.document);
    expect(text).toContain('His Excellency N. N.\nPresident of the Senate\nHaiti');
    expect(text).toContain('We write to you as President of the Senate of the Republic of Haiti.');
    expect(text).not.toMatch(/Parliament|Chamber of Deputies/);
  });
});

describe('the honorific field when the holder’s gender is not recorded', () => {
  // The seed letter's shape: the honorific on a line of its own, above the name and the title.
  const lines = doc(p(f('recipient.honorific'), br, f('recipient.name'), br, f('recipient.fullTitle')), p(f('recipient.addressBlock')));
  const kenya = recipient({ name: 'W. Ruto', gender: 'unspecified', officeType: 'head_of_state', office: 'President', countryCode: 'KE', postalAddress: '' });
  const king = recipient({
    name: 'Willem-Alexander',
    gender: 'unspecified',
    officeType: 'head_of_state',
    office: 'King',
    countryCode: 'NL',
    postalAddress: '',
  });
  const crownPrince = recipient({
    name: 'Salman',
    gender: 'unspecified',
    officeType: 'head_of_government',
    office: 'Prime Minister',
    countryCode: 'BH',
    postalAddress: '',
  });

  it.each([
    ['en', 'a president', kenya, 'His Excellency'],
    ['es', 'a president', kenya, 'Su Excelencia'],
    ['fr', 'a president', kenya, 'Son Excellence'],
    ['en', 'a king', king, 'His Majesty'],
    ['es', 'a king', king, 'Su Majestad'],
    ['fr', 'a king', king, 'Sa Majesté'],
    ['en', 'a crown prince', crownPrince, 'His Royal Highness'],
    ['es', 'a crown prince', crownPrince, 'Su Alteza Real'],
    ['fr', 'a crown prince', crownPrince, 'Son Altesse Royale'],
  ] as const)('%s, %s: written out, never an abbreviation, and the same as the address block', (language, _who, who, honorific) => {
    const result = mergeLetter(lines, context({ language, recipient: who }));
    expect(result.missing).toEqual([]);
    const [own, block] = plainText(result.document).split('\n\n');
    expect(own.split('\n')[0]).toBe(honorific);
    expect(block.split('\n')[0]).toMatch(new RegExp(`^${honorific} .*${who.name}$`));
    expect(plainText(result.document)).not.toMatch(/\bH\.[A-Z.]*\.?(?=\s|$)/);
  });
});

import { describe, expect, it } from 'vitest';
import { formsOfAddress, getCountry, recogniseOffice, type Gender, type Language, type OfficeType } from '../../../shared/protocol';

/*
 * Offices that are not one of the five as Letterdesk titles them: joined
 * titles, titles it does not know with a rank chosen, Governors-General,
 * the Holy See's two secretaries, and offices whose holder is not known.
 */

const forms = (code: string, office: OfficeType, customTitle: string, language: Language, gender: Gender = 'male', name = 'A. Holder') =>
  formsOfAddress({ country: getCountry(code)!, office, customTitle, language, gender, name });

describe('a title that joins offices', () => {
  it.each([
    ['Crown Prince and Prime Minister', 'head_of_government'],
    ['Prime Minister and Minister of Foreign Affairs', 'head_of_government'],
    ['Primer Ministro y Ministro de Asuntos Exteriores', 'head_of_government'],
    ['Premier ministre, ministre des Affaires étrangères', 'head_of_government'],
    ['Président de la République et chef du gouvernement', 'head_of_state'],
    ['Presidente de la República y Jefe de Gobierno', 'head_of_state'],
    ['Deputy Prime Minister and Minister of Foreign Affairs', 'foreign_minister'],
    ['Vice Primer Ministro y Ministro de Relaciones Exteriores', 'foreign_minister'],
    ['Vice-Premier ministre et ministre des Affaires étrangères', 'foreign_minister'],
    ['Crown Prince, Deputy Prime Minister and Minister of Defence', 'custom'],
    ['Deputy Prime Minister and Minister of Finance', 'custom'],
    ['Vice-ministre des Affaires étrangères et de la Coopération', 'custom'],
    ['Minister for Europe and Foreign Affairs', 'foreign_minister'],
    ["Ministre de l'Europe et des Affaires étrangères", 'foreign_minister'],
  ] as const)('%s → %s', (title, office) => {
    expect(recogniseOffice(title)).toBe(office);
  });

  it('is addressed as its highest office, prints its title as typed, and a royal holder keeps his style', () => {
    const en = forms('SA', 'head_of_government', 'Crown Prince and Prime Minister', 'en', 'male', 'Mohammed bin Salman');
    expect(en.addressBlock).toEqual(['His Royal Highness Prince Mohammed bin Salman', 'Crown Prince and Prime Minister', 'Saudi Arabia']);
    expect(en.salutation).toBe('Your Royal Highness,');
    const es = forms('SA', 'head_of_government', 'Príncipe Heredero y Primer Ministro', 'es', 'male', 'Mohammed bin Salman');
    expect(es.addressBlock).toEqual(['Su Alteza Real el Príncipe Mohammed bin Salman', 'Príncipe Heredero y Primer Ministro', 'Arabia Saudí']);
    expect(es.salutation).toBe('Alteza:');
    const fr = forms('SA', 'head_of_government', 'Prince héritier et Premier ministre', 'fr', 'male', 'Mohammed ben Salmane');
    expect(fr.addressBlock[0]).toBe('Son Altesse Royale le Prince Mohammed ben Salmane');
    expect(fr.salutation).toBe('Monseigneur,');
  });

  it('gives a crown prince of an emirate His Highness, and a kingdom without a style of its own His Royal Highness', () => {
    expect(forms('KW', 'head_of_government', 'Crown Prince and Prime Minister', 'en').honorific).toBe('His Highness');
    expect(forms('JO', 'head_of_government', 'Crown Prince and Prime Minister', 'en').honorific).toBe('His Royal Highness');
    expect(forms('JO', 'head_of_government', 'Prime Minister', 'en').honorific).toBe('His Excellency');
  });

  it('addresses a prime minister who is also foreign minister as a prime minister, in every language', () => {
    const title = 'Prime Minister and Minister of Foreign Affairs';
    expect(forms('MT', 'head_of_government', title, 'en')).toMatchObject({ honorific: 'His Excellency', fullTitle: title, salutation: 'Dear Prime Minister,' });
    expect(forms('MT', 'head_of_government', title, 'es').salutation).toBe('Señor Primer Ministro:');
    expect(forms('MT', 'head_of_government', title, 'fr', 'female').salutation).toBe('Madame la Première ministre,');
  });

  it('does not take a country\'s "and" for two offices', () => {
    expect(recogniseOffice('Prime Minister of Trinidad and Tobago')).toBe('head_of_government');
    expect(recogniseOffice('Deputy Prime Minister of Trinidad and Tobago')).toBe('custom');
    expect(forms('TT', 'head_of_government', 'Prime Minister of Trinidad and Tobago', 'es').fullTitle).toBe(
      'Primer Ministro de la República de Trinidad y Tabago',
    );
    expect(forms('BA', 'foreign_minister', 'Minister of Foreign Affairs of Bosnia and Herzegovina', 'fr').fullTitle).toBe(
      'Ministre des Affaires étrangères de la Bosnie-Herzégovine',
    );
    expect(forms('AR', 'foreign_minister', 'Ministro de Relaciones Exteriores y Culto', 'en').fullTitle).toBe(
      'Minister of Foreign Affairs of the Argentine Republic',
    );
  });

  it("keeps the state's own titles in the letter's language when the typed title is one of them", () => {
    expect(forms('ES', 'foreign_minister', 'Minister for Foreign Affairs, European Union and Cooperation', 'es').fullTitle).toBe(
      'Ministro de Asuntos Exteriores, Unión Europea y Cooperación del Reino de España',
    );
    expect(forms('ES', 'head_of_government', 'Presidente del Gobierno', 'en').fullTitle).toBe('President of the Government of the Kingdom of Spain');
  });
});

describe('a title Letterdesk does not know', () => {
  it('is never "Dear Sir, / Yours faithfully" once a rank is chosen, and prints as typed', () => {
    for (const language of ['en', 'es', 'fr'] as const) {
      const head = forms('TM', 'head_of_state', 'Chairman of the Halk Maslahaty', language);
      expect(head.fullTitle).toBe('Chairman of the Halk Maslahaty');
      expect(head.salutation).not.toMatch(/Dear Sir|Estimado señor|^Monsieur,$/);
      expect(head.complimentaryClose).not.toMatch(/faithfully|Atentamente|distinguée/);
    }
    expect(forms('TM', 'head_of_state', 'Chairman of the Halk Maslahaty', 'en').honorific).toBe('His Excellency');
    expect(forms('TM', 'head_of_government', 'Chairman of the Cabinet', 'es', 'female').honorific).toBe('Excelentísima Señora');
  });

  it('keeps a royal holder of an office Letterdesk does not rank in his or her own style', () => {
    const deputy = forms('SA', 'custom', 'Crown Prince, Deputy Prime Minister and Minister of Defence', 'en', 'male', 'Someone');
    expect(deputy.addressBlock[0]).toBe('His Royal Highness Prince Someone');
    expect(deputy.salutation).toBe('Your Royal Highness,');
    expect(forms('KW', 'custom', 'Príncipe Heredero', 'es', 'male', 'Sabah').honorific).toBe('Su Alteza');
    expect(forms('FR', 'custom', 'Prince Consort', 'en').honorific).toBe('Mr');
  });

  it('addresses a custom minister as a minister, and a deputy plainly', () => {
    expect(forms('FR', 'custom', 'Ministre de la Justice', 'fr').salutation).toBe('Monsieur le Ministre,');
    expect(forms('FR', 'custom', 'Minister of Justice', 'en').honorific).toBe('His Excellency');
    expect(forms('FR', 'custom', 'Deputy Minister of Justice', 'en').honorific).toBe('Mr');
  });
});

describe('Governors-General of the Commonwealth realms', () => {
  it.each([
    ['CA', 'en', 'female', 'Her Excellency the Right Honourable Mary Simon', 'Governor General of Canada'],
    ['AU', 'en', 'female', 'Her Excellency the Honourable Sam Mostyn', 'Governor-General of Australia'],
    ['NZ', 'en', 'female', 'Her Excellency the Right Honourable Cindy Kiro', 'Governor-General of New Zealand'],
    ['JM', 'en', 'male', 'His Excellency the Most Honourable Patrick Allen', 'Governor-General of Jamaica'],
    ['BZ', 'en', 'female', 'Her Excellency Froyla Tzalam', 'Governor-General of Belize'],
    ['CA', 'es', 'female', 'Excelentísima Señora Mary Simon', 'Gobernadora General de Canadá'],
    ['CA', 'fr', 'female', 'Son Excellence Madame Mary Simon', 'Gouverneure générale du Canada'],
    ['JM', 'fr', 'male', 'Son Excellence Monsieur Patrick Allen', 'Gouverneur général de la Jamaïque'],
  ] as const)('%s in %s: %s, %s', (code, language, gender, first, title) => {
    const name = first.split(' ').slice(-2).join(' ');
    const result = forms(code, 'custom', 'Governor-General', language, gender, name);
    expect(result.addressBlock.slice(0, 2)).toEqual([first, title]);
    expect(result.salutation).toBe(
      { en: 'Excellency,', es: gender === 'female' ? 'Excelentísima Señora:' : 'Excelentísimo Señor:', fr: 'Excellence,' }[language],
    );
  });

  it('stays an Excellency when the rank chosen is head of state', () => {
    const result = forms('CA', 'head_of_state', 'Governor General', 'en', 'female', 'Mary Simon');
    expect(result.addressBlock.slice(0, 2)).toEqual(['Her Excellency the Right Honourable Mary Simon', 'Governor General of Canada']);
    expect(result.salutation).toBe('Excellency,');
  });

  it('keeps a title typed in full', () => {
    expect(forms('AU', 'custom', 'Governor-General of the Commonwealth of Australia', 'en').fullTitle).toBe(
      'Governor-General of the Commonwealth of Australia',
    );
  });
});

describe('the Holy See', () => {
  it('tells the Cardinal Secretary of State from the Secretary for Relations with States', () => {
    expect(recogniseOffice('Cardinal Secretary of State')).toBe('head_of_government');
    expect(recogniseOffice('Cardenal Secretario de Estado')).toBe('head_of_government');
    expect(recogniseOffice("Cardinal secrétaire d'État")).toBe('head_of_government');
    expect(recogniseOffice('Secretary for Relations with States and International Organizations')).toBe('foreign_minister');
    expect(recogniseOffice('Secretario para las Relaciones con los Estados')).toBe('foreign_minister');
    expect(recogniseOffice('Secrétaire pour les relations avec les États')).toBe('foreign_minister');

    const cardinal = { en: 'His Eminence', es: 'Su Eminencia', fr: 'Son Éminence' };
    const archbishop = { en: 'His Excellency', es: 'Excelentísimo Señor', fr: 'Son Excellence Monsieur' };
    for (const language of ['en', 'es', 'fr'] as const) {
      expect(forms('VA', recogniseOffice('Cardinal Secretary of State'), 'Cardinal Secretary of State', language).honorific).toBe(cardinal[language]);
      const foreign = forms('VA', recogniseOffice('Secretary for Relations with States'), 'Secretary for Relations with States', language);
      expect(foreign.honorific).toBe(archbishop[language]);
    }
    expect(forms('VA', 'head_of_government', '', 'en').salutation).toBe('Your Eminence,');
    expect(forms('VA', 'foreign_minister', '', 'en').fullTitle).toBe('Secretary for Relations with States and International Organizations');
  });
});

describe('an office whose holder is not known', () => {
  it.each([
    ['FR', 'head_of_government', 'en', 'His Excellency the Prime Minister of the French Republic', 'France'],
    ['FR', 'head_of_government', 'es', 'Su Excelencia el Primer Ministro de la República Francesa', 'Francia'],
    ['FR', 'head_of_government', 'fr', 'Son Excellence le Premier ministre de la République française', 'France'],
    ['ES', 'head_of_state', 'en', 'His Majesty the King of Spain', 'Spain'],
    ['ES', 'head_of_state', 'es', 'Su Majestad el Rey de España', 'España'],
    ['ES', 'head_of_state', 'fr', "Sa Majesté le Roi d'Espagne", 'Espagne'],
    ['JP', 'head_of_state', 'fr', "Sa Majesté l'Empereur du Japon", 'Japon'],
    ['DE', 'foreign_minister', 'fr', 'Son Excellence le Ministre fédéral des Affaires étrangères de la République fédérale d’Allemagne', 'Allemagne'],
    ['VA', 'head_of_state', 'en', 'His Holiness the Supreme Pontiff', 'Vatican City'],
    ['GB', 'head_of_government', 'en', 'The Rt Hon the Prime Minister of the United Kingdom of Great Britain and Northern Ireland', 'United Kingdom'],
  ] as const)('%s %s in %s: %s', (code, office, language, first, country) => {
    const block = formsOfAddress({ country: getCountry(code)!, office, language, gender: 'unspecified', name: '' }).addressBlock;
    expect(block[0].replace('’', "'")).toBe(first.replace('’', "'"));
    expect(block).toEqual([block[0], country]);
    expect(block[0]).not.toMatch(/^(H\.E\.|H\.M\.)$/);
  });

  it('uses the holder’s gender when it is known, and no honorific line for a plain office', () => {
    const fr = formsOfAddress({ country: getCountry('FR')!, office: 'head_of_government', language: 'es', gender: 'female', name: '' });
    expect(fr.addressBlock[0]).toBe('Su Excelencia la Primera Ministra de la República Francesa');
    const plain = formsOfAddress({
      country: getCountry('FR')!,
      office: 'custom',
      customTitle: 'Directeur des prisons',
      language: 'fr',
      gender: 'unspecified',
      name: '',
    });
    expect(plain.addressBlock).toEqual(['Directeur des prisons', 'France']);
  });
});

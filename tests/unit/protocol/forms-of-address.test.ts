import { describe, expect, it } from 'vitest';
import { formsOfAddress, getCountry, type FormsOfAddress, type Gender, type Language, type OfficeType } from '../../../shared/protocol';

interface Case {
  country: string;
  office: OfficeType;
  gender: Gender;
  language: Language;
  name: string;
  customTitle?: string;
  expected: Partial<FormsOfAddress>;
}

const HIGHEST_EN = 'Please accept, Excellency, the assurances of my highest consideration.';

const CASES: Case[] = [
  // Republics
  {
    country: 'FR',
    office: 'head_of_state',
    gender: 'male',
    language: 'es',
    name: 'Emmanuel Macron',
    expected: {
      honorific: 'Excelentísimo Señor',
      fullTitle: 'Presidente de la República Francesa',
      addressBlock: ['Excelentísimo Señor Emmanuel Macron', 'Presidente de la República Francesa', 'Francia'],
      salutation: 'Señor Presidente:',
      complimentaryClose: 'Le ruego acepte, Señor Presidente, el testimonio de mi más alta consideración.',
    },
  },
  {
    country: 'FR',
    office: 'head_of_government',
    gender: 'female',
    language: 'fr',
    name: 'Élisabeth Borne',
    expected: {
      honorific: 'Son Excellence Madame',
      fullTitle: 'Première ministre de la République française',
      salutation: 'Madame la Première ministre,',
      complimentaryClose: "Je vous prie d'agréer, Madame la Première ministre, l'expression de ma très haute considération.",
    },
  },
  {
    country: 'DE',
    office: 'head_of_state',
    gender: 'male',
    language: 'fr',
    name: 'Frank-Walter Steinmeier',
    expected: {
      fullTitle: "Président fédéral de la République fédérale d'Allemagne",
      salutation: 'Monsieur le Président,',
      complimentaryClose: "Je vous prie d'agréer, Monsieur le Président, l'expression de ma très haute considération.",
    },
  },
  {
    country: 'US',
    office: 'head_of_state',
    gender: 'female',
    language: 'en',
    name: 'Jane Roe',
    expected: {
      honorific: 'Her Excellency',
      fullTitle: 'President of the United States of America',
      salutation: 'Dear Madam President,',
      complimentaryClose: 'Yours sincerely,',
    },
  },
  {
    country: 'US',
    office: 'head_of_government',
    gender: 'male',
    language: 'fr',
    name: 'John Doe',
    expected: { fullTitle: "Président des États-Unis d'Amérique", salutation: 'Monsieur le Président,' },
  },
  {
    country: 'MX',
    office: 'head_of_government',
    gender: 'female',
    language: 'es',
    name: 'Claudia Sheinbaum Pardo',
    expected: { honorific: 'Excelentísima Señora', fullTitle: 'Presidenta de los Estados Unidos Mexicanos', salutation: 'Señora Presidenta:' },
  },
  {
    country: 'BR',
    office: 'head_of_government',
    gender: 'male',
    language: 'en',
    name: 'Luiz Inácio Lula da Silva',
    expected: { fullTitle: 'President of the Federative Republic of Brazil', salutation: 'Dear Mr President,' },
  },
  {
    country: 'SV',
    office: 'head_of_state',
    gender: 'male',
    language: 'es',
    name: 'Nayib Bukele',
    expected: { fullTitle: 'Presidente de la República de El Salvador' },
  },
  {
    country: 'CH',
    office: 'head_of_state',
    gender: 'female',
    language: 'fr',
    name: 'Karin Keller-Sutter',
    expected: { fullTitle: 'Présidente de la Confédération suisse', salutation: 'Madame la Présidente,' },
  },
  {
    country: 'AT',
    office: 'head_of_government',
    gender: 'male',
    language: 'en',
    name: 'Christian Stocker',
    expected: { fullTitle: 'Federal Chancellor of the Republic of Austria', salutation: 'Dear Chancellor,' },
  },
  // The special heads of government
  {
    country: 'DE',
    office: 'head_of_government',
    gender: 'male',
    language: 'en',
    name: 'Friedrich Merz',
    expected: {
      addressBlock: ['His Excellency Friedrich Merz', 'Federal Chancellor of the Federal Republic of Germany', 'Germany'],
      salutation: 'Dear Chancellor,',
      complimentaryClose: 'Yours sincerely,',
    },
  },
  {
    country: 'DE',
    office: 'head_of_government',
    gender: 'female',
    language: 'es',
    name: 'Angela Merkel',
    expected: { fullTitle: 'Canciller Federal de la República Federal de Alemania', salutation: 'Señora Canciller:' },
  },
  {
    country: 'DE',
    office: 'head_of_government',
    gender: 'female',
    language: 'fr',
    name: 'Angela Merkel',
    expected: { fullTitle: "Chancelière fédérale de la République fédérale d'Allemagne", salutation: 'Madame la Chancelière,' },
  },
  {
    country: 'IE',
    office: 'head_of_government',
    gender: 'male',
    language: 'en',
    name: 'Micheál Martin',
    expected: { fullTitle: 'Taoiseach', salutation: 'Dear Taoiseach,', complimentaryClose: 'Yours sincerely,' },
  },
  {
    country: 'ES',
    office: 'head_of_government',
    gender: 'male',
    language: 'es',
    name: 'Pedro Sánchez',
    expected: {
      fullTitle: 'Presidente del Gobierno del Reino de España',
      salutation: 'Señor Presidente:',
      complimentaryClose: 'Le ruego acepte, Señor Presidente, el testimonio de mi más alta consideración.',
    },
  },
  {
    country: 'ES',
    office: 'head_of_government',
    gender: 'male',
    language: 'en',
    name: 'Pedro Sánchez',
    expected: { fullTitle: 'President of the Government of the Kingdom of Spain', salutation: 'Dear Mr President,' },
  },
  {
    country: 'ES',
    office: 'head_of_government',
    gender: 'female',
    language: 'fr',
    name: 'Ana López',
    expected: { fullTitle: "Présidente du gouvernement du Royaume d'Espagne", salutation: 'Madame la Présidente,' },
  },
  {
    country: 'GB',
    office: 'head_of_government',
    gender: 'male',
    language: 'en',
    name: 'Keir Starmer',
    expected: {
      honorific: 'The Rt Hon',
      fullTitle: 'Prime Minister of the United Kingdom of Great Britain and Northern Ireland',
      salutation: 'Dear Prime Minister,',
    },
  },
  {
    country: 'GB',
    office: 'head_of_government',
    gender: 'male',
    language: 'fr',
    name: 'Keir Starmer',
    expected: { honorific: 'Son Excellence Monsieur', fullTitle: "Premier ministre du Royaume-Uni de Grande-Bretagne et d'Irlande du Nord" },
  },
  // Monarchs
  {
    country: 'ES',
    office: 'head_of_state',
    gender: 'male',
    language: 'en',
    name: 'Felipe VI',
    expected: {
      honorific: 'His Majesty',
      fullTitle: 'King of Spain',
      addressBlock: ['His Majesty King Felipe VI', 'King of Spain', 'Spain'],
      salutation: 'Your Majesty,',
      complimentaryClose: 'Please accept, Your Majesty, the assurances of my highest respect.',
    },
  },
  {
    country: 'ES',
    office: 'head_of_state',
    gender: 'male',
    language: 'es',
    name: 'Felipe VI',
    expected: {
      addressBlock: ['Su Majestad el Rey Felipe VI', 'Rey de España', 'España'],
      salutation: 'Majestad:',
      complimentaryClose: 'Le ruego acepte, Majestad, el testimonio de mi más profundo respeto.',
    },
  },
  {
    country: 'GB',
    office: 'head_of_state',
    gender: 'male',
    language: 'fr',
    name: 'Charles III',
    expected: {
      addressBlock: ['Sa Majesté le Roi Charles III', 'Roi du Royaume-Uni', 'Royaume-Uni'],
      salutation: 'Sire,',
      complimentaryClose: "Je prie Votre Majesté de bien vouloir agréer l'hommage de mon profond respect.",
    },
  },
  {
    country: 'NL',
    office: 'head_of_state',
    gender: 'female',
    language: 'es',
    name: 'Amalia',
    expected: {
      honorific: 'Su Majestad',
      fullTitle: 'Reina de los Países Bajos',
      addressBlock: ['Su Majestad la Reina Amalia', 'Reina de los Países Bajos', 'Países Bajos'],
    },
  },
  {
    country: 'NL',
    office: 'head_of_state',
    gender: 'female',
    language: 'fr',
    name: 'Amalia',
    expected: { fullTitle: 'Reine des Pays-Bas', salutation: 'Madame,' },
  },
  {
    country: 'NL',
    office: 'head_of_state',
    gender: 'female',
    language: 'en',
    name: 'Amalia',
    expected: { honorific: 'Her Majesty', fullTitle: 'Queen of the Netherlands', salutation: 'Your Majesty,' },
  },
  {
    country: 'MA',
    office: 'head_of_state',
    gender: 'male',
    language: 'fr',
    name: 'Mohammed VI',
    expected: { addressBlock: ['Sa Majesté le Roi Mohammed VI', 'Roi du Maroc', 'Maroc'], salutation: 'Sire,' },
  },
  {
    country: 'MA',
    office: 'head_of_government',
    gender: 'male',
    language: 'fr',
    name: 'Aziz Akhannouch',
    expected: { fullTitle: 'Chef du gouvernement du Royaume du Maroc', salutation: 'Monsieur le Chef du gouvernement,' },
  },
  {
    country: 'SA',
    office: 'head_of_state',
    gender: 'male',
    language: 'en',
    name: 'Salman bin Abdulaziz Al Saud',
    expected: { addressBlock: ['His Majesty King Salman bin Abdulaziz Al Saud', 'King of Saudi Arabia', 'Saudi Arabia'], salutation: 'Your Majesty,' },
  },
  {
    country: 'SA',
    office: 'head_of_government',
    gender: 'male',
    language: 'en',
    name: 'Mohammed bin Salman',
    expected: { honorific: 'His Royal Highness', fullTitle: 'Prime Minister of the Kingdom of Saudi Arabia', salutation: 'Your Royal Highness,' },
  },
  {
    country: 'QA',
    office: 'head_of_state',
    gender: 'male',
    language: 'en',
    name: 'Sheikh Tamim bin Hamad Al Thani',
    expected: {
      honorific: 'His Highness',
      addressBlock: ['His Highness Sheikh Tamim bin Hamad Al Thani', 'Amir of the State of Qatar', 'Qatar'],
      salutation: 'Your Highness,',
      complimentaryClose: 'Please accept, Your Highness, the assurances of my highest respect.',
    },
  },
  {
    country: 'QA',
    office: 'head_of_state',
    gender: 'male',
    language: 'es',
    name: 'Tamim bin Hamad Al Thani',
    expected: { honorific: 'Su Alteza', fullTitle: 'Emir del Estado de Qatar', salutation: 'Alteza:' },
  },
  {
    country: 'LU',
    office: 'head_of_state',
    gender: 'male',
    language: 'en',
    name: 'Guillaume',
    expected: { addressBlock: ['His Royal Highness Grand Duke Guillaume', 'Grand Duke of Luxembourg', 'Luxembourg'], salutation: 'Your Royal Highness,' },
  },
  {
    country: 'LU',
    office: 'head_of_state',
    gender: 'male',
    language: 'fr',
    name: 'Guillaume',
    expected: {
      addressBlock: ['Son Altesse Royale le Grand-Duc Guillaume', 'Grand-Duc de Luxembourg', 'Luxembourg'],
      salutation: 'Monseigneur,',
      complimentaryClose: "Je prie Votre Altesse Royale de bien vouloir agréer l'hommage de mon profond respect.",
    },
  },
  {
    country: 'JP',
    office: 'head_of_state',
    gender: 'male',
    language: 'en',
    name: 'Naruhito',
    expected: { addressBlock: ['His Majesty Emperor Naruhito', 'Emperor of Japan', 'Japan'], salutation: 'Your Majesty,' },
  },
  {
    country: 'JP',
    office: 'head_of_government',
    gender: 'female',
    language: 'es',
    name: 'Sanae Takaichi',
    expected: { fullTitle: 'Primera Ministra del Japón', salutation: 'Señora Primera Ministra:' },
  },
  {
    country: 'TH',
    office: 'head_of_state',
    gender: 'male',
    language: 'es',
    name: 'Maha Vajiralongkorn',
    expected: { addressBlock: ['Su Majestad el Rey Maha Vajiralongkorn', 'Rey de Tailandia', 'Tailandia'], salutation: 'Majestad:' },
  },
  {
    country: 'OM',
    office: 'head_of_state',
    gender: 'male',
    language: 'fr',
    name: 'Haïtham ben Tariq',
    expected: { addressBlock: ['Sa Majesté le Sultan Haïtham ben Tariq', "Sultan d'Oman", 'Oman'] },
  },
  {
    country: 'MC',
    office: 'head_of_state',
    gender: 'male',
    language: 'en',
    name: 'Albert II',
    expected: { honorific: 'His Serene Highness', addressBlock: ['His Serene Highness Prince Albert II', 'Prince of Monaco', 'Monaco'] },
  },
  {
    country: 'BE',
    office: 'head_of_state',
    gender: 'male',
    language: 'fr',
    name: 'Philippe',
    expected: { fullTitle: 'Roi des Belges' },
  },
  {
    country: 'CA',
    office: 'head_of_state',
    gender: 'male',
    language: 'fr',
    name: 'Charles III',
    expected: { fullTitle: 'Roi du Canada' },
  },
  {
    country: 'AD',
    office: 'head_of_state',
    gender: 'male',
    language: 'en',
    name: 'Emmanuel Macron',
    expected: { honorific: 'His Excellency', fullTitle: 'Co-Prince of Andorra', salutation: 'Excellency,', complimentaryClose: HIGHEST_EN },
  },
  // The Holy See
  {
    country: 'VA',
    office: 'head_of_state',
    gender: 'male',
    language: 'en',
    name: 'Leo XIV',
    expected: {
      honorific: 'His Holiness',
      addressBlock: ['His Holiness Pope Leo XIV', 'Supreme Pontiff', 'Vatican City'],
      salutation: 'Your Holiness,',
      complimentaryClose: 'Please accept, Your Holiness, the assurances of my highest respect.',
    },
  },
  {
    country: 'VA',
    office: 'head_of_state',
    gender: 'male',
    language: 'es',
    name: 'León XIV',
    expected: { addressBlock: ['Su Santidad el Papa León XIV', 'Sumo Pontífice', 'Ciudad del Vaticano'], salutation: 'Santidad:' },
  },
  {
    country: 'VA',
    office: 'head_of_state',
    gender: 'male',
    language: 'fr',
    name: 'Léon XIV',
    expected: {
      addressBlock: ['Sa Sainteté le Pape Léon XIV', 'Souverain Pontife', 'Cité du Vatican'],
      salutation: 'Très Saint-Père,',
      complimentaryClose: "Je prie Votre Sainteté de bien vouloir agréer l'hommage de mon profond respect.",
    },
  },
  {
    country: 'VA',
    office: 'head_of_government',
    gender: 'male',
    language: 'en',
    name: 'Cardinal Pietro Parolin',
    expected: { honorific: 'His Eminence', fullTitle: 'Secretary of State of His Holiness', salutation: 'Your Eminence,' },
  },
  // Gender not recorded
  {
    country: 'KE',
    office: 'head_of_state',
    gender: 'unspecified',
    language: 'en',
    name: 'W. Ruto',
    expected: {
      honorific: 'His Excellency',
      addressBlock: ['His Excellency W. Ruto', 'President of the Republic of Kenya', 'Kenya'],
      salutation: 'Excellency,',
      complimentaryClose: HIGHEST_EN,
    },
  },
  {
    country: 'PE',
    office: 'foreign_minister',
    gender: 'unspecified',
    language: 'es',
    name: 'N. N.',
    expected: {
      honorific: 'Su Excelencia',
      fullTitle: 'Ministro de Relaciones Exteriores de la República del Perú',
      salutation: 'Excelencia:',
      complimentaryClose: 'Le ruego acepte, Excelencia, el testimonio de mi más alta consideración.',
    },
  },
  {
    country: 'SN',
    office: 'head_of_government',
    gender: 'unspecified',
    language: 'fr',
    name: 'N. N.',
    expected: {
      honorific: 'Son Excellence',
      salutation: 'Excellence,',
      complimentaryClose: "Je vous prie d'agréer, Excellence, l'expression de ma très haute considération.",
    },
  },
  {
    country: 'NO',
    office: 'head_of_state',
    gender: 'unspecified',
    language: 'fr',
    name: 'Harald V',
    expected: { fullTitle: 'Roi de Norvège', salutation: 'Majesté,' },
  },
  // Other offices
  {
    country: 'KE',
    office: 'ambassador',
    gender: 'female',
    language: 'en',
    name: 'Jane Doe',
    expected: { fullTitle: 'Ambassador of the Republic of Kenya', salutation: 'Excellency,', complimentaryClose: HIGHEST_EN },
  },
  {
    country: 'KE',
    office: 'ambassador',
    gender: 'female',
    language: 'es',
    name: 'Jane Doe',
    expected: { fullTitle: 'Embajadora de la República de Kenya', salutation: 'Excelentísima Señora:' },
  },
  {
    country: 'KE',
    office: 'ambassador',
    gender: 'female',
    language: 'fr',
    name: 'Jane Doe',
    expected: {
      fullTitle: 'Ambassadrice de la République du Kenya',
      salutation: "Madame l'Ambassadrice,",
      complimentaryClose: "Je vous prie d'agréer, Madame l'Ambassadrice, l'assurance de ma haute considération.",
    },
  },
  {
    country: 'US',
    office: 'foreign_minister',
    gender: 'male',
    language: 'en',
    name: 'Marco Rubio',
    expected: { fullTitle: 'Secretary of State of the United States of America', salutation: 'Dear Mr Secretary,' },
  },
  {
    country: 'ES',
    office: 'speaker_of_parliament',
    gender: 'female',
    language: 'es',
    name: 'Francina Armengol',
    expected: { fullTitle: 'Presidenta del Congreso de los Diputados', salutation: 'Señora Presidenta:' },
  },
  {
    country: 'KE',
    office: 'speaker_of_parliament',
    gender: 'male',
    language: 'en',
    name: 'Moses Wetangula',
    expected: { fullTitle: 'Speaker of the National Assembly of the Republic of Kenya', salutation: 'Dear Mr Speaker,' },
  },
  {
    country: 'BR',
    office: 'custom',
    customTitle: 'Minister of Justice',
    gender: 'female',
    language: 'en',
    name: 'A. B.',
    expected: { honorific: 'Her Excellency', fullTitle: 'Minister of Justice', salutation: 'Dear Minister,' },
  },
  {
    country: 'FR',
    office: 'custom',
    customTitle: 'Directeur de l’administration pénitentiaire',
    gender: 'unspecified',
    language: 'fr',
    name: 'C. D.',
    expected: {
      honorific: '',
      addressBlock: ['C. D.', 'Directeur de l’administration pénitentiaire', 'France'],
      salutation: 'Madame, Monsieur,',
      complimentaryClose: "Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.",
    },
  },
];

describe('formsOfAddress', () => {
  it.each(CASES.map((c) => [`${c.country} ${c.office} ${c.gender} ${c.language}`, c] as const))('%s', (_label, c) => {
    const country = getCountry(c.country);
    if (!country) throw new Error(`no country ${c.country}`);
    const result = formsOfAddress({ country, office: c.office, gender: c.gender, language: c.language, name: c.name, customTitle: c.customTitle });
    expect(result).toMatchObject(c.expected);
  });

  it('never writes "de el", "de le" or "de les"', () => {
    for (const c of CASES) {
      const country = getCountry(c.country)!;
      const { fullTitle } = formsOfAddress({ country, office: c.office, gender: c.gender, language: c.language, name: c.name, customTitle: c.customTitle });
      expect(fullTitle).not.toMatch(/\bde (el|le|les) /);
    }
  });

  it('puts the postal address before the country, without repeating the country', () => {
    const country = getCountry('ES')!;
    const base = { country, office: 'head_of_government', gender: 'male', language: 'es', name: 'Pedro Sánchez' } as const;
    expect(formsOfAddress({ ...base, postalAddress: 'Palacio de la Moncloa\nAvenida Puerta de Hierro s/n\n28071 Madrid' }).addressBlock).toEqual([
      'Excelentísimo Señor Pedro Sánchez',
      'Presidente del Gobierno del Reino de España',
      'Palacio de la Moncloa',
      'Avenida Puerta de Hierro s/n',
      '28071 Madrid',
      'España',
    ]);
    expect(formsOfAddress({ ...base, postalAddress: '28071 Madrid\nESPAÑA' }).addressBlock.at(-1)).toBe('ESPAÑA');
  });

  it('lets every override win, and uses overridden parts in the address block', () => {
    const country = getCountry('ES')!;
    const base = { country, office: 'head_of_government', gender: 'male', language: 'es', name: 'Pedro Sánchez' } as const;
    const result = formsOfAddress({
      ...base,
      overrides: {
        honorific: 'Excmo. Sr. D.',
        fullTitle: 'Presidente del Gobierno de España',
        salutation: 'Estimado Presidente:',
        complimentaryClose: 'Atentamente,',
      },
    });
    expect(result).toEqual({
      honorific: 'Excmo. Sr. D.',
      fullTitle: 'Presidente del Gobierno de España',
      addressBlock: ['Excmo. Sr. D. Pedro Sánchez', 'Presidente del Gobierno de España', 'España'],
      salutation: 'Estimado Presidente:',
      complimentaryClose: 'Atentamente,',
    });
    expect(formsOfAddress({ ...base, overrides: { addressBlock: 'Line one\nLine two' } }).addressBlock).toEqual(['Line one', 'Line two']);
    expect(formsOfAddress({ ...base, overrides: { addressBlock: ['A', 'B', 'C'] } }).addressBlock).toEqual(['A', 'B', 'C']);
  });

  it('does not repeat a title already in the name, and copes with an unknown holder', () => {
    const spain = getCountry('ES')!;
    const king = { country: spain, office: 'head_of_state', gender: 'male', language: 'en' } as const;
    expect(formsOfAddress({ ...king, name: 'King Felipe VI' }).addressBlock[0]).toBe('His Majesty King Felipe VI');
    expect(formsOfAddress({ ...king, name: '' }).addressBlock).toEqual(['His Majesty the King of Spain', 'Spain']);
  });
});

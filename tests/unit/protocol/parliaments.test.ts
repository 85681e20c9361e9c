import { describe, expect, it } from 'vitest';
import { formsOfAddress, getCountry, groupMembers, listCountries, ofState } from '../../../shared/protocol';
import { TITLES } from '../../../shared/protocol/data/titles';

/* Presidents of parliaments by their country's own chamber, in en/es/fr. */

const speaker = (code: string, language: 'en' | 'es' | 'fr', gender: 'female' | 'male' = 'male') =>
  formsOfAddress({ country: getCountry(code)!, office: 'speaker_of_parliament', language, gender, name: 'X' });

describe('presidents of parliaments', () => {
  it.each([
    ['PE', 'en', 'male', 'President of the Congress of the Republic of Peru', 'Dear Mr President,'],
    ['PE', 'es', 'female', 'Presidenta del Congreso de la República del Perú', 'Señora Presidenta:'],
    ['GT', 'fr', 'male', 'Président du Congrès de la République du Guatemala', 'Monsieur le Président,'],
    ['ES', 'es', 'female', 'Presidenta del Congreso de los Diputados', 'Señora Presidenta:'],
    ['DE', 'fr', 'male', 'Président du Bundestag allemand', 'Monsieur le Président,'],
    ['PL', 'en', 'female', 'Marshal of the Sejm of the Republic of Poland', 'Dear Madam Marshal,'],
    ['PL', 'es', 'male', 'Mariscal del Sejm de la República de Polonia', 'Señor Mariscal:'],
    ['PL', 'fr', 'male', 'Maréchal de la Diète de la République de Pologne', 'Monsieur le Maréchal,'],
    ['FR', 'en', 'female', 'President of the National Assembly', 'Dear Madam President,'],
    ['IT', 'es', 'male', 'Presidente de la Cámara de Diputados de la República Italiana', 'Señor Presidente:'],
    ['SE', 'en', 'male', 'Speaker of the Riksdag', 'Dear Mr Speaker,'],
    ['IE', 'en', 'male', 'Ceann Comhairle of Dáil Éireann', 'Dear Ceann Comhairle,'],
    ['CA', 'fr', 'female', 'Présidente de la Chambre des communes du Canada', 'Madame la Présidente,'],
    ['CN', 'en', 'male', "Chairman of the Standing Committee of the National People's Congress", 'Dear Mr Chairman,'],
    ['RU', 'fr', 'male', "Président de la Douma d'État de la Fédération de Russie", 'Monsieur le Président,'],
    ['CL', 'es', 'female', 'Presidenta de la Cámara de Diputadas y Diputados de la República de Chile', 'Señora Presidenta:'],
    ['AR', 'es', 'male', 'Presidente de la Honorable Cámara de Diputados de la Nación Argentina', 'Señor Presidente:'],
    ['JM', 'en', 'female', 'Speaker of the House of Representatives of Jamaica', 'Dear Madam Speaker,'],
    // Fallback for states without an entry
    ['KE', 'en', 'male', 'Speaker of the Parliament of the Republic of Kenya', 'Dear Mr Speaker,'],
    ['KE', 'fr', 'male', 'Président du Parlement de la République du Kenya', 'Monsieur le Président,'],
  ] as const)('%s in %s (%s): %s', (code, language, gender, title, salutation) => {
    const forms = speaker(code, language, gender);
    expect(forms.fullTitle).toBe(title);
    expect(forms.salutation).toBe(salutation);
  });

  it('gives every EU member, the G20 and the Americas its own chamber, not the generic "Parliament"', () => {
    const codes = new Set([
      ...groupMembers('EU'),
      ...groupMembers('G20'),
      ...listCountries()
        .filter((c) => c.region === 'Americas')
        .map((c) => c.alpha2),
    ]);
    expect(codes.size).toBeGreaterThan(60);
    for (const code of codes) {
      for (const language of ['en', 'es', 'fr'] as const) {
        const generic = `${TITLES.speaker.title[language].m} ${ofState(getCountry(code)!, language)}`;
        expect(speaker(code, language).fullTitle, `${code} ${language}`).not.toBe(generic);
      }
    }
  });
});

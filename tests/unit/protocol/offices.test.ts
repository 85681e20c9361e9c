import { describe, expect, it } from 'vitest';
import {
  fullOfficeTitle,
  getCountry,
  listCountries,
  noSittingParliament,
  officeStyle,
  officeTitle,
  ofState,
  PROTOCOL_LANGUAGES,
  type StyledOffice,
} from '../../../shared/protocol';

const OFFICES: StyledOffice[] = ['head_of_state', 'head_of_government', 'foreign_minister', 'ambassador', 'speaker_of_parliament'];
const country = (code: string) => {
  const found = getCountry(code);
  if (!found) throw new Error(code);
  return found;
};

describe('office titles', () => {
  it('gives every state a title for every office, gender and language, with clean contractions', () => {
    for (const c of listCountries()) {
      // Where no parliament sits there is no title to give (tests/unit/protocol/parliaments.test.ts).
      for (const office of OFFICES.filter((o) => o !== 'speaker_of_parliament' || !noSittingParliament(c))) {
        for (const language of PROTOCOL_LANGUAGES) {
          for (const gender of ['male', 'female', 'unspecified'] as const) {
            const full = fullOfficeTitle(c, office, gender, language);
            const where = `${c.alpha2} ${office} ${language} ${gender}: ${full}`;
            expect(full, where).toMatch(/^\p{Lu}/u);
            expect(full, where).not.toMatch(/\bde (?:el|le|les) |\bde l' |\bof the the\b|\s{2}|\s$/);
          }
        }
      }
    }
  });

  it.each([
    ['ES', 'en', 'of the Kingdom of Spain'],
    ['ES', 'es', 'del Reino de España'],
    ['ES', 'fr', "du Royaume d'Espagne"],
    ['FR', 'es', 'de la República Francesa'],
    ['GB', 'fr', "du Royaume-Uni de Grande-Bretagne et d'Irlande du Nord"],
    ['US', 'fr', "des États-Unis d'Amérique"],
    ['US', 'es', 'de los Estados Unidos de América'],
    ['IL', 'fr', "de l'État d'Israël"],
    ['AG', 'fr', "d'Antigua-et-Barbuda"],
    ['JP', 'en', 'of Japan'],
    ['JP', 'es', 'del Japón'],
    ['SB', 'es', 'de las Islas Salomón'],
    ['SV', 'es', 'de la República de El Salvador'],
  ] as const)('%s in %s reads "%s"', (code, language, phrase) => {
    expect(ofState(country(code), language)).toBe(phrase);
  });

  it('titles a monarch by kind and gender, never as a president', () => {
    expect(officeTitle(country('GB'), 'head_of_state', 'female', 'en')).toBe('Queen of the United Kingdom');
    expect(officeTitle(country('ES'), 'head_of_state', 'female', 'es')).toBe('Reina de España');
    expect(officeTitle(country('DK'), 'head_of_state', 'female', 'fr')).toBe('Reine du Danemark');
    expect(officeTitle(country('JP'), 'head_of_state', 'male', 'fr')).toBe('Empereur du Japon');
    expect(officeTitle(country('KW'), 'head_of_state', 'male', 'en')).toBe('Amir of the State of Kuwait');
    expect(officeTitle(country('BN'), 'head_of_state', 'male', 'en')).toBe('Sultan and Yang Di-Pertuan of Brunei Darussalam');
    expect(officeTitle(country('LI'), 'head_of_state', 'male', 'es')).toBe('Príncipe de Liechtenstein');
    expect(officeTitle(country('AE'), 'head_of_state', 'male', 'en')).toBe('President of the United Arab Emirates');
    expect(officeStyle(country('AE'), 'head_of_state').dignity).toBe('highness');
    for (const c of listCountries().filter((x) => x.monarch && x.monarch.kind !== 'federal-president')) {
      expect(officeTitle(c, 'head_of_state', 'male', 'en'), c.alpha2).not.toMatch(/President/);
    }
  });

  it('makes the president head of government where the constitution does', () => {
    for (const code of ['US', 'MX', 'BR', 'AR', 'CL', 'CO', 'KE', 'ID', 'PH', 'TR', 'CY']) {
      expect(officeTitle(country(code), 'head_of_government', 'male', 'en'), code).toBe('President');
    }
    for (const code of ['FR', 'PT', 'IT', 'IN', 'RU', 'PL', 'IL']) {
      expect(officeTitle(country(code), 'head_of_government', 'male', 'en'), code).toBe('Prime Minister');
    }
    expect(officeTitle(country('OM'), 'head_of_government', 'male', 'en')).toBe('Sultan of Oman');
    expect(officeTitle(country('IR'), 'head_of_state', 'male', 'en')).toBe('Supreme Leader');
    expect(officeTitle(country('IR'), 'head_of_government', 'male', 'en')).toBe('President');
  });

  it('uses the special titles', () => {
    expect(officeTitle(country('DE'), 'head_of_government', 'male', 'en')).toBe('Federal Chancellor');
    expect(officeTitle(country('DE'), 'head_of_government', 'male', 'es')).toBe('Canciller Federal');
    expect(officeTitle(country('DE'), 'head_of_government', 'male', 'fr')).toBe('Chancelier fédéral');
    expect(officeTitle(country('AT'), 'head_of_state', 'male', 'en')).toBe('Federal President');
    expect(officeTitle(country('IE'), 'head_of_government', 'female', 'fr')).toBe('Taoiseach');
    expect(officeTitle(country('ES'), 'head_of_government', 'male', 'fr')).toBe('Président du gouvernement');
    expect(officeTitle(country('CH'), 'head_of_government', 'male', 'en')).toBe('President of the Swiss Confederation');
    expect(officeTitle(country('VA'), 'head_of_state', 'male', 'es')).toBe('Sumo Pontífice');
    expect(officeTitle(country('AD'), 'head_of_state', 'male', 'fr')).toBe("Coprince d'Andorre");
    expect(officeTitle(country('MX'), 'foreign_minister', 'female', 'es')).toBe('Secretaria de Relaciones Exteriores');
    expect(officeTitle(country('CL'), 'foreign_minister', 'male', 'es')).toBe('Ministro de Relaciones Exteriores');
    expect(officeTitle(country('ES'), 'foreign_minister', 'female', 'es')).toBe('Ministra de Asuntos Exteriores, Unión Europea y Cooperación');
    expect(officeTitle(country('VA'), 'ambassador', 'male', 'en')).toBe('Apostolic Nuncio');
  });
});

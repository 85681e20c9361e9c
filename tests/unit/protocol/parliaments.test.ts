import { describe, expect, it } from 'vitest';
import {
  formsOfAddress,
  fullOfficeTitle,
  getCountry,
  groupMembers,
  listCountries,
  noSittingParliament,
  ofState,
  type CountryCode,
} from '../../../shared/protocol';
import { NO_SITTING_PARLIAMENT, PARLIAMENTS } from '../../../shared/protocol/data/parliaments';
import { STATES } from '../../../shared/protocol/data/states';
import { TITLES } from '../../../shared/protocol/data/titles';

/* Presidents of parliaments by their country's own chamber, in en/es/fr: one case per state, and the states where none sits. */

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
    ['KE', 'en', 'male', 'Speaker of the National Assembly of the Republic of Kenya', 'Dear Mr Speaker,'],
    ['KE', 'fr', 'male', "Président de l'Assemblée nationale de la République du Kenya", 'Monsieur le Président,'],
    ['AD', 'es', 'female', 'Síndica General del Consejo General del Principado de Andorra', 'Señora Síndica General:'],
    ['AD', 'en', 'male', 'Syndic General of the General Council of the Principality of Andorra', 'Excellency,'],
    ['NO', 'fr', 'female', 'Présidente du Storting', 'Madame la Présidente,'],
    ['UA', 'en', 'female', 'Chairwoman of the Verkhovna Rada of Ukraine', 'Dear Madam Chairwoman,'],
    ['LB', 'fr', 'male', 'Président de la Chambre des députés de la République libanaise', 'Monsieur le Président,'],
    ['NZ', 'en', 'male', 'Speaker of the House of Representatives of New Zealand', 'Dear Mr Speaker,'],
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

const NONE = 'no parliament sits';

/**
 * Every state's president of parliament, written out: [English (male),
 * Spanish (female), French (male)], or NONE where no parliament sits or its
 * chair is the head of state. Checked against the chambers' own titles
 * (IPU Parline) as of PROTOCOL_AS_OF.
 */
const CHAMBERS: Record<CountryCode, readonly [string, string, string] | typeof NONE> = {
  AD: [
    'Syndic General of the General Council of the Principality of Andorra',
    'Síndica General del Consejo General del Principado de Andorra',
    "Syndic général du Conseil général de la Principauté d'Andorre",
  ],
  AE: [
    'Speaker of the Federal National Council of the United Arab Emirates',
    'Presidenta del Consejo Nacional Federal de los Emiratos Árabes Unidos',
    'Président du Conseil national fédéral des Émirats arabes unis',
  ],
  AF: NONE,
  AG: [
    'Speaker of the House of Representatives of Antigua and Barbuda',
    'Presidenta de la Cámara de Representantes de Antigua y Barbuda',
    "Président de la Chambre des représentants d'Antigua-et-Barbuda",
  ],
  AL: [
    'Speaker of the Parliament of the Republic of Albania',
    'Presidenta del Parlamento de la República de Albania',
    "Président du Parlement de la République d'Albanie",
  ],
  AM: [
    'President of the National Assembly of the Republic of Armenia',
    'Presidenta de la Asamblea Nacional de la República de Armenia',
    "Président de l'Assemblée nationale de la République d'Arménie",
  ],
  AO: [
    'President of the National Assembly of the Republic of Angola',
    'Presidenta de la Asamblea Nacional de la República de Angola',
    "Président de l'Assemblée nationale de la République d'Angola",
  ],
  AR: [
    'President of the Chamber of Deputies of the Argentine Nation',
    'Presidenta de la Honorable Cámara de Diputados de la Nación Argentina',
    'Président de la Chambre des députés de la Nation argentine',
  ],
  AT: [
    'President of the National Council of the Republic of Austria',
    'Presidenta del Consejo Nacional de la República de Austria',
    "Président du Conseil national de la République d'Autriche",
  ],
  AU: [
    'Speaker of the House of Representatives of Australia',
    'Presidenta de la Cámara de Representantes de Australia',
    "Président de la Chambre des représentants de l'Australie",
  ],
  AZ: [
    'Speaker of the Milli Majlis of the Republic of Azerbaijan',
    'Presidenta del Milli Majlis de la República de Azerbaiyán',
    "Président du Milli Majlis de la République d'Azerbaïdjan",
  ],
  BA: [
    'Chairman of the House of Representatives of the Parliamentary Assembly of Bosnia and Herzegovina',
    'Presidenta de la Cámara de Representantes de la Asamblea Parlamentaria de Bosnia y Herzegovina',
    "Président de la Chambre des représentants de l'Assemblée parlementaire de Bosnie-Herzégovine",
  ],
  BB: [
    'Speaker of the House of Assembly of Barbados',
    'Presidenta de la Cámara de la Asamblea de Barbados',
    "Président de la Chambre d'assemblée de la Barbade",
  ],
  BD: ['Speaker of the Jatiya Sangsad', 'Presidenta del Jatiya Sangsad', 'Président du Jatiya Sangsad'],
  BE: [
    'President of the House of Representatives of the Kingdom of Belgium',
    'Presidenta de la Cámara de Representantes del Reino de Bélgica',
    'Président de la Chambre des représentants du Royaume de Belgique',
  ],
  BF: [
    'President of the Transitional Legislative Assembly of Burkina Faso',
    'Presidenta de la Asamblea Legislativa de Transición de Burkina Faso',
    "Président de l'Assemblée législative de transition du Burkina Faso",
  ],
  BG: [
    'President of the National Assembly of the Republic of Bulgaria',
    'Presidenta de la Asamblea Nacional de la República de Bulgaria',
    "Président de l'Assemblée nationale de la République de Bulgarie",
  ],
  BH: [
    'Speaker of the Council of Representatives of the Kingdom of Bahrain',
    'Presidenta del Consejo de Representantes del Reino de Bahrein',
    'Président du Conseil des représentants du Royaume de Bahreïn',
  ],
  BI: [
    'President of the National Assembly of the Republic of Burundi',
    'Presidenta de la Asamblea Nacional de la República de Burundi',
    "Président de l'Assemblée nationale de la République du Burundi",
  ],
  BJ: [
    'President of the National Assembly of the Republic of Benin',
    'Presidenta de la Asamblea Nacional de la República de Benin',
    "Président de l'Assemblée nationale de la République du Bénin",
  ],
  BN: [
    'Speaker of the Legislative Council of Brunei Darussalam',
    'Presidenta del Consejo Legislativo de Brunei Darussalam',
    'Président du Conseil législatif du Brunéi Darussalam',
  ],
  BO: [
    'President of the Chamber of Deputies of the Plurinational State of Bolivia',
    'Presidenta de la Cámara de Diputados del Estado Plurinacional de Bolivia',
    "Président de la Chambre des députés de l'État plurinational de Bolivie",
  ],
  BR: [
    'President of the Chamber of Deputies of the Federative Republic of Brazil',
    'Presidenta de la Cámara de Diputados de la República Federativa del Brasil',
    'Président de la Chambre des députés de la République fédérative du Brésil',
  ],
  BS: [
    'Speaker of the House of Assembly of the Commonwealth of The Bahamas',
    'Presidenta de la Cámara de la Asamblea del Commonwealth de las Bahamas',
    "Président de la Chambre d'assemblée du Commonwealth des Bahamas",
  ],
  BT: [
    'Speaker of the National Assembly of the Kingdom of Bhutan',
    'Presidenta de la Asamblea Nacional del Reino de Bhután',
    "Président de l'Assemblée nationale du Royaume du Bhoutan",
  ],
  BW: [
    'Speaker of the National Assembly of the Republic of Botswana',
    'Presidenta de la Asamblea Nacional de la República de Botswana',
    "Président de l'Assemblée nationale de la République du Botswana",
  ],
  BY: [
    'Chairman of the House of Representatives of the National Assembly of the Republic of Belarus',
    'Presidenta de la Cámara de Representantes de la Asamblea Nacional de la República de Belarús',
    "Président de la Chambre des représentants de l'Assemblée nationale de la République du Bélarus",
  ],
  BZ: [
    'Speaker of the House of Representatives of Belize',
    'Presidenta de la Cámara de Representantes de Belice',
    'Président de la Chambre des représentants du Belize',
  ],
  CA: ['Speaker of the House of Commons of Canada', 'Presidenta de la Cámara de los Comunes del Canadá', 'Président de la Chambre des communes du Canada'],
  CD: [
    'President of the National Assembly of the Democratic Republic of the Congo',
    'Presidenta de la Asamblea Nacional de la República Democrática del Congo',
    "Président de l'Assemblée nationale de la République démocratique du Congo",
  ],
  CF: [
    'President of the National Assembly of the Central African Republic',
    'Presidenta de la Asamblea Nacional de la República Centroafricana',
    "Président de l'Assemblée nationale de la République centrafricaine",
  ],
  CG: [
    'President of the National Assembly of the Republic of the Congo',
    'Presidenta de la Asamblea Nacional de la República del Congo',
    "Président de l'Assemblée nationale de la République du Congo",
  ],
  CH: [
    'President of the National Council of the Swiss Confederation',
    'Presidenta del Consejo Nacional de la Confederación Suiza',
    'Président du Conseil national de la Confédération suisse',
  ],
  CI: [
    "President of the National Assembly of the Republic of Côte d'Ivoire",
    "Presidenta de la Asamblea Nacional de la República de Côte d'Ivoire",
    "Président de l'Assemblée nationale de la République de Côte d'Ivoire",
  ],
  CL: [
    'President of the Chamber of Deputies of the Republic of Chile',
    'Presidenta de la Cámara de Diputadas y Diputados de la República de Chile',
    'Président de la Chambre des députés de la République du Chili',
  ],
  CM: [
    'President of the National Assembly of the Republic of Cameroon',
    'Presidenta de la Asamblea Nacional de la República del Camerún',
    "Président de l'Assemblée nationale de la République du Cameroun",
  ],
  CN: [
    "Chairman of the Standing Committee of the National People's Congress",
    'Presidenta del Comité Permanente de la Asamblea Popular Nacional',
    "Président du Comité permanent de l'Assemblée populaire nationale",
  ],
  CO: [
    'President of the Chamber of Representatives of the Republic of Colombia',
    'Presidenta de la Cámara de Representantes de la República de Colombia',
    'Président de la Chambre des représentants de la République de Colombie',
  ],
  CR: [
    'President of the Legislative Assembly of the Republic of Costa Rica',
    'Presidenta de la Asamblea Legislativa de la República de Costa Rica',
    "Président de l'Assemblée législative de la République du Costa Rica",
  ],
  CU: [
    "President of the National Assembly of People's Power of the Republic of Cuba",
    'Presidenta de la Asamblea Nacional del Poder Popular de la República de Cuba',
    "Président de l'Assemblée nationale du pouvoir populaire de la République de Cuba",
  ],
  CV: [
    'President of the National Assembly of the Republic of Cabo Verde',
    'Presidenta de la Asamblea Nacional de la República de Cabo Verde',
    "Président de l'Assemblée nationale de la République de Cabo Verde",
  ],
  CY: [
    'President of the House of Representatives of the Republic of Cyprus',
    'Presidenta de la Cámara de Representantes de la República de Chipre',
    'Président de la Chambre des représentants de la République de Chypre',
  ],
  CZ: [
    'President of the Chamber of Deputies of the Czech Republic',
    'Presidenta de la Cámara de Diputados de la República Checa',
    'Président de la Chambre des députés de la République tchèque',
  ],
  DE: ['President of the German Bundestag', 'Presidenta del Bundestag alemán', 'Président du Bundestag allemand'],
  DJ: [
    'President of the National Assembly of the Republic of Djibouti',
    'Presidenta de la Asamblea Nacional de la República de Djibouti',
    "Président de l'Assemblée nationale de la République de Djibouti",
  ],
  DK: ['Speaker of the Folketing', 'Presidenta del Folketing', 'Président du Folketing'],
  DM: [
    'Speaker of the House of Assembly of the Commonwealth of Dominica',
    'Presidenta de la Cámara de la Asamblea del Commonwealth de Dominica',
    "Président de la Chambre d'assemblée du Commonwealth de Dominique",
  ],
  DO: [
    'President of the Chamber of Deputies of the Dominican Republic',
    'Presidenta de la Cámara de Diputados de la República Dominicana',
    'Président de la Chambre des députés de la République dominicaine',
  ],
  DZ: [
    "President of the People's National Assembly of the People's Democratic Republic of Algeria",
    'Presidenta de la Asamblea Popular Nacional de la República Argelina Democrática y Popular',
    "Président de l'Assemblée populaire nationale de la République algérienne démocratique et populaire",
  ],
  EC: [
    'President of the National Assembly of the Republic of Ecuador',
    'Presidenta de la Asamblea Nacional de la República del Ecuador',
    "Président de l'Assemblée nationale de la République de l'Équateur",
  ],
  EE: ['President of the Riigikogu', 'Presidenta del Riigikogu', 'Président du Riigikogu'],
  EG: [
    'Speaker of the House of Representatives of the Arab Republic of Egypt',
    'Presidenta de la Cámara de Representantes de la República Árabe de Egipto',
    "Président de la Chambre des représentants de la République arabe d'Égypte",
  ],
  ER: NONE,
  ES: ['President of the Congress of Deputies', 'Presidenta del Congreso de los Diputados', 'Président du Congrès des députés'],
  ET: [
    "Speaker of the House of Peoples' Representatives of the Federal Democratic Republic of Ethiopia",
    'Presidenta de la Cámara de Representantes de los Pueblos de la República Democrática Federal de Etiopía',
    "Président de la Chambre des représentants des peuples de la République fédérale démocratique d'Éthiopie",
  ],
  FI: ['Speaker of the Parliament of Finland', 'Presidenta del Parlamento de Finlandia', 'Président du Parlement de Finlande'],
  FJ: [
    'Speaker of the Parliament of the Republic of Fiji',
    'Presidenta del Parlamento de la República de Fiji',
    'Président du Parlement de la République des Fidji',
  ],
  FM: [
    'Speaker of the Congress of the Federated States of Micronesia',
    'Presidenta del Congreso de los Estados Federados de Micronesia',
    'Président du Congrès des États fédérés de Micronésie',
  ],
  FR: ['President of the National Assembly', 'Presidenta de la Asamblea Nacional', "Président de l'Assemblée nationale"],
  GA: [
    'President of the National Assembly of the Gabonese Republic',
    'Presidenta de la Asamblea Nacional de la República Gabonesa',
    "Président de l'Assemblée nationale de la République gabonaise",
  ],
  GB: ['Speaker of the House of Commons', 'Presidenta de la Cámara de los Comunes', 'Président de la Chambre des communes'],
  GD: [
    'Speaker of the House of Representatives of Grenada',
    'Presidenta de la Cámara de Representantes de Granada',
    'Président de la Chambre des représentants de la Grenade',
  ],
  GE: ['Chairman of the Parliament of Georgia', 'Presidenta del Parlamento de Georgia', 'Président du Parlement de Géorgie'],
  GH: [
    'Speaker of the Parliament of the Republic of Ghana',
    'Presidenta del Parlamento de la República de Ghana',
    'Président du Parlement de la République du Ghana',
  ],
  GM: [
    'Speaker of the National Assembly of the Republic of The Gambia',
    'Presidenta de la Asamblea Nacional de la República de Gambia',
    "Président de l'Assemblée nationale de la République de Gambie",
  ],
  GN: [
    'President of the National Transitional Council of the Republic of Guinea',
    'Presidenta del Consejo Nacional de Transición de la República de Guinea',
    'Président du Conseil national de transition de la République de Guinée',
  ],
  GQ: [
    'President of the Chamber of Deputies of the Republic of Equatorial Guinea',
    'Presidenta de la Cámara de Diputados de la República de Guinea Ecuatorial',
    'Président de la Chambre des députés de la République de Guinée équatoriale',
  ],
  GR: ['Speaker of the Hellenic Parliament', 'Presidenta del Parlamento Helénico', 'Président du Parlement hellénique'],
  GT: [
    'President of the Congress of the Republic of Guatemala',
    'Presidenta del Congreso de la República de Guatemala',
    'Président du Congrès de la République du Guatemala',
  ],
  GW: NONE,
  GY: [
    'Speaker of the National Assembly of the Co-operative Republic of Guyana',
    'Presidenta de la Asamblea Nacional de la República Cooperativa de Guyana',
    "Président de l'Assemblée nationale de la République coopérative du Guyana",
  ],
  HN: [
    'President of the National Congress of the Republic of Honduras',
    'Presidenta del Congreso Nacional de la República de Honduras',
    'Président du Congrès national de la République du Honduras',
  ],
  HR: ['Speaker of the Croatian Parliament', 'Presidenta del Parlamento Croata', 'Président du Parlement croate'],
  HT: NONE,
  HU: ['Speaker of the National Assembly of Hungary', 'Presidenta de la Asamblea Nacional de Hungría', "Président de l'Assemblée nationale de la Hongrie"],
  ID: [
    'Speaker of the House of Representatives of the Republic of Indonesia',
    'Presidenta de la Cámara de Representantes de la República de Indonesia',
    "Président de la Chambre des représentants de la République d'Indonésie",
  ],
  IE: ['Ceann Comhairle of Dáil Éireann', 'Presidenta del Dáil Éireann', 'Président du Dáil Éireann'],
  IL: ['Speaker of the Knesset', 'Presidenta de la Knéset', 'Président de la Knesset'],
  IN: ['Speaker of the Lok Sabha', 'Presidenta de la Lok Sabha', 'Président de la Lok Sabha'],
  IQ: [
    'Speaker of the Council of Representatives of the Republic of Iraq',
    'Presidenta del Consejo de Representantes de la República del Iraq',
    "Président du Conseil des représentants de la République d'Iraq",
  ],
  IR: [
    'Speaker of the Islamic Consultative Assembly of the Islamic Republic of Iran',
    'Presidenta de la Asamblea Consultiva Islámica de la República Islámica del Irán',
    "Président de l'Assemblée consultative islamique de la République islamique d'Iran",
  ],
  IS: ['Speaker of the Althingi', 'Presidenta del Althingi', "Président de l'Althing"],
  IT: [
    'President of the Chamber of Deputies of the Italian Republic',
    'Presidenta de la Cámara de Diputados de la República Italiana',
    'Président de la Chambre des députés de la République italienne',
  ],
  JM: [
    'Speaker of the House of Representatives of Jamaica',
    'Presidenta de la Cámara de Representantes de Jamaica',
    'Président de la Chambre des représentants de la Jamaïque',
  ],
  JO: [
    'Speaker of the House of Representatives of the Hashemite Kingdom of Jordan',
    'Presidenta de la Cámara de Representantes del Reino Hachemita de Jordania',
    'Président de la Chambre des représentants du Royaume hachémite de Jordanie',
  ],
  JP: [
    'Speaker of the House of Representatives of Japan',
    'Presidenta de la Cámara de Representantes del Japón',
    'Président de la Chambre des représentants du Japon',
  ],
  KE: [
    'Speaker of the National Assembly of the Republic of Kenya',
    'Presidenta de la Asamblea Nacional de la República de Kenya',
    "Président de l'Assemblée nationale de la République du Kenya",
  ],
  KG: [
    'Speaker of the Jogorku Kenesh of the Kyrgyz Republic',
    'Presidenta del Jogorku Kenesh de la República Kirguisa',
    'Président du Jogorku Kenesh de la République kirghize',
  ],
  KH: [
    'President of the National Assembly of the Kingdom of Cambodia',
    'Presidenta de la Asamblea Nacional del Reino de Camboya',
    "Président de l'Assemblée nationale du Royaume du Cambodge",
  ],
  KI: ['Speaker of the Maneaba ni Maungatabu', 'Presidenta del Maneaba ni Maungatabu', 'Président du Maneaba ni Maungatabu'],
  KM: [
    'President of the Assembly of the Union of the Comoros',
    'Presidenta de la Asamblea de la Unión de las Comoras',
    "Président de l'Assemblée de l'Union des Comores",
  ],
  KN: [
    'Speaker of the National Assembly of Saint Kitts and Nevis',
    'Presidenta de la Asamblea Nacional de Saint Kitts y Nevis',
    "Président de l'Assemblée nationale de Saint-Kitts-et-Nevis",
  ],
  KP: [
    "Chairman of the Supreme People's Assembly of the Democratic People's Republic of Korea",
    'Presidenta de la Asamblea Popular Suprema de la República Popular Democrática de Corea',
    "Président de l'Assemblée populaire suprême de la République populaire démocratique de Corée",
  ],
  KR: [
    'Speaker of the National Assembly of the Republic of Korea',
    'Presidenta de la Asamblea Nacional de la República de Corea',
    "Président de l'Assemblée nationale de la République de Corée",
  ],
  KW: NONE,
  KZ: [
    'Chairman of the Mazhilis of the Parliament of the Republic of Kazakhstan',
    'Presidenta del Mazhilis del Parlamento de la República de Kazajstán',
    'Président du Majilis du Parlement de la République du Kazakhstan',
  ],
  LA: [
    "President of the National Assembly of the Lao People's Democratic Republic",
    'Presidenta de la Asamblea Nacional de la República Democrática Popular Lao',
    "Président de l'Assemblée nationale de la République démocratique populaire lao",
  ],
  LB: [
    'Speaker of the Parliament of the Lebanese Republic',
    'Presidenta del Parlamento de la República Libanesa',
    'Président de la Chambre des députés de la République libanaise',
  ],
  LC: [
    'Speaker of the House of Assembly of Saint Lucia',
    'Presidenta de la Cámara de la Asamblea de Santa Lucía',
    "Président de la Chambre d'assemblée de Sainte-Lucie",
  ],
  LI: [
    'President of the Landtag of the Principality of Liechtenstein',
    'Presidenta del Landtag del Principado de Liechtenstein',
    'Président du Landtag de la Principauté de Liechtenstein',
  ],
  LK: [
    'Speaker of the Parliament of the Democratic Socialist Republic of Sri Lanka',
    'Presidenta del Parlamento de la República Socialista Democrática de Sri Lanka',
    'Président du Parlement de la République socialiste démocratique de Sri Lanka',
  ],
  LR: [
    'Speaker of the House of Representatives of the Republic of Liberia',
    'Presidenta de la Cámara de Representantes de la República de Liberia',
    'Président de la Chambre des représentants de la République du Libéria',
  ],
  LS: [
    'Speaker of the National Assembly of the Kingdom of Lesotho',
    'Presidenta de la Asamblea Nacional del Reino de Lesotho',
    "Président de l'Assemblée nationale du Royaume du Lesotho",
  ],
  LT: ['Speaker of the Seimas', 'Presidenta del Seimas', 'Président du Seimas'],
  LU: [
    'President of the Chamber of Deputies of the Grand Duchy of Luxembourg',
    'Presidenta de la Cámara de Diputados del Gran Ducado de Luxemburgo',
    'Président de la Chambre des députés du Grand-Duché de Luxembourg',
  ],
  LV: ['Speaker of the Saeima', 'Presidenta de la Saeima', 'Président de la Saeima'],
  LY: [
    'Speaker of the House of Representatives of the State of Libya',
    'Presidenta de la Cámara de Representantes del Estado de Libia',
    "Président de la Chambre des représentants de l'État de Libye",
  ],
  MA: [
    'Speaker of the House of Representatives of the Kingdom of Morocco',
    'Presidenta de la Cámara de Representantes del Reino de Marruecos',
    'Président de la Chambre des représentants du Royaume du Maroc',
  ],
  MC: [
    'President of the National Council of the Principality of Monaco',
    'Presidenta del Consejo Nacional del Principado de Mónaco',
    'Président du Conseil national de la Principauté de Monaco',
  ],
  MD: [
    'President of the Parliament of the Republic of Moldova',
    'Presidenta del Parlamento de la República de Moldova',
    'Président du Parlement de la République de Moldova',
  ],
  ME: ['Speaker of the Parliament of Montenegro', 'Presidenta del Parlamento de Montenegro', 'Président du Parlement du Monténégro'],
  MG: [
    'President of the National Assembly of the Republic of Madagascar',
    'Presidenta de la Asamblea Nacional de la República de Madagascar',
    "Président de l'Assemblée nationale de la République de Madagascar",
  ],
  MH: ['Speaker of the Nitijela', 'Presidenta del Nitijela', 'Président du Nitijela'],
  MK: [
    'Speaker of the Assembly of the Republic of North Macedonia',
    'Presidenta de la Asamblea de la República de Macedonia del Norte',
    "Président de l'Assemblée de la République de Macédoine du Nord",
  ],
  ML: [
    'President of the National Transitional Council of the Republic of Mali',
    'Presidenta del Consejo Nacional de Transición de la República de Malí',
    'Président du Conseil national de transition de la République du Mali',
  ],
  MM: ['Speaker of the Pyidaungsu Hluttaw', 'Presidenta del Pyidaungsu Hluttaw', 'Président du Pyidaungsu Hluttaw'],
  MN: [
    'Chairman of the State Great Khural of Mongolia',
    'Presidenta del Gran Jural del Estado de Mongolia',
    "Président du Grand Khoural d'État de la Mongolie",
  ],
  MR: [
    'President of the National Assembly of the Islamic Republic of Mauritania',
    'Presidenta de la Asamblea Nacional de la República Islámica de Mauritania',
    "Président de l'Assemblée nationale de la République islamique de Mauritanie",
  ],
  MT: [
    'Speaker of the House of Representatives of the Republic of Malta',
    'Presidenta de la Cámara de Representantes de la República de Malta',
    'Président de la Chambre des représentants de la République de Malte',
  ],
  MU: [
    'Speaker of the National Assembly of the Republic of Mauritius',
    'Presidenta de la Asamblea Nacional de la República de Mauricio',
    "Président de l'Assemblée nationale de la République de Maurice",
  ],
  MV: [
    "Speaker of the People's Majlis of the Republic of Maldives",
    'Presidenta del Majlis del Pueblo de la República de Maldivas',
    'Président du Majlis du peuple de la République des Maldives',
  ],
  MW: [
    'Speaker of the National Assembly of the Republic of Malawi',
    'Presidenta de la Asamblea Nacional de la República de Malawi',
    "Président de l'Assemblée nationale de la République du Malawi",
  ],
  MX: [
    'President of the Chamber of Deputies of the United Mexican States',
    'Presidenta de la Cámara de Diputados de los Estados Unidos Mexicanos',
    'Président de la Chambre des députés des États-Unis du Mexique',
  ],
  MY: ['Speaker of the Dewan Rakyat', 'Presidenta del Dewan Rakyat', 'Président du Dewan Rakyat'],
  MZ: [
    'President of the Assembly of the Republic of Mozambique',
    'Presidenta de la Asamblea de la República de Mozambique',
    "Président de l'Assemblée de la République du Mozambique",
  ],
  NA: [
    'Speaker of the National Assembly of the Republic of Namibia',
    'Presidenta de la Asamblea Nacional de la República de Namibia',
    "Président de l'Assemblée nationale de la République de Namibie",
  ],
  NE: NONE,
  NG: [
    'Speaker of the House of Representatives of the Federal Republic of Nigeria',
    'Presidenta de la Cámara de Representantes de la República Federal de Nigeria',
    'Président de la Chambre des représentants de la République fédérale du Nigéria',
  ],
  NI: [
    'President of the National Assembly of the Republic of Nicaragua',
    'Presidenta de la Asamblea Nacional de la República de Nicaragua',
    "Président de l'Assemblée nationale de la République du Nicaragua",
  ],
  NL: [
    'Speaker of the House of Representatives of the Kingdom of the Netherlands',
    'Presidenta de la Cámara de Representantes del Reino de los Países Bajos',
    'Président de la Chambre des représentants du Royaume des Pays-Bas',
  ],
  NO: ['President of the Storting', 'Presidenta del Storting', 'Président du Storting'],
  NP: [
    'Speaker of the House of Representatives of the Federal Democratic Republic of Nepal',
    'Presidenta de la Cámara de Representantes de la República Democrática Federal de Nepal',
    'Président de la Chambre des représentants de la République fédérale démocratique du Népal',
  ],
  NR: [
    'Speaker of the Parliament of the Republic of Nauru',
    'Presidenta del Parlamento de la República de Nauru',
    'Président du Parlement de la République de Nauru',
  ],
  NZ: [
    'Speaker of the House of Representatives of New Zealand',
    'Presidenta de la Cámara de Representantes de Nueva Zelandia',
    'Président de la Chambre des représentants de la Nouvelle-Zélande',
  ],
  OM: [
    'Chairman of the Shura Council of the Sultanate of Oman',
    'Presidenta del Consejo de la Shura de la Sultanía de Omán',
    "Président du Conseil de la Choura du Sultanat d'Oman",
  ],
  PA: [
    'President of the National Assembly of the Republic of Panama',
    'Presidenta de la Asamblea Nacional de la República de Panamá',
    "Président de l'Assemblée nationale de la République du Panama",
  ],
  PE: [
    'President of the Congress of the Republic of Peru',
    'Presidenta del Congreso de la República del Perú',
    'Président du Congrès de la République du Pérou',
  ],
  PG: [
    'Speaker of the National Parliament of the Independent State of Papua New Guinea',
    'Presidenta del Parlamento Nacional del Estado Independiente de Papua Nueva Guinea',
    "Président du Parlement national de l'État indépendant de Papouasie-Nouvelle-Guinée",
  ],
  PH: [
    'Speaker of the House of Representatives of the Republic of the Philippines',
    'Presidenta de la Cámara de Representantes de la República de Filipinas',
    'Président de la Chambre des représentants de la République des Philippines',
  ],
  PK: [
    'Speaker of the National Assembly of the Islamic Republic of Pakistan',
    'Presidenta de la Asamblea Nacional de la República Islámica del Pakistán',
    "Président de l'Assemblée nationale de la République islamique du Pakistan",
  ],
  PL: ['Marshal of the Sejm of the Republic of Poland', 'Mariscal del Sejm de la República de Polonia', 'Maréchal de la Diète de la République de Pologne'],
  PS: NONE,
  PT: ['President of the Assembly of the Republic', 'Presidenta de la Asamblea de la República', "Président de l'Assemblée de la République"],
  PW: [
    'Speaker of the House of Delegates of the Republic of Palau',
    'Presidenta de la Cámara de Delegados de la República de Palau',
    'Président de la Chambre des délégués de la République des Palaos',
  ],
  PY: [
    'President of the Chamber of Deputies of the Republic of Paraguay',
    'Presidenta de la Cámara de Diputados de la República del Paraguay',
    'Président de la Chambre des députés de la République du Paraguay',
  ],
  QA: [
    'Speaker of the Shura Council of the State of Qatar',
    'Presidenta del Consejo de la Shura del Estado de Qatar',
    "Président du Conseil de la Choura de l'État du Qatar",
  ],
  RO: [
    'President of the Chamber of Deputies of Romania',
    'Presidenta de la Cámara de Diputados de Rumania',
    'Président de la Chambre des députés de la Roumanie',
  ],
  RS: [
    'Speaker of the National Assembly of the Republic of Serbia',
    'Presidenta de la Asamblea Nacional de la República de Serbia',
    "Président de l'Assemblée nationale de la République de Serbie",
  ],
  RU: [
    'Chairman of the State Duma of the Russian Federation',
    'Presidenta de la Duma Estatal de la Federación de Rusia',
    "Président de la Douma d'État de la Fédération de Russie",
  ],
  RW: [
    'Speaker of the Chamber of Deputies of the Republic of Rwanda',
    'Presidenta de la Cámara de Diputados de la República de Rwanda',
    'Président de la Chambre des députés de la République du Rwanda',
  ],
  SA: [
    'Chairman of the Shura Council of the Kingdom of Saudi Arabia',
    'Presidenta del Consejo de la Shura del Reino de la Arabia Saudita',
    "Président du Conseil de la Choura du Royaume d'Arabie saoudite",
  ],
  SB: [
    'Speaker of the National Parliament of Solomon Islands',
    'Presidenta del Parlamento Nacional de las Islas Salomón',
    'Président du Parlement national des Îles Salomon',
  ],
  SC: [
    'Speaker of the National Assembly of the Republic of Seychelles',
    'Presidenta de la Asamblea Nacional de la República de Seychelles',
    "Président de l'Assemblée nationale de la République des Seychelles",
  ],
  SD: NONE,
  SE: ['Speaker of the Riksdag', 'Presidenta del Riksdag', 'Président du Riksdag'],
  SG: [
    'Speaker of the Parliament of the Republic of Singapore',
    'Presidenta del Parlamento de la República de Singapur',
    'Président du Parlement de la République de Singapour',
  ],
  SI: [
    'President of the National Assembly of the Republic of Slovenia',
    'Presidenta de la Asamblea Nacional de la República de Eslovenia',
    "Président de l'Assemblée nationale de la République de Slovénie",
  ],
  SK: [
    'Speaker of the National Council of the Slovak Republic',
    'Presidenta del Consejo Nacional de la República Eslovaca',
    'Président du Conseil national de la République slovaque',
  ],
  SL: [
    'Speaker of the Parliament of the Republic of Sierra Leone',
    'Presidenta del Parlamento de la República de Sierra Leona',
    'Président du Parlement de la République de Sierra Leone',
  ],
  SM: NONE,
  SN: [
    'President of the National Assembly of the Republic of Senegal',
    'Presidenta de la Asamblea Nacional de la República del Senegal',
    "Président de l'Assemblée nationale de la République du Sénégal",
  ],
  SO: [
    'Speaker of the House of the People of the Federal Parliament of the Federal Republic of Somalia',
    'Presidenta de la Cámara del Pueblo del Parlamento Federal de la República Federal de Somalia',
    'Président de la Chambre du peuple du Parlement fédéral de la République fédérale de Somalie',
  ],
  SR: [
    'Speaker of the National Assembly of the Republic of Suriname',
    'Presidenta de la Asamblea Nacional de la República de Suriname',
    "Président de l'Assemblée nationale de la République du Suriname",
  ],
  SS: [
    'Speaker of the Transitional National Legislative Assembly of the Republic of South Sudan',
    'Presidenta de la Asamblea Legislativa Nacional de Transición de la República de Sudán del Sur',
    "Président de l'Assemblée législative nationale de transition de la République du Soudan du Sud",
  ],
  ST: [
    'President of the National Assembly of the Democratic Republic of São Tomé and Príncipe',
    'Presidenta de la Asamblea Nacional de la República Democrática de Santo Tomé y Príncipe',
    "Président de l'Assemblée nationale de la République démocratique de Sao Tomé-et-Principe",
  ],
  SV: [
    'President of the Legislative Assembly of the Republic of El Salvador',
    'Presidenta de la Asamblea Legislativa de la República de El Salvador',
    "Président de l'Assemblée législative de la République d'El Salvador",
  ],
  SY: [
    "Speaker of the People's Assembly of the Syrian Arab Republic",
    'Presidenta de la Asamblea Popular de la República Árabe Siria',
    "Président de l'Assemblée du peuple de la République arabe syrienne",
  ],
  SZ: [
    'Speaker of the House of Assembly of the Kingdom of Eswatini',
    'Presidenta de la Cámara de la Asamblea del Reino de Eswatini',
    "Président de la Chambre d'assemblée du Royaume d'Eswatini",
  ],
  TD: [
    'President of the National Assembly of the Republic of Chad',
    'Presidenta de la Asamblea Nacional de la República del Chad',
    "Président de l'Assemblée nationale de la République du Tchad",
  ],
  TG: [
    'President of the National Assembly of the Togolese Republic',
    'Presidenta de la Asamblea Nacional de la República Togolesa',
    "Président de l'Assemblée nationale de la République togolaise",
  ],
  TH: [
    'Speaker of the House of Representatives of the Kingdom of Thailand',
    'Presidenta de la Cámara de Representantes del Reino de Tailandia',
    'Président de la Chambre des représentants du Royaume de Thaïlande',
  ],
  TJ: [
    'Chairman of the Assembly of Representatives of the Supreme Assembly of the Republic of Tajikistan',
    'Presidenta de la Asamblea de Representantes de la Asamblea Suprema de la República de Tayikistán',
    "Président de l'Assemblée des représentants de l'Assemblée suprême de la République du Tadjikistan",
  ],
  TL: [
    'President of the National Parliament of the Democratic Republic of Timor-Leste',
    'Presidenta del Parlamento Nacional de la República Democrática de Timor-Leste',
    'Président du Parlement national de la République démocratique du Timor-Leste',
  ],
  TM: ['Chairman of the Mejlis of Turkmenistan', 'Presidenta del Mejlis de Turkmenistán', 'Président du Mejlis du Turkménistan'],
  TN: [
    'President of the Assembly of the Representatives of the People of the Republic of Tunisia',
    'Presidenta de la Asamblea de Representantes del Pueblo de la República de Túnez',
    "Président de l'Assemblée des représentants du peuple de la République tunisienne",
  ],
  TO: [
    'Speaker of the Legislative Assembly of the Kingdom of Tonga',
    'Presidenta de la Asamblea Legislativa del Reino de Tonga',
    "Président de l'Assemblée législative du Royaume des Tonga",
  ],
  TR: [
    'Speaker of the Grand National Assembly of Türkiye',
    'Presidenta de la Gran Asamblea Nacional de Türkiye',
    'Président de la Grande Assemblée nationale de Türkiye',
  ],
  TT: [
    'Speaker of the House of Representatives of the Republic of Trinidad and Tobago',
    'Presidenta de la Cámara de Representantes de la República de Trinidad y Tabago',
    'Président de la Chambre des représentants de la République de Trinité-et-Tobago',
  ],
  TV: ['Speaker of the Parliament of Tuvalu', 'Presidenta del Parlamento de Tuvalu', 'Président du Parlement des Tuvalu'],
  TZ: [
    'Speaker of the National Assembly of the United Republic of Tanzania',
    'Presidenta de la Asamblea Nacional de la República Unida de Tanzanía',
    "Président de l'Assemblée nationale de la République-Unie de Tanzanie",
  ],
  UA: ['Chairman of the Verkhovna Rada of Ukraine', 'Presidenta de la Rada Suprema de Ucrania', "Président de la Verkhovna Rada d'Ukraine"],
  UG: [
    'Speaker of the Parliament of the Republic of Uganda',
    'Presidenta del Parlamento de la República de Uganda',
    "Président du Parlement de la République de l'Ouganda",
  ],
  US: [
    'Speaker of the United States House of Representatives',
    'Presidenta de la Cámara de Representantes de los Estados Unidos',
    'Président de la Chambre des représentants des États-Unis',
  ],
  UY: [
    'President of the Chamber of Representatives of the Eastern Republic of Uruguay',
    'Presidenta de la Cámara de Representantes de la República Oriental del Uruguay',
    "Président de la Chambre des représentants de la République orientale de l'Uruguay",
  ],
  UZ: [
    'Speaker of the Legislative Chamber of the Oliy Majlis of the Republic of Uzbekistan',
    'Presidenta de la Cámara Legislativa del Oliy Majlis de la República de Uzbekistán',
    "Président de la Chambre législative de l'Oliy Majlis de la République d'Ouzbékistan",
  ],
  VA: NONE,
  VC: [
    'Speaker of the House of Assembly of Saint Vincent and the Grenadines',
    'Presidenta de la Cámara de la Asamblea de San Vicente y las Granadinas',
    "Président de la Chambre d'assemblée de Saint-Vincent-et-les Grenadines",
  ],
  VE: [
    'President of the National Assembly of the Bolivarian Republic of Venezuela',
    'Presidenta de la Asamblea Nacional de la República Bolivariana de Venezuela',
    "Président de l'Assemblée nationale de la République bolivarienne du Venezuela",
  ],
  VN: [
    'Chairman of the National Assembly of the Socialist Republic of Viet Nam',
    'Presidenta de la Asamblea Nacional de la República Socialista de Viet Nam',
    "Président de l'Assemblée nationale de la République socialiste du Viet Nam",
  ],
  VU: [
    'Speaker of the Parliament of the Republic of Vanuatu',
    'Presidenta del Parlamento de la República de Vanuatu',
    'Président du Parlement de la République de Vanuatu',
  ],
  WS: [
    'Speaker of the Legislative Assembly of the Independent State of Samoa',
    'Presidenta de la Asamblea Legislativa del Estado Independiente de Samoa',
    "Président de l'Assemblée législative de l'État indépendant du Samoa",
  ],
  YE: [
    'Speaker of the House of Representatives of the Republic of Yemen',
    'Presidenta de la Cámara de Representantes de la República del Yemen',
    'Président de la Chambre des représentants de la République du Yémen',
  ],
  ZA: [
    'Speaker of the National Assembly of the Republic of South Africa',
    'Presidenta de la Asamblea Nacional de la República de Sudáfrica',
    "Président de l'Assemblée nationale de la République sud-africaine",
  ],
  ZM: [
    'Speaker of the National Assembly of the Republic of Zambia',
    'Presidenta de la Asamblea Nacional de la República de Zambia',
    "Président de l'Assemblée nationale de la République de Zambie",
  ],
  ZW: [
    'Speaker of the National Assembly of the Republic of Zimbabwe',
    'Presidenta de la Asamblea Nacional de la República de Zimbabwe',
    "Président de l'Assemblée nationale de la République du Zimbabwe",
  ],
};

describe('the president of parliament of each of the 195 states', () => {
  it('has a row for every state', () => {
    expect(Object.keys(CHAMBERS).sort()).toEqual(listCountries().map((c) => c.alpha2));
  });

  it.each(Object.entries(CHAMBERS))('%s', (code, expected) => {
    const country = getCountry(code)!;
    const title = (language: 'en' | 'es' | 'fr', gender: 'female' | 'male') =>
      formsOfAddress({ country, office: 'speaker_of_parliament', language, gender, name: 'X' }).fullTitle;
    const actual = [title('en', 'male'), title('es', 'female'), title('fr', 'male')];
    expect(actual).toEqual(expected === NONE ? ['', '', ''] : expected);
  });

  // Albania's chamber is its "Parliament" (Kuvendi): the same words as the generic title, but recorded for that state.
  it('takes every title from the state\'s own entry: none falls back to the generic "Speaker of the Parliament"', () => {
    for (const country of listCountries()) {
      const code = country.alpha2;
      const own = [
        PARLIAMENTS[code] !== undefined,
        STATES[code]?.offices?.speaker_of_parliament?.title !== undefined,
        NO_SITTING_PARLIAMENT[code] !== undefined,
      ];
      expect(own.filter(Boolean), code).toHaveLength(1);
    }
  });
});

describe('a state where no parliament sits', () => {
  const haiti = getCountry('HT')!;

  it('says why, for the holy see, a suspended assembly and a chamber its head of state presides', () => {
    expect(noSittingParliament(getCountry('VA')!)).toMatchObject({ kind: 'none' });
    expect(noSittingParliament(getCountry('KW')!)).toMatchObject({ kind: 'not-sitting' });
    expect(noSittingParliament(getCountry('SM')!)).toMatchObject({ kind: 'presided-by-head-of-state' });
    expect(noSittingParliament(getCountry('PE')!)).toBeUndefined();
  });

  it.each([
    ['en', 'His Excellency the President of the Senate', 'Excellency,'],
    ['es', 'Su Excelencia el President of the Senate', 'Excelencia:'],
    ['fr', 'Son Excellence le President of the Senate', 'Excellence,'],
  ] as const)('prints only the office as typed, never a made-up chamber (%s)', (language, firstLine, salutation) => {
    const typed = formsOfAddress({
      country: haiti,
      office: 'speaker_of_parliament',
      customTitle: 'President of the Senate',
      language,
      gender: 'unspecified',
      name: '',
    });
    expect(typed.fullTitle).toBe('President of the Senate');
    expect(typed.addressBlock[0]).toBe(firstLine);
    expect(typed.salutation).toBe(salutation);
    const named = formsOfAddress({
      country: haiti,
      office: 'speaker_of_parliament',
      customTitle: 'President of the Senate',
      language,
      gender: 'male',
      name: 'N. N.',
    });
    expect(named.addressBlock.slice(1)).toEqual(['President of the Senate', haiti.postal[language]]);
  });

  it('has no title of its own in any language, so nothing generic is printed', () => {
    for (const code of Object.keys(NO_SITTING_PARLIAMENT)) {
      const country = getCountry(code)!;
      for (const language of ['en', 'es', 'fr'] as const) {
        expect(fullOfficeTitle(country, 'speaker_of_parliament', 'female', language), code).toBe('');
        const block = formsOfAddress({ country, office: 'speaker_of_parliament', language, gender: 'female', name: 'N. N.' }).addressBlock.join('\n');
        expect(block, code).not.toMatch(/Parliament|Parlamento|Parlement|Assembly|Asamblea|Assemblée|Speaker|Presidenta|Présidente/);
      }
    }
  });
});

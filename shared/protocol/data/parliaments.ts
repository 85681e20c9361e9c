import type { CountryCode, GenderPair, Localized, TitleSpec } from '../types';

/*
 * Presidents of parliaments by their country's own title, in en/es/fr: the
 * chamber that elects the government, the lower house of a presidential
 * system, or the only one. Every one of the 195 states is either here, in
 * titles.ts (Spain, France, Germany, the United Kingdom and the United
 * States), or in NO_SITTING_PARLIAMENT below: no state falls back to a
 * generic "Speaker of the Parliament of …" that it does not have.
 *
 * `official` appends the state's formal name ("President of the Chamber of
 * Deputies of the Italian Republic"); `none` is for a title that names its
 * country already or whose chamber is known by its own name ("Speaker of the
 * Riksdag", "President of the Congress of the Republic of Peru").
 */

type Word = 'president' | 'speaker' | 'chair' | 'marshal' | 'ceann-comhairle' | 'syndic';

const g = (m: string, f: string = m): GenderPair => ({ m, f });

const PRESIDENT_ES = g('Presidente', 'Presidenta');
const PRESIDENT_FR = g('Président', 'Présidente');
const PRESIDENT_ADDRESS = { es: g('Señor Presidente', 'Señora Presidenta'), fr: g('Monsieur le Président', 'Madame la Présidente') };

const WORDS: Record<Word, { title: Localized<GenderPair>; address: Partial<Localized<GenderPair>> }> = {
  president: { title: { en: g('President'), es: PRESIDENT_ES, fr: PRESIDENT_FR }, address: { ...PRESIDENT_ADDRESS, en: g('Mr President', 'Madam President') } },
  speaker: { title: { en: g('Speaker'), es: PRESIDENT_ES, fr: PRESIDENT_FR }, address: { ...PRESIDENT_ADDRESS, en: g('Mr Speaker', 'Madam Speaker') } },
  chair: {
    title: { en: g('Chairman', 'Chairwoman'), es: PRESIDENT_ES, fr: PRESIDENT_FR },
    address: { ...PRESIDENT_ADDRESS, en: g('Mr Chairman', 'Madam Chairwoman') },
  },
  // Poland's Marszałek Sejmu.
  marshal: {
    title: { en: g('Marshal'), es: g('Mariscal'), fr: g('Maréchal', 'Maréchale') },
    address: { en: g('Mr Marshal', 'Madam Marshal'), es: g('Señor Mariscal', 'Señora Mariscal'), fr: g('Monsieur le Maréchal', 'Madame la Maréchale') },
  },
  // Ireland's Ceann Comhairle of Dáil Éireann, untranslated in English.
  'ceann-comhairle': { title: { en: g('Ceann Comhairle'), es: PRESIDENT_ES, fr: PRESIDENT_FR }, address: { ...PRESIDENT_ADDRESS, en: g('Ceann Comhairle') } },
  // Andorra's Síndic General of the Consell General; English has no vocative for it ("Excellency,").
  syndic: {
    title: { en: g('Syndic General'), es: g('Síndico General', 'Síndica General'), fr: g('Syndic général', 'Syndique générale') },
    address: { es: g('Señor Síndico General', 'Señora Síndica General'), fr: g('Monsieur le Syndic général', 'Madame la Syndique générale') },
  },
};

export interface ParliamentStyle {
  spec: TitleSpec;
  enStyle?: string;
}

function chamber(word: Word, en: string, es: string, fr: string, state: TitleSpec['state'] = 'official', enStyle?: string): ParliamentStyle {
  const { title, address } = WORDS[word];
  const join = (pair: GenderPair, of: string): GenderPair => ({ m: `${pair.m} ${of}`, f: `${pair.f} ${of}` });
  return {
    spec: { title: { en: join(title.en, en), es: join(title.es, es), fr: join(title.fr, fr) }, state, address },
    ...(enStyle ? { enStyle } : {}),
  };
}

const HOUSE_OF_REPRESENTATIVES = ['of the House of Representatives', 'de la Cámara de Representantes', 'de la Chambre des représentants'] as const;
const HOUSE_OF_ASSEMBLY = ['of the House of Assembly', 'de la Cámara de la Asamblea', "de la Chambre d'assemblée"] as const;
const CHAMBER_OF_DEPUTIES = ['of the Chamber of Deputies', 'de la Cámara de Diputados', 'de la Chambre des députés'] as const;
const NATIONAL_ASSEMBLY = ['of the National Assembly', 'de la Asamblea Nacional', "de l'Assemblée nationale"] as const;
const LEGISLATIVE_ASSEMBLY = ['of the Legislative Assembly', 'de la Asamblea Legislativa', "de l'Assemblée législative"] as const;
const NATIONAL_COUNCIL = ['of the National Council', 'del Consejo Nacional', 'du Conseil national'] as const;
const PARLIAMENT = ['of the Parliament', 'del Parlamento', 'du Parlement'] as const;
const NATIONAL_PARLIAMENT = ['of the National Parliament', 'del Parlamento Nacional', 'du Parlement national'] as const;
const NATIONAL_TRANSITIONAL_COUNCIL = [
  'of the National Transitional Council',
  'del Consejo Nacional de Transición',
  'du Conseil national de transition',
] as const;
const SHURA_COUNCIL = ['of the Shura Council', 'del Consejo de la Shura', 'du Conseil de la Choura'] as const;
const COUNCIL_OF_REPRESENTATIVES = ['of the Council of Representatives', 'del Consejo de Representantes', 'du Conseil des représentants'] as const;

export const PARLIAMENTS: Partial<Record<CountryCode, ParliamentStyle>> = {
  // European Union
  AT: chamber('president', ...NATIONAL_COUNCIL),
  BE: chamber('president', ...HOUSE_OF_REPRESENTATIVES),
  BG: chamber('president', ...NATIONAL_ASSEMBLY),
  CY: chamber('president', ...HOUSE_OF_REPRESENTATIVES),
  CZ: chamber('president', ...CHAMBER_OF_DEPUTIES),
  DK: chamber('speaker', 'of the Folketing', 'del Folketing', 'du Folketing', 'none'),
  EE: chamber('president', 'of the Riigikogu', 'del Riigikogu', 'du Riigikogu', 'none'),
  FI: chamber('speaker', 'of the Parliament of Finland', 'del Parlamento de Finlandia', 'du Parlement de Finlande', 'none'),
  GR: chamber('speaker', 'of the Hellenic Parliament', 'del Parlamento Helénico', 'du Parlement hellénique', 'none'),
  HR: chamber('speaker', 'of the Croatian Parliament', 'del Parlamento Croata', 'du Parlement croate', 'none'),
  HU: chamber('speaker', ...NATIONAL_ASSEMBLY),
  IE: chamber('ceann-comhairle', 'of Dáil Éireann', 'del Dáil Éireann', 'du Dáil Éireann', 'none'),
  IT: chamber('president', ...CHAMBER_OF_DEPUTIES),
  LT: chamber('speaker', 'of the Seimas', 'del Seimas', 'du Seimas', 'none'),
  LU: chamber('president', ...CHAMBER_OF_DEPUTIES),
  LV: chamber('speaker', 'of the Saeima', 'de la Saeima', 'de la Saeima', 'none'),
  MT: chamber('speaker', ...HOUSE_OF_REPRESENTATIVES),
  NL: chamber('speaker', ...HOUSE_OF_REPRESENTATIVES),
  PL: chamber('marshal', 'of the Sejm', 'del Sejm', 'de la Diète', 'official'),
  PT: chamber('president', 'of the Assembly of the Republic', 'de la Asamblea de la República', "de l'Assemblée de la République", 'none'),
  RO: chamber('president', ...CHAMBER_OF_DEPUTIES),
  SE: chamber('speaker', 'of the Riksdag', 'del Riksdag', 'du Riksdag', 'none'),
  SI: chamber('president', ...NATIONAL_ASSEMBLY),
  SK: chamber('speaker', ...NATIONAL_COUNCIL),

  // The rest of the G20
  AR: chamber(
    'president',
    'of the Chamber of Deputies of the Argentine Nation',
    'de la Honorable Cámara de Diputados de la Nación Argentina',
    'de la Chambre des députés de la Nation argentine',
    'none',
  ),
  AU: chamber('speaker', ...HOUSE_OF_REPRESENTATIVES, 'official', 'The Hon'),
  BR: chamber('president', ...CHAMBER_OF_DEPUTIES),
  CA: chamber('speaker', 'of the House of Commons', 'de la Cámara de los Comunes', 'de la Chambre des communes', 'official', 'The Honourable'),
  CN: chamber(
    'chair',
    "of the Standing Committee of the National People's Congress",
    'del Comité Permanente de la Asamblea Popular Nacional',
    "du Comité permanent de l'Assemblée populaire nationale",
    'none',
  ),
  ID: chamber('speaker', ...HOUSE_OF_REPRESENTATIVES),
  IN: chamber('speaker', 'of the Lok Sabha', 'de la Lok Sabha', 'de la Lok Sabha', 'none'),
  JP: chamber('speaker', ...HOUSE_OF_REPRESENTATIVES),
  KR: chamber('speaker', ...NATIONAL_ASSEMBLY),
  MX: chamber('president', ...CHAMBER_OF_DEPUTIES),
  RU: chamber('chair', 'of the State Duma', 'de la Duma Estatal', "de la Douma d'État"),
  SA: chamber('chair', ...SHURA_COUNCIL),
  TR: chamber(
    'speaker',
    'of the Grand National Assembly of Türkiye',
    'de la Gran Asamblea Nacional de Türkiye',
    'de la Grande Assemblée nationale de Türkiye',
    'none',
  ),
  ZA: chamber('speaker', ...NATIONAL_ASSEMBLY),

  // The rest of the Americas
  AG: chamber('speaker', ...HOUSE_OF_REPRESENTATIVES),
  BB: chamber('speaker', ...HOUSE_OF_ASSEMBLY),
  BO: chamber('president', ...CHAMBER_OF_DEPUTIES),
  BS: chamber('speaker', ...HOUSE_OF_ASSEMBLY),
  BZ: chamber('speaker', ...HOUSE_OF_REPRESENTATIVES),
  // Chile's chamber has been the "Cámara de Diputadas y Diputados" since 2022.
  CL: chamber('president', 'of the Chamber of Deputies', 'de la Cámara de Diputadas y Diputados', 'de la Chambre des députés'),
  CO: chamber('president', 'of the Chamber of Representatives', 'de la Cámara de Representantes', 'de la Chambre des représentants'),
  CR: chamber('president', ...LEGISLATIVE_ASSEMBLY),
  CU: chamber(
    'president',
    "of the National Assembly of People's Power",
    'de la Asamblea Nacional del Poder Popular',
    "de l'Assemblée nationale du pouvoir populaire",
  ),
  DM: chamber('speaker', ...HOUSE_OF_ASSEMBLY),
  DO: chamber('president', ...CHAMBER_OF_DEPUTIES),
  EC: chamber('president', ...NATIONAL_ASSEMBLY),
  GD: chamber('speaker', ...HOUSE_OF_REPRESENTATIVES),
  GT: chamber(
    'president',
    'of the Congress of the Republic of Guatemala',
    'del Congreso de la República de Guatemala',
    'du Congrès de la République du Guatemala',
    'none',
  ),
  GY: chamber('speaker', ...NATIONAL_ASSEMBLY),
  HN: chamber('president', 'of the National Congress', 'del Congreso Nacional', 'du Congrès national'),
  JM: chamber('speaker', ...HOUSE_OF_REPRESENTATIVES),
  KN: chamber('speaker', ...NATIONAL_ASSEMBLY),
  LC: chamber('speaker', ...HOUSE_OF_ASSEMBLY),
  NI: chamber('president', ...NATIONAL_ASSEMBLY),
  PA: chamber('president', ...NATIONAL_ASSEMBLY),
  PE: chamber('president', 'of the Congress of the Republic of Peru', 'del Congreso de la República del Perú', 'du Congrès de la République du Pérou', 'none'),
  PY: chamber('president', ...CHAMBER_OF_DEPUTIES),
  SR: chamber('speaker', ...NATIONAL_ASSEMBLY),
  SV: chamber('president', ...LEGISLATIVE_ASSEMBLY),
  TT: chamber('speaker', ...HOUSE_OF_REPRESENTATIVES),
  UY: chamber('president', 'of the Chamber of Representatives', 'de la Cámara de Representantes', 'de la Chambre des représentants'),
  VC: chamber('speaker', ...HOUSE_OF_ASSEMBLY),
  VE: chamber('president', ...NATIONAL_ASSEMBLY),

  // The rest of Europe
  AD: chamber('syndic', 'of the General Council', 'del Consejo General', 'du Conseil général'),
  AL: chamber('speaker', ...PARLIAMENT),
  AM: chamber('president', ...NATIONAL_ASSEMBLY),
  AZ: chamber('speaker', 'of the Milli Majlis', 'del Milli Majlis', 'du Milli Majlis'),
  BA: chamber(
    'chair',
    'of the House of Representatives of the Parliamentary Assembly of Bosnia and Herzegovina',
    'de la Cámara de Representantes de la Asamblea Parlamentaria de Bosnia y Herzegovina',
    "de la Chambre des représentants de l'Assemblée parlementaire de Bosnie-Herzégovine",
    'none',
  ),
  BY: chamber(
    'chair',
    'of the House of Representatives of the National Assembly',
    'de la Cámara de Representantes de la Asamblea Nacional',
    "de la Chambre des représentants de l'Assemblée nationale",
  ),
  CH: chamber('president', ...NATIONAL_COUNCIL),
  GE: chamber('chair', 'of the Parliament of Georgia', 'del Parlamento de Georgia', 'du Parlement de Géorgie', 'none'),
  IS: chamber('speaker', 'of the Althingi', 'del Althingi', "de l'Althing", 'none'),
  LI: chamber('president', 'of the Landtag', 'del Landtag', 'du Landtag'),
  MC: chamber('president', ...NATIONAL_COUNCIL),
  MD: chamber('president', ...PARLIAMENT),
  ME: chamber('speaker', 'of the Parliament of Montenegro', 'del Parlamento de Montenegro', 'du Parlement du Monténégro', 'none'),
  MK: chamber('speaker', 'of the Assembly', 'de la Asamblea', "de l'Assemblée"),
  NO: chamber('president', 'of the Storting', 'del Storting', 'du Storting', 'none'),
  RS: chamber('speaker', ...NATIONAL_ASSEMBLY),
  UA: chamber('chair', 'of the Verkhovna Rada of Ukraine', 'de la Rada Suprema de Ucrania', "de la Verkhovna Rada d'Ukraine", 'none'),

  // Africa
  AO: chamber('president', ...NATIONAL_ASSEMBLY),
  BF: chamber('president', 'of the Transitional Legislative Assembly', 'de la Asamblea Legislativa de Transición', "de l'Assemblée législative de transition"),
  BI: chamber('president', ...NATIONAL_ASSEMBLY),
  BJ: chamber('president', ...NATIONAL_ASSEMBLY),
  BW: chamber('speaker', ...NATIONAL_ASSEMBLY),
  CD: chamber('president', ...NATIONAL_ASSEMBLY),
  CF: chamber('president', ...NATIONAL_ASSEMBLY),
  CG: chamber('president', ...NATIONAL_ASSEMBLY),
  CI: chamber('president', ...NATIONAL_ASSEMBLY),
  CM: chamber('president', ...NATIONAL_ASSEMBLY),
  CV: chamber('president', ...NATIONAL_ASSEMBLY),
  DJ: chamber('president', ...NATIONAL_ASSEMBLY),
  DZ: chamber('president', "of the People's National Assembly", 'de la Asamblea Popular Nacional', "de l'Assemblée populaire nationale"),
  EG: chamber('speaker', ...HOUSE_OF_REPRESENTATIVES),
  ET: chamber(
    'speaker',
    "of the House of Peoples' Representatives",
    'de la Cámara de Representantes de los Pueblos',
    'de la Chambre des représentants des peuples',
  ),
  GA: chamber('president', ...NATIONAL_ASSEMBLY),
  GH: chamber('speaker', ...PARLIAMENT),
  GM: chamber('speaker', ...NATIONAL_ASSEMBLY),
  GN: chamber('president', ...NATIONAL_TRANSITIONAL_COUNCIL),
  GQ: chamber('president', ...CHAMBER_OF_DEPUTIES),
  KE: chamber('speaker', ...NATIONAL_ASSEMBLY),
  KM: chamber(
    'president',
    'of the Assembly of the Union of the Comoros',
    'de la Asamblea de la Unión de las Comoras',
    "de l'Assemblée de l'Union des Comores",
    'none',
  ),
  LR: chamber('speaker', ...HOUSE_OF_REPRESENTATIVES),
  LS: chamber('speaker', ...NATIONAL_ASSEMBLY),
  LY: chamber('speaker', ...HOUSE_OF_REPRESENTATIVES),
  MA: chamber('speaker', ...HOUSE_OF_REPRESENTATIVES),
  MG: chamber('president', ...NATIONAL_ASSEMBLY),
  ML: chamber('president', ...NATIONAL_TRANSITIONAL_COUNCIL),
  MR: chamber('president', ...NATIONAL_ASSEMBLY),
  MU: chamber('speaker', ...NATIONAL_ASSEMBLY),
  MW: chamber('speaker', ...NATIONAL_ASSEMBLY),
  MZ: chamber(
    'president',
    'of the Assembly of the Republic of Mozambique',
    'de la Asamblea de la República de Mozambique',
    "de l'Assemblée de la République du Mozambique",
    'none',
  ),
  NA: chamber('speaker', ...NATIONAL_ASSEMBLY),
  NG: chamber('speaker', ...HOUSE_OF_REPRESENTATIVES),
  RW: chamber('speaker', ...CHAMBER_OF_DEPUTIES),
  SC: chamber('speaker', ...NATIONAL_ASSEMBLY),
  SL: chamber('speaker', ...PARLIAMENT),
  SN: chamber('president', ...NATIONAL_ASSEMBLY),
  SO: chamber(
    'speaker',
    'of the House of the People of the Federal Parliament',
    'de la Cámara del Pueblo del Parlamento Federal',
    'de la Chambre du peuple du Parlement fédéral',
  ),
  SS: chamber(
    'speaker',
    'of the Transitional National Legislative Assembly',
    'de la Asamblea Legislativa Nacional de Transición',
    "de l'Assemblée législative nationale de transition",
  ),
  ST: chamber('president', ...NATIONAL_ASSEMBLY),
  SZ: chamber('speaker', ...HOUSE_OF_ASSEMBLY),
  TD: chamber('president', ...NATIONAL_ASSEMBLY),
  TG: chamber('president', ...NATIONAL_ASSEMBLY),
  TN: chamber(
    'president',
    'of the Assembly of the Representatives of the People',
    'de la Asamblea de Representantes del Pueblo',
    "de l'Assemblée des représentants du peuple",
  ),
  TZ: chamber('speaker', ...NATIONAL_ASSEMBLY),
  UG: chamber('speaker', ...PARLIAMENT),
  ZM: chamber('speaker', ...NATIONAL_ASSEMBLY),
  ZW: chamber('speaker', ...NATIONAL_ASSEMBLY),

  // Asia
  AE: chamber('speaker', 'of the Federal National Council', 'del Consejo Nacional Federal', 'du Conseil national fédéral'),
  BD: chamber('speaker', 'of the Jatiya Sangsad', 'del Jatiya Sangsad', 'du Jatiya Sangsad', 'none'),
  BH: chamber('speaker', ...COUNCIL_OF_REPRESENTATIVES),
  BN: chamber('speaker', 'of the Legislative Council', 'del Consejo Legislativo', 'du Conseil législatif'),
  BT: chamber('speaker', ...NATIONAL_ASSEMBLY),
  IL: chamber('speaker', 'of the Knesset', 'de la Knéset', 'de la Knesset', 'none'),
  IQ: chamber('speaker', ...COUNCIL_OF_REPRESENTATIVES),
  IR: chamber('speaker', 'of the Islamic Consultative Assembly', 'de la Asamblea Consultiva Islámica', "de l'Assemblée consultative islamique"),
  JO: chamber('speaker', ...HOUSE_OF_REPRESENTATIVES),
  KG: chamber('speaker', 'of the Jogorku Kenesh', 'del Jogorku Kenesh', 'du Jogorku Kenesh'),
  KH: chamber('president', ...NATIONAL_ASSEMBLY),
  KP: chamber('chair', "of the Supreme People's Assembly", 'de la Asamblea Popular Suprema', "de l'Assemblée populaire suprême"),
  KZ: chamber('chair', 'of the Mazhilis of the Parliament', 'del Mazhilis del Parlamento', 'du Majilis du Parlement'),
  LA: chamber('president', ...NATIONAL_ASSEMBLY),
  // Lebanon's chamber is the "Parliament" in English, the "Chambre des députés" in French.
  LB: chamber('speaker', 'of the Parliament', 'del Parlamento', 'de la Chambre des députés'),
  LK: chamber('speaker', ...PARLIAMENT),
  // The Pyidaungsu Hluttaw elected in 2025-2026; see the country's note.
  MM: chamber('speaker', 'of the Pyidaungsu Hluttaw', 'del Pyidaungsu Hluttaw', 'du Pyidaungsu Hluttaw', 'none'),
  MN: chamber('chair', 'of the State Great Khural', 'del Gran Jural del Estado', "du Grand Khoural d'État"),
  MV: chamber('speaker', "of the People's Majlis", 'del Majlis del Pueblo', 'du Majlis du peuple'),
  MY: chamber('speaker', 'of the Dewan Rakyat', 'del Dewan Rakyat', 'du Dewan Rakyat', 'none'),
  NP: chamber('speaker', ...HOUSE_OF_REPRESENTATIVES),
  OM: chamber('chair', ...SHURA_COUNCIL),
  PH: chamber('speaker', ...HOUSE_OF_REPRESENTATIVES),
  PK: chamber('speaker', ...NATIONAL_ASSEMBLY),
  QA: chamber('speaker', ...SHURA_COUNCIL),
  SG: chamber('speaker', ...PARLIAMENT),
  SY: chamber('speaker', "of the People's Assembly", 'de la Asamblea Popular', "de l'Assemblée du peuple"),
  // The Speaker of the House of Representatives is ex officio President of the National Assembly.
  TH: chamber('speaker', ...HOUSE_OF_REPRESENTATIVES),
  TJ: chamber(
    'chair',
    'of the Assembly of Representatives of the Supreme Assembly',
    'de la Asamblea de Representantes de la Asamblea Suprema',
    "de l'Assemblée des représentants de l'Assemblée suprême",
  ),
  TL: chamber('president', ...NATIONAL_PARLIAMENT),
  TM: chamber('chair', 'of the Mejlis', 'del Mejlis', 'du Mejlis'),
  UZ: chamber(
    'speaker',
    'of the Legislative Chamber of the Oliy Majlis',
    'de la Cámara Legislativa del Oliy Majlis',
    "de la Chambre législative de l'Oliy Majlis",
  ),
  VN: chamber('chair', ...NATIONAL_ASSEMBLY),
  YE: chamber('speaker', ...HOUSE_OF_REPRESENTATIVES),

  // Oceania
  FJ: chamber('speaker', ...PARLIAMENT),
  FM: chamber('speaker', 'of the Congress', 'del Congreso', 'du Congrès'),
  KI: chamber('speaker', 'of the Maneaba ni Maungatabu', 'del Maneaba ni Maungatabu', 'du Maneaba ni Maungatabu', 'none'),
  MH: chamber('speaker', 'of the Nitijela', 'del Nitijela', 'du Nitijela', 'none'),
  NR: chamber('speaker', ...PARLIAMENT),
  NZ: chamber('speaker', ...HOUSE_OF_REPRESENTATIVES, 'official', 'The Rt Hon'),
  PG: chamber('speaker', ...NATIONAL_PARLIAMENT),
  PW: chamber('speaker', 'of the House of Delegates', 'de la Cámara de Delegados', 'de la Chambre des délégués'),
  SB: chamber('speaker', ...NATIONAL_PARLIAMENT),
  TO: chamber('speaker', ...LEGISLATIVE_ASSEMBLY),
  TV: chamber('speaker', ...PARLIAMENT),
  VU: chamber('speaker', ...PARLIAMENT),
  WS: chamber('speaker', ...LEGISLATIVE_ASSEMBLY),
};

/**
 * Why a state has no president of parliament to write to, as of
 * PROTOCOL_AS_OF: no parliament sits (suspended, dissolved, lapsed, never
 * convened), or the chamber is presided over by the head of state. A letter
 * to such an office prints only what the writer typed, never a chamber.
 */
export type NoParliament = 'none' | 'not-sitting' | 'presided-by-head-of-state';

export const NO_SITTING_PARLIAMENT: Partial<Record<CountryCode, { kind: NoParliament; note: string }>> = {
  AF: { kind: 'not-sitting', note: 'The National Assembly has not sat since August 2021; the de facto authorities rule by decree.' },
  ER: { kind: 'not-sitting', note: 'The National Assembly has not met since 2002.' },
  GW: {
    kind: 'not-sitting',
    note: 'The National People’s Assembly was dissolved in December 2023, and the military took power in November 2025 before a new one sat.',
  },
  HT: { kind: 'not-sitting', note: 'The terms of the last senators ended in January 2023; no parliament has sat since.' },
  KW: { kind: 'not-sitting', note: 'The Amir suspended the National Assembly in May 2024, for up to four years.' },
  NE: { kind: 'not-sitting', note: 'The National Assembly was dissolved after the coup of July 2023; the refoundation council is consultative.' },
  PS: {
    kind: 'not-sitting',
    note: 'The Palestinian Legislative Council has not sat since 2007 and was dissolved in 2018; the Palestinian National Council is the PLO’s, not the State’s.',
  },
  SD: { kind: 'not-sitting', note: 'The Transitional Legislative Council foreseen in 2019 was never formed.' },
  SM: { kind: 'presided-by-head-of-state', note: 'The Captains Regent, the heads of state, preside over the Great and General Council.' },
  VA: { kind: 'none', note: 'The Holy See has no parliament: the Pope holds legislative power.' },
};

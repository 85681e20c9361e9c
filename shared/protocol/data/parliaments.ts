import type { CountryCode, GenderPair, Localized, TitleSpec } from '../types';

/*
 * Presidents of parliaments by their country's own title, in en/es/fr: the
 * chamber that elects the government, or the only one. Every EU member, the
 * G20 and the Americas are here; Spain, France, Germany, the United Kingdom
 * and the United States have their entries in titles.ts. Any other state
 * falls back to "Speaker of the Parliament of …".
 *
 * `official` appends the state's formal name ("President of the Chamber of
 * Deputies of the Italian Republic"); `none` is for a title that names its
 * country already or whose chamber is known by its own name ("Speaker of the
 * Riksdag", "President of the Congress of the Republic of Peru").
 */

type Word = 'president' | 'speaker' | 'chair' | 'marshal' | 'ceann-comhairle';

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
  SA: chamber('chair', 'of the Shura Council', 'del Consejo de la Shura', 'du Conseil de la Choura'),
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
  HT: chamber('president', ...CHAMBER_OF_DEPUTIES),
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
};

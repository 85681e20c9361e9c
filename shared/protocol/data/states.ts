import type { CountryCode, Dignity, MonarchKind, OfficeType, StateForm } from '../types';
import type { TitleKey } from './titles';

/*
 * Form of state and how each state styles its offices, as of
 * PROTOCOL_AS_OF in ./sources.ts. Only what differs from the defaults is
 * listed: a state not named here is a republic whose head of state is the
 * President and whose head of government is the Prime Minister.
 */

type StyledOffice = Exclude<OfficeType, 'custom'>;

export interface OfficeOverride {
  /** A title from titles.ts, or the head of state's own title (presidential systems, Oman). */
  title?: TitleKey | 'same-as-head-of-state';
  dignity?: Dignity;
  /** English domestic style used instead of "His/Her Excellency". */
  enStyle?: string;
}

export interface StateEntry {
  form?: StateForm;
  monarch?: {
    kind: MonarchKind;
    /** [en, es, fr] phrase after the title: "of Spain", "de los belgas". */
    realm: readonly [string, string, string];
    elective?: boolean;
    sharedWith?: CountryCode;
    /** False when the name usually carries the title already (Malaysia: "Sultan Ibrahim"). */
    prefix?: boolean;
  };
  offices?: Partial<Record<StyledOffice, OfficeOverride>>;
  notes?: readonly string[];
}

const REALM_NOTE =
  'Commonwealth realm: the head of state is the British monarch, represented by a Governor-General; letters for the head of state usually go to the Governor-General.';

function realm(en: string, es: string, fr: string): StateEntry {
  return { form: 'constitutional-monarchy', monarch: { kind: 'king', realm: [en, es, fr], sharedWith: 'GB' }, notes: [REALM_NOTE] };
}

function king(en: string, es: string, fr: string, form: StateForm = 'constitutional-monarchy'): StateEntry {
  return { form, monarch: { kind: 'king', realm: [en, es, fr] } };
}

const TRANSITION_NOTE = 'Military-led or transitional authorities: titles of the transition may differ from the constitutional ones. Verify before writing.';

export const STATES: Partial<Record<CountryCode, StateEntry>> = {
  // Europe
  AD: {
    form: 'constitutional-monarchy',
    monarch: { kind: 'co-prince', realm: ['of Andorra', 'de Andorra', "d'Andorre"] },
    offices: { head_of_government: { title: 'head-of-government' } },
    notes: ['Two co-princes are jointly head of state: the President of the French Republic and the Bishop of Urgell.'],
  },
  AT: {
    offices: {
      head_of_state: { title: 'federal-president' },
      head_of_government: { title: 'federal-chancellor' },
      foreign_minister: { title: 'foreign-minister-at' },
    },
  },
  BA: {
    offices: { head_of_state: { title: 'chair-of-the-presidency' }, head_of_government: { title: 'chair-of-the-council-of-ministers' } },
    notes: ['A three-member Presidency is head of state; its chair rotates every eight months.'],
  },
  BE: king('of the Belgians', 'de los belgas', 'des Belges'),
  CH: {
    offices: {
      head_of_state: { title: 'president-of-the-confederation' },
      head_of_government: { title: 'same-as-head-of-state' },
      foreign_minister: { title: 'foreign-minister-ch' },
    },
    notes: ['The seven-member Federal Council is collectively head of state and government; its President, elected for one year, represents it.'],
  },
  DE: {
    offices: {
      head_of_state: { title: 'federal-president' },
      head_of_government: { title: 'federal-chancellor' },
      foreign_minister: { title: 'foreign-minister-de' },
      speaker_of_parliament: { title: 'speaker-de' },
    },
  },
  DK: king('of Denmark', 'de Dinamarca', 'du Danemark'),
  ES: {
    ...king('of Spain', 'de España', "d'Espagne"),
    offices: {
      head_of_government: { title: 'president-of-the-government' },
      foreign_minister: { title: 'foreign-minister-es' },
      speaker_of_parliament: { title: 'speaker-es' },
    },
  },
  FR: { offices: { foreign_minister: { title: 'foreign-minister-fr' }, speaker_of_parliament: { title: 'speaker-fr' } } },
  GB: {
    ...king('of the United Kingdom', 'del Reino Unido', 'du Royaume-Uni'),
    offices: {
      head_of_government: { enStyle: 'The Rt Hon' },
      foreign_minister: { title: 'foreign-minister-gb', enStyle: 'The Rt Hon' },
      speaker_of_parliament: { title: 'speaker-gb', enStyle: 'The Rt Hon' },
    },
    notes: ['The King is also head of state of fourteen other Commonwealth realms.'],
  },
  IE: { offices: { head_of_government: { title: 'taoiseach' } } },
  // The head of government's formal title is "Presidente del Consiglio dei
  // Ministri". Letters keep "Prime Minister" (of the Italian Republic), the
  // title Palazzo Chigi's own English pages, the EU and NGO correspondence use,
  // with "Dear Prime Minister,": "President of the Council of Ministers" is
  // exact but, in English, easily read as the President of the Republic.
  // Writers wanting the formal title override it per recipient.
  IT: { offices: { foreign_minister: { title: 'foreign-minister-it' } } },
  LI: {
    form: 'constitutional-monarchy',
    monarch: { kind: 'prince', realm: ['of Liechtenstein', 'de Liechtenstein', 'de Liechtenstein'] },
    notes: ['The Hereditary Prince has exercised the Reigning Prince’s duties as his representative since 2004.'],
  },
  LU: { form: 'constitutional-monarchy', monarch: { kind: 'grand-duke', realm: ['of Luxembourg', 'de Luxemburgo', 'de Luxembourg'] } },
  MC: {
    form: 'constitutional-monarchy',
    monarch: { kind: 'prince', realm: ['of Monaco', 'de Mónaco', 'de Monaco'] },
    offices: { head_of_government: { title: 'minister-of-state' } },
  },
  NL: king('of the Netherlands', 'de los Países Bajos', 'des Pays-Bas'),
  NO: king('of Norway', 'de Noruega', 'de Norvège'),
  SE: king('of Sweden', 'de Suecia', 'de Suède'),
  SM: {
    offices: {
      head_of_state: { title: 'captain-regent' },
      head_of_government: { title: 'secretary-of-state-san-marino' },
      foreign_minister: { title: 'secretary-of-state-san-marino' },
    },
    notes: ['Two Captains Regent serve jointly for six months (from 1 April and 1 October); letters are usually addressed to both.'],
  },
  VA: {
    form: 'holy-see',
    monarch: { kind: 'pope', realm: ['', '', ''], elective: true },
    offices: {
      head_of_government: { title: 'secretary-of-state-holy-see', dignity: 'eminence' },
      foreign_minister: { title: 'foreign-minister-va' },
      ambassador: { title: 'apostolic-nuncio' },
    },
    notes: ['The sovereign is the Holy See; Vatican City State is its territory. A UN permanent observer state, not a member.'],
  },

  // Americas
  AG: realm('of Antigua and Barbuda', 'de Antigua y Barbuda', "d'Antigua-et-Barbuda"),
  BS: realm('of The Bahamas', 'de las Bahamas', 'des Bahamas'),
  BZ: realm('of Belize', 'de Belice', 'du Belize'),
  CA: { ...realm('of Canada', 'de Canadá', 'du Canada'), offices: { head_of_government: { enStyle: 'The Right Honourable' } } },
  GD: realm('of Grenada', 'de Granada', 'de la Grenade'),
  JM: realm('of Jamaica', 'de Jamaica', 'de la Jamaïque'),
  KN: realm('of Saint Kitts and Nevis', 'de Saint Kitts y Nevis', 'de Saint-Kitts-et-Nevis'),
  LC: realm('of Saint Lucia', 'de Santa Lucía', 'de Sainte-Lucie'),
  MX: { offices: { foreign_minister: { title: 'foreign-minister-mx' } } },
  US: { offices: { foreign_minister: { title: 'foreign-minister-us' }, speaker_of_parliament: { title: 'speaker-us' } } },
  VC: realm('of Saint Vincent and the Grenadines', 'de San Vicente y las Granadinas', 'de Saint-Vincent-et-les Grenadines'),
  HT: { notes: [TRANSITION_NOTE] },

  // Africa
  BF: { notes: [TRANSITION_NOTE] },
  GN: { notes: [TRANSITION_NOTE] },
  LS: king('of Lesotho', 'de Lesotho', 'du Lesotho'),
  LY: {
    offices: { head_of_state: { title: 'chair-of-the-presidential-council' } },
    notes: ['Rival governments in Tripoli and the east; titles follow the UN-recognised Presidential Council and Government of National Unity.'],
  },
  MA: { ...king('of Morocco', 'de Marruecos', 'du Maroc'), offices: { head_of_government: { title: 'head-of-government' } } },
  ML: { notes: [TRANSITION_NOTE] },
  NE: { notes: [TRANSITION_NOTE] },
  SD: { offices: { head_of_state: { title: 'chair-of-the-sovereignty-council' } }, notes: [TRANSITION_NOTE] },
  SZ: {
    ...king('of Eswatini', 'de Eswatini', "d'Eswatini", 'absolute-monarchy'),
    notes: ['The King (Ngwenyama) reigns with the Queen Mother (Ndlovukati) as traditional co-head of state.'],
  },
  MG: { notes: [TRANSITION_NOTE] },
  // Tunisia's constitutions (2014, 2022) name a "Chef du gouvernement", not a prime minister.
  TN: { offices: { head_of_government: { title: 'head-of-government' } } },
  TG: {
    offices: { head_of_government: { title: 'president-of-the-council-of-ministers' } },
    notes: ['Under the 2024 constitution the President of the Council of Ministers leads the executive; the President of the Republic is ceremonial.'],
  },

  // Asia
  AE: {
    form: 'absolute-monarchy',
    monarch: { kind: 'federal-president', realm: ['of the United Arab Emirates', 'de los Emiratos Árabes Unidos', 'des Émirats arabes unis'], elective: true },
    offices: { head_of_government: { dignity: 'highness' } },
    notes: ['A federation of seven emirates; the President and the Prime Minister are ruling emirs, styled His Highness.'],
  },
  AF: {
    offices: { head_of_state: { title: 'supreme-leader' } },
    notes: [
      'Governed de facto since August 2021 by the Taliban ("Islamic Emirate"), which the UN does not recognise; titles use the neutral name "Afghanistan". Verify before writing.',
    ],
  },
  BH: {
    ...king('of Bahrain', 'de Bahrein', 'de Bahreïn'),
    offices: { head_of_government: { dignity: 'royal-highness' } },
    notes: ['The Prime Minister is the Crown Prince, styled His Royal Highness.'],
  },
  BD: {
    notes: [
      'An interim government led by a Chief Adviser governed from August 2024 until the elected government took office in 2026. Verify the title before writing.',
    ],
  },
  BN: {
    form: 'absolute-monarchy',
    monarch: {
      kind: 'sultan',
      realm: ['and Yang Di-Pertuan of Brunei Darussalam', 'y Yang Di-Pertuan de Brunei Darussalam', 'et Yang Di-Pertuan du Brunéi Darussalam'],
    },
    offices: { head_of_government: { title: 'same-as-head-of-state' } },
    notes: ['The Sultan is also Prime Minister.'],
  },
  BT: { ...king('of Bhutan', 'de Bhután', 'du Bhoutan'), notes: ['The King is the Druk Gyalpo.'] },
  CN: { offices: { head_of_government: { title: 'premier-of-the-state-council' } } },
  IN: { offices: { foreign_minister: { title: 'foreign-minister-in' } } },
  IR: {
    offices: { head_of_state: { title: 'supreme-leader' }, head_of_government: { title: 'president' } },
    notes: ['The Supreme Leader is head of state; the President heads the government.'],
  },
  JO: king('of Jordan', 'de Jordania', 'de Jordanie'),
  JP: { form: 'constitutional-monarchy', monarch: { kind: 'emperor', realm: ['of Japan', 'del Japón', 'du Japon'] } },
  KH: king('of Cambodia', 'de Camboya', 'du Cambodge'),
  KP: {
    offices: { head_of_state: { title: 'president-of-the-state-affairs' }, head_of_government: { title: 'premier-of-the-cabinet' } },
  },
  KW: {
    form: 'constitutional-monarchy',
    monarch: { kind: 'emir', realm: ['of the State of Kuwait', 'del Estado de Kuwait', "de l'État du Koweït"] },
    offices: { head_of_government: { dignity: 'highness' } },
    notes: ['The Prime Minister is a member of the ruling family, styled His Highness.'],
  },
  MM: { notes: [TRANSITION_NOTE] },
  MY: {
    form: 'constitutional-monarchy',
    monarch: { kind: 'king', realm: ['of Malaysia', 'de Malasia', 'de Malaisie'], elective: true, prefix: false },
    notes: ['The King (Yang di-Pertuan Agong) is elected for five years from the nine hereditary Malay rulers; the name usually carries "Sultan".'],
  },
  OM: {
    form: 'absolute-monarchy',
    monarch: { kind: 'sultan', realm: ['of Oman', 'de Omán', "d'Oman"] },
    offices: { head_of_government: { title: 'same-as-head-of-state' } },
    notes: ['The Sultan also presides over the Council of Ministers.'],
  },
  QA: { form: 'absolute-monarchy', monarch: { kind: 'emir', realm: ['of the State of Qatar', 'del Estado de Qatar', "de l'État du Qatar"] } },
  SA: {
    ...king('of Saudi Arabia', 'de Arabia Saudita', "d'Arabie saoudite", 'absolute-monarchy'),
    offices: { head_of_government: { dignity: 'royal-highness' } },
    notes: ['The King’s official style opens with "Custodian of the Two Holy Mosques".', 'The Prime Minister is the Crown Prince, styled His Royal Highness.'],
  },
  SY: {
    notes: [
      'Transitional authorities since December 2024: under the constitutional declaration of March 2025 the President also heads the government, and there is no prime minister.',
    ],
  },
  TH: king('of Thailand', 'de Tailandia', 'de Thaïlande'),
  YE: { offices: { head_of_state: { title: 'chair-of-the-presidential-leadership-council' } } },

  // Oceania
  AU: { ...realm('of Australia', 'de Australia', "d'Australie"), offices: { head_of_government: { enStyle: 'The Hon' } } },
  NZ: { ...realm('of New Zealand', 'de Nueva Zelanda', 'de Nouvelle-Zélande'), offices: { head_of_government: { enStyle: 'The Rt Hon' } } },
  PG: realm('of Papua New Guinea', 'de Papúa Nueva Guinea', 'de Papouasie-Nouvelle-Guinée'),
  SB: realm('of Solomon Islands', 'de las Islas Salomón', 'des Îles Salomon'),
  TO: king('of Tonga', 'de Tonga', 'des Tonga'),
  TV: realm('of Tuvalu', 'de Tuvalu', 'des Tuvalu'),
  WS: {
    offices: { head_of_state: { title: 'head-of-state-samoa', dignity: 'highness' } },
    notes: ['The Head of State (O le Ao o le Malo) is elected by Parliament and styled His Highness.'],
  },
};

/**
 * Republics whose President is also head of government, so that office is
 * titled "President" too. Where a prime minister exists beside such a
 * president (Peru, Guyana, Korea, Sri Lanka, Tanzania, Uganda), the
 * constitution still makes the President head of government.
 */
export const PRESIDENTIAL: readonly CountryCode[] = [
  // Americas
  'AR',
  'BO',
  'BR',
  'CL',
  'CO',
  'CR',
  'DO',
  'EC',
  'GT',
  'GY',
  'HN',
  'MX',
  'NI',
  'PA',
  'PE',
  'PY',
  'SR',
  'SV',
  'US',
  'UY',
  'VE',
  // Africa
  'AO',
  'BJ',
  'BW',
  'ER',
  'GA',
  'GH',
  'GM',
  'KE',
  'KM',
  'LR',
  'MW',
  'NA',
  'NG',
  'SC',
  'SL',
  'SS',
  'TZ',
  'UG',
  'ZA',
  'ZM',
  'ZW',
  // Asia and Europe
  'CY',
  'ID',
  'KG',
  'KR',
  'LK',
  'MV',
  'PH',
  'SY',
  'TM',
  'TR',
  // Oceania
  'FM',
  'KI',
  'MH',
  'NR',
  'PW',
];

/** Spanish-speaking America and Brazil: "Ministro de Relaciones Exteriores". Mexico has its own title. */
export const RELACIONES_EXTERIORES: readonly CountryCode[] = [
  'AR',
  'BO',
  'BR',
  'CL',
  'CO',
  'CR',
  'CU',
  'DO',
  'EC',
  'GT',
  'HN',
  'NI',
  'PA',
  'PE',
  'PY',
  'SV',
  'UY',
  'VE',
];

import type { Language } from '../recipients/schemas';
import type { CountryCode } from './data/official-names';

export type { CountryCode } from './data/official-names';
export type { Gender, Language } from '../recipients/schemas';

/** The offices Letterdesk knows how to address; anything else is `custom`. */
export const OFFICE_TYPES = ['head_of_state', 'head_of_government', 'foreign_minister', 'ambassador', 'speaker_of_parliament', 'custom'] as const;
export type OfficeType = (typeof OFFICE_TYPES)[number];

export type StateForm = 'republic' | 'constitutional-monarchy' | 'absolute-monarchy' | 'holy-see';

/**
 * What the sovereign is called. `federal-president` is the UAE: an elected
 * President chosen among the seven ruling emirs, styled His Highness.
 */
export type MonarchKind = 'king' | 'emperor' | 'emir' | 'sultan' | 'grand-duke' | 'prince' | 'co-prince' | 'federal-president' | 'pope';

/** The rank behind the honorific ("His Majesty", "His Holiness"…). */
export type Dignity = 'excellency' | 'majesty' | 'highness' | 'royal-highness' | 'serene-highness' | 'holiness' | 'eminence';

export type Region = 'Africa' | 'Americas' | 'Asia' | 'Europe' | 'Oceania';

/** Group ids. "AU" is the African Union here, never Australia (a CountryCode). */
export const GROUP_IDS = ['EU', 'OAS', 'COE', 'G7', 'G20', 'NATO', 'AU', 'ASEAN'] as const;
export type GroupId = (typeof GROUP_IDS)[number];

/** The letter languages, as a value (the type comes from shared/domain). */
export const PROTOCOL_LANGUAGES = ['en', 'es', 'fr'] as const satisfies readonly Language[];

/** A text in each letter language. */
export type Localized<T = string> = Record<Language, T>;

/** Masculine and feminine forms; the masculine doubles as the generic form. */
export interface GenderPair {
  m: string;
  f: string;
}

/**
 * How an office is named and addressed in each language.
 * - `title`: the office alone ("Prime Minister").
 * - `state`: `official` appends the state's formal name ("of the Kingdom of
 *   Spain"); `none` when the title already says it ("President of the Swiss
 *   Confederation", "King of Spain").
 * - `address`: the vocative used in the salutation and close ("Mr President",
 *   "Señora Presidenta", "Monsieur le Premier ministre"). Absent in a
 *   language: fall back to "Excellency".
 * - `consideration`: French protocol keeps "très haute considération" for
 *   heads of state, government and ministers; ambassadors get "haute".
 */
export interface TitleSpec {
  title: Localized<GenderPair>;
  state: 'official' | 'none';
  address: Partial<Localized<GenderPair>>;
  consideration?: 'highest' | 'high';
}

/** One office as a given state styles it. */
export interface OfficeStyle {
  spec: TitleSpec;
  dignity: Dignity;
  /**
   * English domestic style that replaces "His/Her Excellency" in English
   * letters ("The Rt Hon" for the UK Prime Minister).
   */
  enStyle?: string;
  /** Word put before the name when it is missing: "King" Felipe VI, "Pope" Leo XIV. */
  namePrefix?: Localized<GenderPair>;
  /** English style after "His/Her Excellency": a realm's Governor-General ("the Right Honourable"). */
  enStyleAfterHonorific?: string;
  /** The full title comes from `spec`, not from the text typed (a bare "Governor-General"). */
  titleFromStyle?: boolean;
}

export interface CountryName {
  common: string;
  /** Formal name without its article: "Kingdom of Spain". */
  official: string;
  /** The formal name's definite article as written after "of/de": "the", "el", "l'"; "" for none. */
  article: string;
}

export interface Monarch {
  kind: MonarchKind;
  /** Elected from among rulers (Malaysia, the UAE, the Holy See). */
  elective?: boolean;
  /** Commonwealth realms share the British monarch, represented by a Governor-General. */
  sharedWith?: CountryCode;
  /** The realm phrase after the monarch's title: "of Spain", "des Belges". */
  realm: Localized;
}

export interface CountryRecord {
  alpha2: CountryCode;
  alpha3: string;
  numeric: string;
  /** False only for the Holy See and Palestine, the two UN observer states. */
  unMember: boolean;
  names: Localized<CountryName>;
  /** The line for the country at the foot of an address ("Vatican City" for the Holy See). */
  postal: Localized;
  region: Region;
  /** UN M49 sub-region, or its intermediate region in Africa and Latin America. */
  subregion: string;
  form: StateForm;
  monarch?: Monarch;
  groups: readonly GroupId[];
  /** Caveats a writer should see: de facto authorities, regents, transitional councils. */
  notes: readonly string[];
}

export interface GroupRecord {
  id: GroupId;
  names: Localized;
  abbreviations: Localized;
  /** Member states, by ISO alpha-2. */
  members: readonly CountryCode[];
  /** Blocs that sit as members (the EU and the African Union in the G20). */
  blocMembers: readonly GroupId[];
  /** Date the list was last checked against the organisation's own list. */
  asOf: string;
  notes: readonly string[];
}

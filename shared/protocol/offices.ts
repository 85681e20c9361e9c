import { MONARCH_STYLES } from './data/monarchs';
import { NO_SITTING_PARLIAMENT, PARLIAMENTS, type NoParliament } from './data/parliaments';
import { PRESIDENTIAL, RELACIONES_EXTERIORES, STATES, type OfficeOverride } from './data/states';
import { TITLES, type TitleKey } from './data/titles';
import { capitalize, ofPhrase } from './names';
import { ofOfficialName } from './place-phrases';
import {
  PROTOCOL_LANGUAGES,
  type CountryRecord,
  type Gender,
  type GenderPair,
  type Language,
  type Localized,
  type OfficeStyle,
  type OfficeType,
  type TitleSpec,
} from './types';

/*
 * Each state's titles for its offices: a monarch's own title and style, the
 * curated exceptions in data/states.ts, and defaults for the rest (President,
 * Prime Minister, Minister of Foreign Affairs, Ambassador, Speaker).
 */

export type StyledOffice = Exclude<OfficeType, 'custom'>;

const DEFAULT_TITLE: Record<StyledOffice, TitleKey> = {
  head_of_state: 'president',
  head_of_government: 'prime-minister',
  foreign_minister: 'foreign-minister',
  ambassador: 'ambassador',
  speaker_of_parliament: 'speaker',
};

function monarchStyle(country: CountryRecord): OfficeStyle | undefined {
  const monarch = country.monarch;
  if (!monarch) return undefined;
  const style = MONARCH_STYLES[monarch.kind];
  const prefixAllowed = STATES[country.alpha2]?.monarch?.prefix !== false;
  const title = {} as Localized<GenderPair>;
  for (const language of PROTOCOL_LANGUAGES) {
    const word = style.word[language];
    const realm = monarch.realm[language];
    const join = (w: string) => (realm ? `${w} ${realm}` : w);
    title[language] = { m: join(word.m), f: join(word.f) };
  }
  const spec: TitleSpec = { title, state: 'none', address: {} };
  return { spec, dignity: style.dignity, ...(style.prefix && prefixAllowed ? { namePrefix: style.prefix } : {}) };
}

function defaultTitle(country: CountryRecord, office: StyledOffice): TitleKey {
  if (office === 'foreign_minister' && RELACIONES_EXTERIORES.includes(country.alpha2)) return 'foreign-minister-americas';
  return DEFAULT_TITLE[office];
}

/** How `country` names and styles `office`. */
export function officeStyle(country: CountryRecord, office: StyledOffice): OfficeStyle {
  const override: OfficeOverride = STATES[country.alpha2]?.offices?.[office] ?? {};
  const headOfState = (): OfficeStyle => monarchStyle(country) ?? styleFrom(country, 'head_of_state', STATES[country.alpha2]?.offices?.head_of_state ?? {});

  if (office === 'head_of_state') return headOfState();
  const sameAsHead =
    office === 'head_of_government' && (override.title === 'same-as-head-of-state' || (override.title === undefined && PRESIDENTIAL.includes(country.alpha2)));
  if (sameAsHead) return headOfState();
  return styleFrom(country, office, override);
}

// No chamber to name: the title is empty in every language, so a letter prints only what the writer typed.
const NO_TITLE: TitleSpec = {
  title: { en: { m: '', f: '' }, es: { m: '', f: '' }, fr: { m: '', f: '' } },
  state: 'none',
  address: {},
};

/** Why the state has no president of parliament to write to, or undefined when it has one. */
export function noSittingParliament(country: CountryRecord): { kind: NoParliament; note: string } | undefined {
  return NO_SITTING_PARLIAMENT[country.alpha2];
}

function styleFrom(country: CountryRecord, office: StyledOffice, override: OfficeOverride): OfficeStyle {
  if (office === 'speaker_of_parliament' && NO_SITTING_PARLIAMENT[country.alpha2]) return { spec: NO_TITLE, dignity: 'excellency' };
  const parliament = office === 'speaker_of_parliament' && !override.title ? PARLIAMENTS[country.alpha2] : undefined;
  if (parliament) return { spec: parliament.spec, dignity: override.dignity ?? 'excellency', ...(parliament.enStyle ? { enStyle: parliament.enStyle } : {}) };
  const key = override.title && override.title !== 'same-as-head-of-state' ? override.title : defaultTitle(country, office);
  return {
    spec: TITLES[key],
    dignity: override.dignity ?? 'excellency',
    ...(override.enStyle ? { enStyle: override.enStyle } : {}),
  };
}

/** Picks the masculine form when the gender is not recorded, as protocol lists do. */
export function byGender(pair: GenderPair, gender: Gender): string {
  return gender === 'female' ? pair.f : pair.m;
}

/** The office alone: "Prime Minister", "Presidenta del Gobierno", "Reine des Pays-Bas"; '' for a parliament that does not sit. */
export function officeTitle(country: CountryRecord, office: StyledOffice, gender: Gender, language: Language): string {
  return byGender(officeStyle(country, office).spec.title[language], gender);
}

/**
 * The office with its state: "Prime Minister of the Kingdom of Spain",
 * "Presidente de la República Francesa", "Président des États-Unis
 * d'Amérique", "King of Spain".
 */
export function fullOfficeTitle(country: CountryRecord, office: StyledOffice, gender: Gender, language: Language): string {
  const { spec } = officeStyle(country, office);
  const title = byGender(spec.title[language], gender);
  if (spec.state !== 'official') return capitalize(title);
  const { article, official } = country.names[language];
  return capitalize(`${title} ${ofPhrase(language, article, official)}`);
}

/** The formal name as it reads after a title, exported for templates ("del Reino de España"). */
export function ofState(country: CountryRecord, language: Language): string {
  return ofOfficialName(country, language);
}

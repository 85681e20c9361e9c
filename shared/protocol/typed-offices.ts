import { GOVERNORS_GENERAL } from './data/governors-general';
import { TITLES } from './data/titles';
import { fullOfficeTitle, officeStyle, officeTitle, type StyledOffice } from './offices';
import { officeParts, recogniseOffice } from './recognise-office';
import { foldForSearch } from '../text/fold';
import { PROTOCOL_LANGUAGES, type CountryRecord, type GenderPair, type Localized, type OfficeStyle, type OfficeType } from './types';

/*
 * Offices as people type them, beyond the state's own five titles:
 * - a title that joins offices ("Crown Prince and Prime Minister") is
 *   addressed as its highest office but printed as typed, and a royal holder
 *   keeps his or her own style ("His Royal Highness");
 * - a rank the user chose for a title Letterdesk does not know prints that
 *   title as typed, with the rank's honorific and salutation;
 * - a custom office that names a minister is addressed as one ("Minister of
 *   Justice"), deputies and vice-ministers are not given Excellency;
 * - Governors-General of the Commonwealth realms are Excellencies, with the
 *   realm's own English style ("the Right Honourable" in Canada).
 */

const folded = (text: string) =>
  foldForSearch(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

// A custom office that names a minister; deputies and vice-ministers are not given Excellency.
const MINISTERIAL = /\b(minister|ministra|ministro|ministre)\b|secretary of state|secretari[oa] de estado|secretaire d.etat/;
const JUNIOR = /\b(deputy|junior|adjointe?|state minister)\b|\bvice/;

const GOVERNOR_GENERAL = /^(?:the )?(?:governor general|gobernador general|gobernadora general|gouverneur general|gouverneure generale)\b/;

// Words that make the holder royal: his or her own style outranks Excellency.
const ROYAL =
  /\b(crown prince|crown princess|prince|princess|principe heredero|princesa heredera|principe|princesa|prince heritier|princesse heritiere|princesse|emir|amir)\b/;

// A part of a joined title that names an office: "Crown Prince and Prime Minister" joins two,
// "Prime Minister of Trinidad and Tobago" only one (the "and" is the country's).
const OFFICE_WORD =
  /\b(minister|ministra|ministro|ministre|president|presidente|presidenta|prince|princess|principe|princesa|princesse|premier|premiere|chancellor|canciller|chancelier|chanceliere|secretary|secretario|secretaria|secretaire|head|jefe|jefa|chef|cheffe|king|queen|rey|reina|roi|reine|emir|amir|sultan|speaker|governor|gobernador|gobernadora|gouverneur|gouverneure|taoiseach|ambassador|embajador|embajadora|ambassadeur|ambassadrice)\b/;

const same = (title: string): Localized<GenderPair> => ({ en: { m: title, f: title }, es: { m: title, f: title }, fr: { m: title, f: title } });

function governorGeneralStyle(country: CountryRecord, typed: string): OfficeStyle {
  const realm = GOVERNORS_GENERAL[country.alpha2];
  // A bare "Governor-General" gets the realm: "Governor General of Canada", "Gobernadora General de Canadá".
  const bare = GOVERNOR_GENERAL.test(typed) && typed.replace(GOVERNOR_GENERAL, '').trim() === '';
  const of = country.monarch?.realm;
  const title: Localized<GenderPair> =
    bare && realm && of
      ? {
          en: { m: `${realm.title} ${of.en}`, f: `${realm.title} ${of.en}` },
          es: { m: `Gobernador General ${of.es}`, f: `Gobernadora General ${of.es}` },
          fr: { m: `Gouverneur général ${of.fr}`, f: `Gouverneure générale ${of.fr}` },
        }
      : same('');
  return {
    spec: { title, state: 'none', address: {} },
    dignity: 'excellency',
    ...(bare && realm && of ? { titleFromStyle: true } : {}),
    ...(realm?.style ? { enStyleAfterHonorific: realm.style } : {}),
  };
}

/** The style of a `custom` office from its typed title, or undefined for plain courtesy forms. */
export function customOfficeStyle(title: string, country: CountryRecord): OfficeStyle | undefined {
  const text = folded(title);
  if (GOVERNOR_GENERAL.test(text) && !JUNIOR.test(text)) return governorGeneralStyle(country, text);
  const minister: OfficeStyle = { spec: { title: same(title), state: 'none', address: TITLES['foreign-minister'].address }, dignity: 'excellency' };
  // A crown prince is His (Royal) Highness, deputy prime minister or not.
  if (ROYAL.test(text) && country.monarch) return withRoyalStyle(minister, country, title);
  if (!MINISTERIAL.test(text) || JUNIOR.test(text)) return undefined;
  return minister;
}

/** Whether the typed text is this state's own title for the office, in any letter language. */
function isOwnTitle(country: CountryRecord, office: StyledOffice, typed: string): boolean {
  const text = folded(typed).replace(/^the /, '');
  return PROTOCOL_LANGUAGES.some((language) =>
    (['male', 'female'] as const).some(
      (gender) => folded(officeTitle(country, office, gender, language)) === text || folded(fullOfficeTitle(country, office, gender, language)) === text,
    ),
  );
}

/**
 * Whether a styled office prints its title as typed: the title joins offices
 * ("Prime Minister and Minister of Foreign Affairs") or names none Letterdesk
 * knows (the user chose the rank), and is not the state's own title anyway.
 */
export function printsTypedTitle(country: CountryRecord, office: StyledOffice, typed: string | undefined): typed is string {
  if (!typed || typed.trim() === '') return false;
  const joined = officeParts(typed).filter((part) => OFFICE_WORD.test(folded(part))).length > 1;
  if (!joined && recogniseOffice(typed) !== 'custom') return false;
  return !isOwnTitle(country, office, typed);
}

const PRINCE = { en: { m: 'Prince', f: 'Princess' }, es: { m: 'el Príncipe', f: 'la Princesa' }, fr: { m: 'le Prince', f: 'la Princesse' } };

/**
 * A royal holder's own style: a Crown Prince who is Prime Minister is "His
 * Royal Highness" in a kingdom, "His Highness" in an emirate. A style the
 * state already gives the office (Bahrain's, Kuwait's) is kept.
 */
export function withRoyalStyle(style: OfficeStyle, country: CountryRecord, typed: string | undefined): OfficeStyle {
  if (!typed || !country.monarch || !ROYAL.test(folded(typed))) return style;
  const kingdom = ['king', 'emperor', 'sultan', 'grand-duke'].includes(country.monarch.kind);
  if (style.dignity === 'excellency' && !kingdom) return { ...style, dignity: 'highness', enStyle: undefined };
  if (style.dignity === 'excellency' || style.dignity === 'royal-highness')
    return { ...style, dignity: 'royal-highness', enStyle: undefined, namePrefix: PRINCE };
  return style;
}

/**
 * The style for an office as typed and ranked. A Governor-General keeps his
 * or her own style whatever rank was chosen: the King's representative is
 * an Excellency, not a Majesty.
 */
export function typedOfficeStyle(office: OfficeType, country: CountryRecord, typed: string | undefined): OfficeStyle | undefined {
  const text = folded(typed ?? '');
  if (office === 'custom' || (GOVERNOR_GENERAL.test(text) && !JUNIOR.test(text))) return customOfficeStyle(typed ?? '', country);
  return withRoyalStyle(officeStyle(country, office), country, typed);
}

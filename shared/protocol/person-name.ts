/*
 * Names as partners' lists write them, put into the order and case a letter
 * uses: "O'Brien, Siobhán" → "Siobhán O'Brien", "LÓPEZ GARCÍA, Ana" → "Ana
 * López García", "DUPONT Jean" → "Jean Dupont", "VAN DER BERG, Jan" → "Jan
 * van der Berg".
 *
 * Conservative on purpose: it proposes, the person decides (the CSV preview
 * lists every change and each can be reverted; the recipient form offers it as
 * a suggestion). So:
 * - A name with any letter outside the Latin script is never touched
 *   ("Κυριάκος Μητσοτάκης", "Владимир Путин", "习近平", "محمد بن سلمان").
 * - Words already in mixed case are kept exactly as written ("McDonald",
 *   "MacLeod", "van der Bellen", "al-Sisi").
 * - Where the country writes the surname first (China, Japan, both Koreas,
 *   Viet Nam, Cambodia), "XI Jinping" becomes "Xi Jinping", not "Jinping Xi",
 *   and "Xi, Jinping" becomes "Xi Jinping".
 * - More than one comma, or what follows the comma being a suffix ("Jr",
 *   "III", "OBE"), is left in its order.
 */

/** States whose names are written surname first, in letters too. */
const SURNAME_FIRST = new Set(['CN', 'JP', 'KR', 'KP', 'VN', 'KH']);

/** Where capital I lowers to dotless ı: "ÇAKIR" is "Çakır". */
const TURKIC_LOCALE: Record<string, string> = { TR: 'tr', AZ: 'az' };

/** Lower-case particles inside a surname ("de la", "van der", "bin"). */
const PARTICLES = new Set(
  'de del della dei degli di da das do dos du des la las le les lo van von der den ter ten zu y e i bin bint binti ibn ben bat'.split(' '),
);

/** After a comma these qualify the name instead of being given names. */
const SUFFIXES = /^(?:jr|jnr|sr|snr|[ivx]+|ph ?d|md|mp|qc|kc|obe|mbe|cbe|kbe|dbe|gcmg|kcmg|ac|ao|am|oc|cc|onz|gnzm)\.?$/i;

const ROMAN = /^[IVX]+$/;

// Every letter in the Latin script (with its accents): the only names we recase or reorder.
const LATIN_ONLY = /^[\p{Script=Latin}\p{M}\s'’.,\-‐()]*$/u;

function isAllCaps(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toLocaleUpperCase() && letters !== letters.toLocaleLowerCase();
}

/** Where a word stands: after the name's first word, after its own run's (surname's) first word. */
interface Place {
  inName: boolean;
  inRun: boolean;
}

/**
 * One all-capital word in its usual case: "GARCÍA" → "García",
 * "O'BRIEN" → "O'Brien", "AL-THANI" → "Al-Thani", "MCDONALD" → "McDonald".
 * Particles after the first word are lower case ("Jan van der Berg"); an
 * elision is, after the surname's first word ("Valéry Giscard d'Estaing",
 * but "Maria D'Souza"); "III" after a name is a regnal number.
 */
function recaseWord(word: string, place: Place, locale: string | undefined): string {
  if (place.inName && ROMAN.test(word)) return word;
  const lower = word.toLocaleLowerCase(locale);
  if (place.inName && PARTICLES.has(lower)) return lower;
  const elided = /^([dl])(['’])(.+)$/u.exec(lower);
  if (elided && place.inRun) return `${elided[1]}${elided[2]}${recaseWord(elided[3], { inName: false, inRun: false }, locale)}`;
  return lower
    .split(/([-‐'’])/u)
    .map((part, i, parts) => {
      if (i % 2 === 1) return part;
      const cased = part.charAt(0).toLocaleUpperCase(locale) + part.slice(1);
      const mc = /^Mc(\p{L})(.*)$/u.exec(cased);
      return mc && parts.length === 1 ? `Mc${mc[1].toLocaleUpperCase(locale)}${mc[2]}` : cased;
    })
    .join('');
}

/**
 * Which words are written in capitals. A one-letter "Y", "E" or "I" between
 * two such words is the conjunction of a compound surname ("LÓPEZ Y GARCÍA").
 */
function capitals(words: readonly string[]): boolean[] {
  const caps = words.map(isAllCaps);
  return caps.map((c, i) => c || (/^[YEI]$/.test(words[i]) && caps[i - 1] === true && caps[i + 1] === true));
}

/** Recases the all-capital words of a run of words; mixed-case words are kept as written. */
function recase(words: readonly string[], startsName: boolean, locale: string | undefined): string[] {
  const caps = capitals(words);
  return words.map((word, i) => (caps[i] ? recaseWord(word, { inName: !startsName || i > 0, inRun: i > 0 }, locale) : word));
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/**
 * The name as a letter writes it, or the text unchanged (trimmed, spaces
 * collapsed) when there is nothing to change or it cannot be told safely.
 * `countryCode` is the recipient's state, for the order of names.
 */
export function conventionalName(text: string, countryCode?: string): string {
  const name = text.replace(/\s+/g, ' ').trim();
  // Most names need nothing: no comma and no word in capitals (this runs for every row of an import).
  if (!name.includes(',') && !/\p{Lu}\p{Lu}/u.test(name)) return name;
  if (name === '' || !LATIN_ONLY.test(name) || !/\p{L}/u.test(name)) return name;
  const country = countryCode?.toUpperCase() ?? '';
  const surnameFirst = SURNAME_FIRST.has(country);
  const locale = TURKIC_LOCALE[country];

  const commas = name.split(',');
  if (commas.length === 2) {
    const surname = words(commas[0]);
    const given = words(commas[1]);
    if (surname.length > 0 && given.length > 0 && !given.every((w) => SUFFIXES.test(w))) {
      return surnameFirst
        ? [...recase(surname, true, locale), ...recase(given, false, locale)].join(' ')
        : [...recase(given, true, locale), ...recase(surname, false, locale)].join(' ');
    }
    return name;
  }
  if (commas.length > 2) return name;

  const all = words(name);
  // "DUPONT Jean", "LÓPEZ GARCÍA Ana": capitals first, then the given names.
  const caps = capitals(all);
  const leadingCaps = caps.indexOf(false);
  if (!surnameFirst && leadingCaps > 0 && caps.slice(leadingCaps).every((c) => !c)) {
    return [...recase(all.slice(leadingCaps), true, locale), ...recase(all.slice(0, leadingCaps), false, locale)].join(' ');
  }
  return recase(all, true, locale).join(' ');
}

/** The suggested form of a name, or undefined when it is already written that way. */
export function suggestedName(text: string, countryCode?: string): string | undefined {
  const suggestion = conventionalName(text, countryCode);
  return suggestion !== text.replace(/\s+/g, ' ').trim() ? suggestion : undefined;
}

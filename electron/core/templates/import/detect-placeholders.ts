import type { FieldFormat } from '../../../../shared/letter/merge/field-format';
import { findAlternatives, isCapsLabel, isIdentifierLabel, labelKey, mapLabel } from './placeholder-lexicon';
import type { PlaceholderMapping } from './types';

/*
 * Placeholder detection on the joined text of one paragraph, so a marker
 * Word split across several runs ("**NAME OF" + " THE PRESIDENT**") is still
 * found. Bold flags, one per character, let bold all-caps text count too.
 */

export interface FoundPlaceholder {
  start: number;
  end: number;
  kind: 'marker' | 'alternative';
  /** Occurrences with the same key are one placeholder. */
  key: string;
  /** Shown in the document while unmapped: "[[COUNTRY]]". */
  label: string;
  raw: string;
  mapping: PlaceholderMapping;
  /** This occurrence's own format: "The Republic of…" at a sentence start is capitalised. */
  format?: FieldFormat;
  /** Found because it was bold: the merged value is not bold. */
  fromBold: boolean;
}

interface Syntax {
  pattern: RegExp;
  accepts: (label: string) => boolean;
}

const SYNTAXES: Syntax[] = [
  { pattern: /\*\*([^*\n]{1,100})\*\*/g, accepts: isCapsLabel },
  { pattern: /\[([^[\]\n]{1,100})\]/g, accepts: isCapsLabel },
  { pattern: /\{\{([^{}\n]{1,100})\}\}/g, accepts: (label) => label.trim() !== '' },
  // French quotes surround ordinary quotations too: only a bare name or capitals.
  { pattern: /«([^«»\n]{1,100})»/g, accepts: (label) => isIdentifierLabel(label) || isCapsLabel(label) },
  { pattern: /<<([^<>\n]{1,100})>>/g, accepts: (label) => isIdentifierLabel(label) || isCapsLabel(label) },
];

// Text and punctuation trimmed from a bold run before it is tested for capitals.
const EDGE = /^[\s"“”'‘’.,;:!?()]+|[\s"“”'‘’.,;:!?()]+$/gu;
const REPUBLIC_BEFORE = /(?<![\p{L}\p{N}])(the|la)[ \t\u00a0]+(?:republic[ \t\u00a0]+of|rep[úu]blica[ \t\u00a0]+de|r[ée]publique[ \t\u00a0]+de)[ \t\u00a0]+$/iu;
const OF_BETWEEN = /^[ \t\u00a0]+(?:of|de|du)[ \t\u00a0]+$/i;
// A preposition right before the country (or before "the Republic of"): "in COUNTRY", "de PAÍS", "au PAYS".
// French "à" is left out: before a country it may be the dative ("demander à PAYS"), which "au"/"en" would not fit.
const OF_BEFORE = /(?<![\p{L}\p{N}'’])(?:(of|de|du|des)[ \t\u00a0]+|(d)['’])$/iu;
const IN_BEFORE = /(?<![\p{L}\p{N}'’])(in|en|au|aux)[ \t\u00a0]+$/iu;

export function findPlaceholders(text: string, bold: readonly boolean[] | null): FoundPlaceholder[] {
  const found: FoundPlaceholder[] = [];
  // One flag per character, so overlap checks cost the length of a match, not the number found.
  const claimed = new Uint8Array(text.length);
  const claim = (start: number, end: number): boolean => {
    if (claimed.subarray(start, end).includes(1)) return false;
    claimed.fill(1, start, end);
    return true;
  };
  const marker = (start: number, end: number, label: string, raw: string, fromBold: boolean): void => {
    if (claim(start, end)) found.push({ start, end, kind: 'marker', key: `m:${labelKey(label)}`, label, raw, mapping: mapLabel(label), fromBold });
  };

  for (const { pattern, accepts } of SYNTAXES) {
    for (const m of text.matchAll(pattern)) {
      const label = (m[1] ?? '').trim();
      if (accepts(label)) marker(m.index, m.index + m[0].length, label, m[0], false);
    }
  }
  for (const [start, end] of boldSpans(text, bold)) {
    const inner = text.slice(start, end);
    const label = inner.replace(EDGE, '');
    if (!isCapsLabel(label)) continue;
    const at = start + inner.indexOf(label);
    marker(at, at + label.length, label, `**${label}**`, true);
  }
  // Keyed as written: "His/Her" and "his/her" need different options.
  for (const alt of findAlternatives(text, claim)) {
    const raw = text.slice(alt.start, alt.end);
    found.push({
      start: alt.start,
      end: alt.end,
      kind: 'alternative',
      key: `a:${raw.replace(/\s+/g, ' ')}`,
      label: raw,
      raw,
      mapping: alt.mapping,
      fromBold: false,
    });
  }
  found.sort((a, b) => a.start - b.start);
  return salutationLine(text, joinPhrases(text, found));
}

// "Dear", "Estimado", "Cher" opening a line that is only a salutation: "Dear [NAME],", "Estimada Sra. **NOMBRE**:".
// The greeting may itself be written for both genders: "Estimado/a", "Chère/Cher".
const SALUTATION_OPENING = /^[ \t\u00a0]*(?:my[ \t\u00a0]+)?(?:dear|estimad\p{L}*|querid\p{L}*|distinguid\p{L}*|ch[eè]re?s?)(?:\/\p{L}+)?[ \t\u00a0]+/iu;

const PERSON_FIELDS = new Set(['recipient.name', 'recipient.honorific', 'recipient.officeTitle', 'recipient.fullTitle']);
const greetsPerson = (p: FoundPlaceholder): boolean =>
  p.mapping.type === 'unmapped' ||
  (p.mapping.type === 'choice' && p.mapping.by === 'gender') ||
  (p.mapping.type === 'field' && PERSON_FIELDS.has(p.mapping.field));

/**
 * "Dear [NAME]," is the salutation, not a name after "Dear": the whole line
 * becomes one placeholder for the recipient's salutation ("Dear Prime
 * Minister,", "Señor Presidente:", "Madame la Présidente,"), punctuation
 * included, since the form of address brings its own.
 */
function salutationLine(text: string, found: FoundPlaceholder[]): FoundPlaceholder[] {
  if (found.length === 0 || text.length > 120 || text.includes('\n')) return found;
  const opening = SALUTATION_OPENING.exec(text);
  if (!opening) return found;
  const person = found.filter((f) => f.start >= opening[0].length);
  // A blank for the person ("[NAME]"), not only alternatives: "Estimado/a Señor/a:" is written out and stays as it is.
  if (!person.some((f) => f.kind === 'marker') || found.some((f) => f.start < opening[0].length && f.end > opening[0].length)) return found;
  if (!/^[\s,:;!]*$/u.test(text.slice(found.at(-1)!.end))) return found;
  // Only the person: a name, honorific, office or "Mr/Ms" — "Dear friends of COUNTRY," is not a salutation field.
  if (!person.every(greetsPerson)) return found;
  const start = text.length - text.trimStart().length;
  const raw = text.trim();
  return [
    {
      start,
      end: start + raw.length,
      kind: 'marker',
      key: `c:recipient.salutation:${labelKey(raw)}`,
      label: raw,
      raw,
      mapping: { type: 'field', field: 'recipient.salutation' },
      fromBold: found.some((p) => p.fromBold),
    },
  ];
}

function* boldSpans(text: string, bold: readonly boolean[] | null): Generator<[number, number]> {
  if (!bold) return;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const on = i < text.length && bold[i] === true && text[i] !== '\n';
    if (on && start < 0) start = i;
    else if (!on && start >= 0) {
      yield [start, i];
      start = -1;
    }
  }
}

const isOffice = (p: FoundPlaceholder | undefined): p is FoundPlaceholder =>
  p?.kind === 'alternative' && p.mapping.type === 'field' && p.mapping.field === 'recipient.officeTitle';
const isCountry = (p: FoundPlaceholder): boolean => p.kind === 'marker' && p.mapping.type === 'field' && p.mapping.field === 'country.name';

type PhraseField = 'recipient.fullTitle' | 'country.officialNameWithArticle' | 'country.ofOfficialName' | 'country.ofName' | 'country.inName';

/**
 * "the Republic of COUNTRY" becomes one placeholder for the country's official
 * name with its article ("the Kingdom of Spain" suits a monarchy too), and
 * "President/Prime Minister of [the Republic of] COUNTRY" one for the full title.
 * A preposition before either is taken in too, so that Spanish and French get
 * their contractions: "de la République de PAYS" becomes "du Royaume de
 * Belgique" (country.ofOfficialName), "de PAÍS" "de los Países Bajos"
 * (country.ofName), "en PAYS" "aux Pays-Bas" (country.inName).
 */
function joinPhrases(text: string, found: FoundPlaceholder[]): FoundPlaceholder[] {
  const out: FoundPlaceholder[] = [];
  for (const current of found) {
    const previous = out.at(-1);
    if (!isCountry(current)) {
      out.push(current);
      continue;
    }
    // The phrase is short: only the end of the gap before the country can hold it.
    const gapStart = Math.max(previous?.end ?? 0, current.start - 60);
    const republic = REPUBLIC_BEFORE.exec(text.slice(gapStart, current.start));
    const phraseStart = republic ? gapStart + republic.index : current.start;
    if (isOffice(previous) && OF_BETWEEN.test(text.slice(previous.end, phraseStart))) {
      out.pop();
      out.push(phrase(text, previous.start, current.end, [previous, current], 'recipient.fullTitle'));
      continue;
    }
    const before = text.slice(gapStart, phraseStart);
    const of = OF_BEFORE.exec(before);
    const inside = republic ? null : IN_BEFORE.exec(before);
    let joined: FoundPlaceholder;
    let opening: string | undefined;
    if (of) {
      joined = phrase(text, gapStart + of.index, current.end, [current], republic ? 'country.ofOfficialName' : 'country.ofName');
      opening = of[1] ?? of[2];
    } else if (inside) {
      joined = phrase(text, gapStart + inside.index, current.end, [current], 'country.inName');
      opening = inside[1];
    } else if (republic) {
      joined = phrase(text, phraseStart, current.end, [current], 'country.officialNameWithArticle');
      opening = republic[1];
    } else {
      out.push(current);
      continue;
    }
    // The source capitalised the phrase's first word ("The Republic of…", "In COUNTRY"): so must the value.
    if (/^\p{Lu}/u.test(opening ?? '')) joined.format = 'capitalize';
    out.push(joined);
  }
  return out;
}

function phrase(text: string, start: number, end: number, parts: FoundPlaceholder[], id: PhraseField): FoundPlaceholder {
  let raw = '';
  let at = start;
  for (const part of parts) {
    raw += text.slice(at, part.start) + part.raw;
    at = part.end;
  }
  return {
    start,
    end,
    kind: 'marker',
    key: `c:${id}:${labelKey(raw)}`,
    label: raw,
    raw,
    mapping: { type: 'field', field: id },
    fromBold: parts.some((p) => p.fromBold),
  };
}

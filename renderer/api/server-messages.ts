import type { TFunction } from 'i18next';
import serverEn from '../locales/server.en.json';

/*
 * The server's plain-English failure messages, said in the UI language. The
 * "server" namespace holds every sentence the core sends (its English value
 * IS the server's sentence, `${…}` written as {{name}}); each English entry
 * becomes a matcher whose placeholders are lazy captures, and a message that
 * matches one is re-said in the UI language with the captured values.
 * tests/unit/renderer/server-messages.test.ts reads every message in
 * electron/core and fails when one has no entry here.
 */

type Tree = { [key: string]: string | Tree };

/**
 * Placeholders that hold English sentences of the server's own (an OS error,
 * a list of problems) rather than names or numbers: their value must itself
 * be in the catalogue (whole, or each of its "; "-separated parts), else the
 * translation would show English and is given up.
 */
export const SENTENCE_PLACEHOLDERS: ReadonlySet<string> = new Set(['reason', 'rollbackReason', 'problems', 'detail']);

/** Entries under `part.` are pieces of those values, never a whole message. */
const PART_PREFIX = 'part.';
/**
 * Not messages: `meta.unlisted` says whether a message missing from the
 * catalogue is shown as it is ("show", English) or not ("hide");
 * `meta.separator` joins translated parts ("; ", French " ; ").
 */
const META_PREFIX = 'meta.';

interface Matcher {
  key: string;
  names: string[];
  pattern: RegExp;
  /** Characters of fixed text: the most specific entry wins when several match. */
  literal: number;
}

export interface ServerMessageMatch {
  key: string;
  values: Record<string, string>;
}

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );
}

/** One English entry as an anchored pattern: fixed text escaped, each {{name}} a lazy capture (which may be empty or span lines). */
export function matcherFor(key: string, english: string): Matcher {
  const names: string[] = [];
  let source = '';
  let literal = 0;
  let last = 0;
  for (const placeholder of english.matchAll(PLACEHOLDER)) {
    const text = english.slice(last, placeholder.index);
    source += `${escapeRegExp(text)}([\\s\\S]*?)`;
    literal += text.length;
    names.push(placeholder[1]);
    last = placeholder.index + placeholder[0].length;
  }
  const rest = english.slice(last);
  return { key, names, pattern: new RegExp(`^${source}${escapeRegExp(rest)}$`), literal: literal + rest.length };
}

const ALL: Matcher[] = leaves(serverEn as Tree)
  .filter(([key]) => !key.startsWith(META_PREFIX))
  .map(([key, english]) => matcherFor(key, english))
  .sort((a, b) => b.literal - a.literal || a.names.length - b.names.length);
const MESSAGES = ALL.filter((matcher) => !matcher.key.startsWith(PART_PREFIX));

function matchWith(matchers: readonly Matcher[], message: string): ServerMessageMatch | null {
  for (const matcher of matchers) {
    const found = matcher.pattern.exec(message);
    if (!found) continue;
    const values: Record<string, string> = {};
    // A placeholder used twice keeps its first value.
    matcher.names.forEach((name, i) => (values[name] ??= found[i + 1]));
    return { key: matcher.key, values };
  }
  return null;
}

/** The catalogue entry a whole server message is, with the values of its placeholders; null when it is not in the catalogue. */
export function matchServerMessage(message: string): ServerMessageMatch | null {
  return matchWith(MESSAGES, message);
}

type Say = (key: string, options: Record<string, unknown>) => string;

/** Sentinel for a sentence value that could not be translated: the entry's translation must not use it. */
const UNTRANSLATED = '\u0000';

function say(t: TFunction, match: ServerMessageMatch, depth: number): string | null {
  // In the server's own language its sentence values are already right.
  const own = showsUnlistedMessages(t);
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(match.values)) {
    values[name] = SENTENCE_PLACEHOLDERS.has(name) && !own ? (translateValue(t, value, depth + 1) ?? UNTRANSLATED) : value;
  }
  const text = (t as unknown as Say)(match.key, { ns: 'server', ...values, interpolation: { escapeValue: false } });
  // i18next answers a missing key with the key itself: never show an id.
  return text.includes(UNTRANSLATED) || text === match.key ? null : text;
}

/**
 * A sentence value: each of its "; "-separated parts from the catalogue (a
 * placeholder capture would otherwise swallow the list), else the whole value
 * as one part or message.
 */
function translateValue(t: TFunction, value: string, depth: number): string | null {
  if (value === '' || depth > 3) return null;
  const pieces = value.split('; ');
  if (pieces.length > 1) {
    const said = pieces.map((piece) => translateValue(t, piece, depth));
    if (said.every((piece): piece is string => piece !== null)) return said.join((t as unknown as Say)('meta.separator', { ns: 'server' }));
  }
  const whole = matchWith(ALL, value);
  return whole ? say(t, whole, depth) : null;
}

/** The server's message in the language of `t`, with its values; null when the catalogue does not have it. */
export function translateServerMessage(message: string, t: TFunction): string | null {
  const match = matchServerMessage(message);
  return match ? say(t, match, 0) : null;
}

/** Whether `t` speaks the server's own language, in which a message missing from the catalogue is still worth showing. */
export function showsUnlistedMessages(t: TFunction): boolean {
  return (t as unknown as Say)('meta.unlisted', { ns: 'server' }) === 'show';
}

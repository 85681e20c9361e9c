/*
 * File names for exported letters that every system accepts: Windows (no
 * reserved characters or device names, no trailing dot or space), macOS and
 * Linux (no slash, a name of at most 255 bytes), and that a zip of them
 * unpacks anywhere. Names are compared as Windows and macOS do, ignoring case.
 */

const EXTENSION = '.docx';
/** The longest name, extension and " (n)" included, in UTF-16 units (as Windows counts) and in UTF-8 bytes (as Linux does). */
export const MAX_NAME_LENGTH = 120;
const MAX_NAME_BYTES = 240;

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
// Control characters, and the bidirectional controls that could make "cod.exe" look like "exe.doc".
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const REPLACEMENTS: Record<string, string> = { '"': "'", '<': '(', '>': ')', '/': '-', '\\': '-', '|': '-', ':': '-', '*': '', '?': '' };

function cleanPart(part: string | undefined): string {
  return (
    (part ?? '')
      .normalize('NFC')
      .replace(INVISIBLE, ' ')
      // "Defenders in detention: EU" reads as "Defenders in detention - EU", not "detention- EU".
      .replace(/\s*:\s+/g, ' - ')
      .replace(/["<>/\\|:*?]/g, (c) => REPLACEMENTS[c])
      .replace(/\s+/g, ' ')
      .replace(/^[\s.]+|[\s.]+$/g, '')
  );
}

const utf8Length = (s: string) => new TextEncoder().encode(s).length;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The longest start of `text` that fits, cut between user-perceived characters (never inside an emoji or a surrogate pair). */
function fit(text: string, maxUnits: number, maxBytes: number): string {
  if (text.length <= maxUnits && utf8Length(text) <= maxBytes) return text;
  let out = '';
  let bytes = 0;
  for (const { segment } of segmenter.segment(text)) {
    const b = utf8Length(segment);
    if (out.length + segment.length > maxUnits || bytes + b > maxBytes) break;
    out += segment;
    bytes += b;
  }
  return out;
}

/** Trims what a name must not end with (dots, spaces) and a dangling " -" left by a cut. */
const trimEnd = (stem: string) => stem.replace(/[\s.\-–]+$/u, '');

const fold = (name: string) => name.normalize('NFC').toLowerCase();

/*
 * `taken` lower-cased, kept per set: a campaign names its letters one by one
 * into one set, and folding the whole set again for each name would cost n²
 * (a minute for 10,000 letters). Names added since the last call, by anyone,
 * are folded on the next; a set that shrank is folded again from the start.
 */
const folded = new WeakMap<Set<string>, { names: Set<string>; read: number }>();

function foldedNames(taken: Set<string>): { names: Set<string>; read: number } {
  let index = folded.get(taken);
  if (!index || index.read > taken.size) {
    index = { names: new Set(), read: 0 };
    folded.set(taken, index);
  }
  if (index.read < taken.size) {
    let i = 0;
    for (const name of taken) if (i++ >= index.read) index.names.add(fold(name));
    index.read = taken.size;
  }
  return index;
}

/**
 * "<reference> - <country> - <recipient>.docx", safe on Windows, macOS and
 * Linux, at most 120 characters, and unique in `taken` (ignoring case), with
 * " (2)", " (3)"… added when needed. The chosen name is added to `taken`.
 */
export function safeFileName(parts: { reference?: string; country: string; recipient: string }, taken: Set<string>): string {
  let stem = [parts.reference, parts.country, parts.recipient]
    .map(cleanPart)
    .filter((p) => p !== '')
    .join(' - ');
  if (stem === '') stem = 'letter';
  // "CON", "nul.txt - x": Windows refuses a device name before the first dot, whatever follows.
  if (RESERVED.test(stem.split('.')[0].trim())) stem = `_${stem}`;

  const index = foldedNames(taken);
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const room = MAX_NAME_LENGTH - EXTENSION.length - suffix.length;
    const cut = trimEnd(fit(stem, room, MAX_NAME_BYTES - EXTENSION.length - suffix.length)) || 'letter';
    const name = `${cut}${suffix}${EXTENSION}`;
    if (!index.names.has(fold(name))) {
      taken.add(name);
      index.names.add(fold(name));
      index.read = taken.size;
      return name;
    }
  }
}

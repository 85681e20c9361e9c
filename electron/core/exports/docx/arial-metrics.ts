/*
 * Advance widths of Arial, in 1/2048 em, as read from Liberation Sans (which is
 * metric-compatible with Arial, and what LibreOffice draws Arial with) by a few
 * lines of Python over the font's cmap and hmtx tables. Regular and bold; the
 * italic has the regular widths. Order: U+0020 to U+007E, U+00A0 to U+00FF, then
 * EXTRA. The page estimate measures text with them.
 */
const EXTRA = '–—‘’“”•…€‹›';
const REGULAR =
  '569,569,727,1139,1139,1821,1366,391,682,682,797,1196,569,682,569,569,1139,1139,1139,1139,1139,1139,1139,1139,1139,1139,569,569,1196,1196,' +
  '1196,1139,2079,1366,1366,1479,1479,1366,1251,1593,1479,569,1024,1366,1139,1706,1479,1593,1366,1593,1479,1366,1251,1479,1366,1933,1366,1366,' +
  '1251,569,569,569,961,1139,682,1139,1139,1024,1139,1139,569,1139,1139,455,455,1024,455,1706,1139,1139,1139,1139,682,1024,569,1139,1024,1479,' +
  '1024,1024,1024,684,532,684,1196,569,682,1139,1139,1139,1139,532,1139,682,1509,758,1139,1196,682,1509,1131,819,1124,682,682,682,1180,1100,' +
  '569,682,682,748,1139,1708,1708,1708,1251,1366,1366,1366,1366,1366,1366,2048,1479,1366,1366,1366,1366,569,569,569,569,1479,1479,1593,1593,' +
  '1593,1593,1593,1196,1593,1479,1479,1479,1479,1366,1366,1251,1139,1139,1139,1139,1139,1139,1821,1024,1139,1139,1139,1139,569,569,569,569,' +
  '1139,1139,1139,1139,1139,1139,1139,1124,1251,1139,1139,1139,1139,1024,1139,1024,1139,2048,455,455,682,682,717,2048,1139,682,682';
const BOLD =
  '569,682,971,1139,1139,1821,1479,487,682,682,797,1196,569,682,569,569,1139,1139,1139,1139,1139,1139,1139,1139,1139,1139,682,682,1196,1196,' +
  '1196,1251,1997,1479,1479,1479,1479,1366,1251,1593,1479,569,1139,1479,1251,1706,1479,1593,1366,1593,1479,1366,1251,1479,1366,1933,1366,1366,' +
  '1251,682,569,682,1196,1139,682,1139,1251,1139,1251,1139,682,1251,1251,569,569,1139,569,1821,1251,1251,1251,1251,797,1139,682,1251,1139,1593,' +
  '1139,1139,1024,797,573,797,1196,569,682,1139,1139,1139,1139,573,1139,682,1509,758,1139,1196,682,1509,1131,819,1124,682,682,682,1180,1139,' +
  '569,682,682,748,1139,1708,1708,1708,1251,1479,1479,1479,1479,1479,1479,2048,1479,1366,1366,1366,1366,569,569,569,569,1479,1479,1593,1593,' +
  '1593,1593,1593,1196,1593,1479,1479,1479,1479,1366,1366,1251,1139,1139,1139,1139,1139,1139,1821,1139,1139,1139,1139,1139,569,569,569,569,' +
  '1251,1251,1251,1251,1251,1251,1251,1124,1251,1251,1251,1251,1251,1139,1251,1139,1139,2048,569,569,1024,1024,717,2048,1139,682,682';

/** Arial's ascender, descender and line gap, in 1/2048 em. */
const ASCENDER = 1854;
const DESCENDER = 434;
const LINE_GAP = 67;

/** A line's ink at a font size (in twips to the em): ascender and descender, in whole twips as LibreOffice rounds them. */
export const inkHeight = (em: number) => Math.round((em * ASCENDER) / 2048) + Math.round((em * DESCENDER) / 2048);
/** A line's "single" height at a font size: its ink and the line gap, as Word and LibreOffice lay lines out. */
export const lineHeight = (em: number) => inkHeight(em) + Math.round((em * LINE_GAP) / 2048);

const CODES = [
  ...Array.from({ length: 95 }, (_, i) => 0x20 + i),
  ...Array.from({ length: 96 }, (_, i) => 0xa0 + i),
  ...[...EXTRA].map((c) => c.codePointAt(0)!),
];

/** Widths in em by code point: an array for Latin-1, a map for the rest (filled as characters are met). */
function table(widths: string): { latin1: Float64Array; other: Map<number, number> } {
  const values = widths.split(',').map((w) => Number(w) / 2048);
  const latin1 = new Float64Array(256).fill(-1);
  const other = new Map<number, number>();
  CODES.forEach((code, i) => (code < 256 ? (latin1[code] = values[i]) : other.set(code, values[i])));
  return { latin1, other };
}
const REGULAR_WIDTHS = table(REGULAR);
const BOLD_WIDTHS = table(BOLD);

/** A character missing from the table: as wide as its base letter (ő as o), else by script. */
function fallback(code: number, widths: ReturnType<typeof table>): number {
  const base = String.fromCodePoint(code).normalize('NFD').codePointAt(0)!;
  if (base < 256 && base !== code && widths.latin1[base] >= 0) return widths.latin1[base];
  if ((code >= 0x300 && code < 0x370) || (code >= 0x64b && code < 0x660) || code === 0x200b) return 0; // combining marks
  if ((code >= 0x2e80 && code < 0xa000) || (code >= 0xac00 && code < 0xd7b0) || (code >= 0xff00 && code < 0xff61)) return 1; // CJK, Hangul
  return 0.6;
}

/** A character's advance width in em. */
export function charWidth(code: number, bold: boolean): number {
  const widths = bold ? BOLD_WIDTHS : REGULAR_WIDTHS;
  if (code < 256 && widths.latin1[code] >= 0) return code === 0xad ? 0 : widths.latin1[code];
  let width = widths.other.get(code);
  if (width === undefined) {
    width = fallback(code, widths);
    widths.other.set(code, width);
  }
  return width;
}

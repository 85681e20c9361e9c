/*
 * Spreadsheets run a cell that starts with = + - @ (or tab / CR, which some
 * of them skip before looking) as a formula: a recipient named
 * "=HYPERLINK(...)" must not become a live link when an export is opened in
 * Excel. The export puts a ' before such a cell, which Excel shows as text.
 *
 * A cell that already starts with ' before one of those characters gets one
 * more, so the import can always remove exactly one ' and give back what was
 * exported ("'=x" → "''=x" → "'=x").
 */
const NEEDS_ESCAPE = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;

export function escapeFormula(cell: string): string {
  return NEEDS_ESCAPE.test(cell) ? `'${cell}` : cell;
}

export function unescapeFormula(cell: string): string {
  return ESCAPED.test(cell) ? cell.slice(1) : cell;
}

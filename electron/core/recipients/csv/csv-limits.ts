import { CsvImportError } from './csv-errors';

/*
 * Caps on one record of a CSV, checked while it is read, so a file built to
 * exhaust the reader (a header of 100,000 columns, one line of 50 MB) is
 * refused at once in one sentence that names the limit. A recipient has a
 * dozen fields of at most a few thousand characters: both caps are far above that.
 */

/** Columns in one record. Spreadsheet exports with many unused columns stay well under it. */
export const MAX_CSV_COLUMNS = 1_000;
/** Characters in one record, quoted line breaks included. */
export const MAX_CSV_RECORD_CHARS = 1_000_000;

const count = (n: number): string => n.toLocaleString('en-US');

/** Throws when the record starting on `line` has too many cells or characters so far. */
export function checkCsvRecord(line: number, cells: number, chars: number): void {
  if (cells > MAX_CSV_COLUMNS) {
    throw new CsvImportError('tooLarge', `Line ${line} has more than ${count(MAX_CSV_COLUMNS)} columns; Letterdesk reads at most ${count(MAX_CSV_COLUMNS)}.`);
  }
  if (chars > MAX_CSV_RECORD_CHARS) {
    throw new CsvImportError('tooLarge', `Line ${line} is longer than ${count(MAX_CSV_RECORD_CHARS)} characters; Letterdesk reads rows of at most that.`);
  }
}

/** A few header names for a message, not all of them: a file may have a thousand. */
export function someNames(headers: readonly string[], shown = 5): string {
  if (headers.length === 0) return 'none';
  const names = headers.slice(0, shown).map((h) => `"${h.length > 40 ? `${h.slice(0, 40)}…` : h}"`);
  const more = headers.length - shown;
  return more > 0 ? `${names.join(', ')} and ${count(more)} more` : names.join(', ');
}

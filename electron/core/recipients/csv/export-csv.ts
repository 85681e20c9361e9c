import type { RecipientFields } from '../../../../shared/recipients/schemas';
import { CSV_FIELDS, CSV_HEADERS, type CsvField } from './column-mapping';
import { escapeFormula } from './formula-escape';

/** What the export reads of a recipient: a stored Recipient or RecipientFields will do. */
export type CsvRecipient = Pick<RecipientFields, CsvField>;

/*
 * Recipients as CSV that Excel, LibreOffice and Letterdesk's own import read
 * back the same: UTF-8 with a byte-order mark (without it Excel on Windows
 * reads UTF-8 as the local code page and mangles accents), commas, CRLF line
 * ends, English headers the import recognises, formula-like cells escaped.
 */
export function exportRecipientsCsv(recipients: Iterable<CsvRecipient>): string {
  const lines = [CSV_FIELDS.map((f) => CSV_HEADERS[f]).join(',')];
  for (const r of recipients) lines.push(CSV_FIELDS.map((f) => csvCell(escapeFormula(cellText(r, f)))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function cellText(r: CsvRecipient, field: CsvField): string {
  if (field !== 'tags') return r[field] ?? '';
  // A lone tag containing "|" would be split on it by the import (see
  // splitTags); a trailing ";" makes ";" the separator and keeps it whole.
  if (r.tags.length === 1 && r.tags[0].includes('|')) return `${r.tags[0]};`;
  return r.tags.join('; ');
}

// Semicolons and tabs are quoted too, though commas separate: it keeps the
// file unambiguous for any reader that guesses the delimiter.
function csvCell(text: string): string {
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

import { CsvImportError } from './csv-errors';
import { checkCsvRecord } from './csv-limits';

/*
 * A small RFC 4180 reader rather than a library: the import must name the
 * line where each record starts (a quoted field can span several lines), and
 * neither papaparse nor csv-parse reports that. It is one pass over the string
 * with indexOf/slice, so 100,000 rows take tens of milliseconds.
 */

export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

export interface CsvRecord {
  /** 1-based line of the file on which the record starts. */
  line: number;
  cells: string[];
}

export interface ParsedCsv {
  delimiter: CsvDelimiter;
  records: CsvRecord[];
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Records sampled to guess the delimiter. */
const SAMPLE_RECORDS = 20;

/**
 * Reads every non-blank record. The delimiter is the one given, else the one
 * named by an Excel "sep=;" first line, else guessed from the first records.
 */
export function parseCsv(text: string, delimiter?: CsvDelimiter): ParsedCsv {
  const records: CsvRecord[] = [];
  const chosen = eachCsvRecord(text, (record) => records.push(record), delimiter);
  return { delimiter: chosen, records };
}

/**
 * parseCsv one record at a time, so a caller can convert and drop each record
 * (100,000 records held at once cost the garbage collector more than parsing).
 */
export function eachCsvRecord(text: string, onRecord: (record: CsvRecord) => void, delimiter?: CsvDelimiter): CsvDelimiter {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const hint = /^sep=([,;\t])[ \t]*(\r\n|\n|\r|$)/i.exec(text.slice(start, start + 12));
  if (hint) {
    start += hint[0].length;
    line = 2;
  }
  const chosen = delimiter ?? (hint?.[1] as CsvDelimiter | undefined) ?? detectDelimiter(text, start, line);
  readRecords(text, chosen, start, line, Infinity, onRecord);
  return chosen;
}

/**
 * The candidate that splits the first record into the most columns and keeps
 * that column count on most of the following records; comma when none does.
 */
export function detectDelimiter(text: string, start = 0, line = 1): CsvDelimiter {
  let best: CsvDelimiter = ',';
  let bestScore = [0, 0];
  for (const candidate of CSV_DELIMITERS) {
    const sample: CsvRecord[] = [];
    try {
      readRecords(text, candidate, start, line, SAMPLE_RECORDS, (record) => sample.push(record));
    } catch {
      continue; // An unclosed quote is reported by the real parse.
    }
    const width = sample[0]?.cells.length ?? 0;
    if (width < 2) continue;
    const steady = sample.filter((r) => r.cells.length === width).length;
    if (steady > bestScore[0] || (steady === bestScore[0] && width > bestScore[1])) {
      best = candidate;
      bestScore = [steady, width];
    }
  }
  return best;
}

function readRecords(text: string, delimiter: CsvDelimiter, start: number, firstLine: number, limit: number, onRecord: (record: CsvRecord) => void): void {
  const n = text.length;
  const delim = delimiter.charCodeAt(0);
  let count = 0;
  let i = start;
  let line = firstLine;
  while (i < n && count < limit) {
    const recordLine = line;
    const recordStart = i;
    const cells: string[] = [];
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        value = '';
        let from = i + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q === -1) {
            throw new CsvImportError(
              'unclosedQuote',
              `Line ${recordLine}: a quoted field starts here but its closing quote (") is missing, so the rest of the file cannot be read. Check that line in a text editor.`,
            );
          }
          line += countLineBreaks(text, from, q);
          value += text.slice(from, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"'; // "" inside quotes is one quote
            from = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        // Text after the closing quote ("a"b) is kept as it is, like Excel does.
        const end = fieldEnd(text, i, delim);
        if (end > i) value += text.slice(i, end);
        i = end;
      } else {
        const end = fieldEnd(text, i, delim);
        value = text.slice(i, end);
        i = end;
      }
      cells.push(value);
      checkCsvRecord(recordLine, cells.length, i - recordStart);
      const c = text.charCodeAt(i);
      if (c === delim) {
        i++;
        continue;
      }
      if (c === CR) i++;
      if (text.charCodeAt(i) === LF) i++;
      if (c === CR || c === LF) line++;
      break;
    }
    if (!isBlank(cells)) {
      count++;
      onRecord({ line: recordLine, cells });
    }
  }
}

/** Index of the delimiter or line break that ends an unquoted field. */
function fieldEnd(text: string, from: number, delim: number): number {
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === delim || c === LF || c === CR) break;
    i++;
  }
  return i;
}

/** CRLF, LF and a lone CR each end one line. */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}

// Blank lines, and lines of only delimiters that spreadsheets leave below the data.
function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

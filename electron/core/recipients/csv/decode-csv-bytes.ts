import { CsvImportError, type CsvWarning } from './csv-errors';

export const MAX_CSV_BYTES = 50 * 1024 * 1024;

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
  warnings: CsvWarning[];
}

// Only the start is sampled for control characters: enough to tell a binary
// file, and the NUL check below still covers the whole buffer.
const SAMPLE_BYTES = 64 * 1024;
const MAX_CONTROL_SHARE = 0.05;

/**
 * Turns the bytes of a CSV file into text. UTF-8 (with or without BOM) and
 * UTF-16 with a BOM are read as they are; anything that is not valid UTF-8 is
 * read as Windows-1252, which is what Excel writes for "CSV" on Western
 * European Windows, with a warning so the user checks accents in the preview.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  // Before anything else, so a huge file is never copied or decoded.
  if (bytes.length > MAX_CSV_BYTES) {
    throw new CsvImportError(
      'tooLarge',
      `The file is ${megabytes(bytes.length)} MB; Letterdesk imports CSV files of up to ${megabytes(MAX_CSV_BYTES)} MB. Split it into smaller files and import them one after the other.`,
    );
  }
  if (startsWith(bytes, [0xff, 0xfe])) return { text: decode('utf-16le', bytes), encoding: 'utf-16le', warnings: [] };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: decode('utf-16be', bytes), encoding: 'utf-16be', warnings: [] };
  refuseNonText(bytes);

  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 'utf-8-bom' : 'utf-8', warnings: [] };
  } catch {
    // A UTF-8 BOM on a file that is not UTF-8 after all: drop it, not "ï»¿".
    const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
    return {
      text: decodeWindows1252(body),
      encoding: 'windows-1252',
      warnings: [
        {
          code: 'windows1252',
          message:
            'The file is not UTF-8, so it was read as Windows-1252 (Western European). Check that accented letters look right in the preview; if not, save the file as "CSV UTF-8" and import it again.',
        },
      ],
    };
  }
}

function refuseNonText(bytes: Uint8Array): void {
  // Excel and LibreOffice files are the usual mistake: say what to do instead.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new CsvImportError(
      'spreadsheet',
      'This is a spreadsheet file (Excel or LibreOffice), not a CSV file. Open it and choose File › Save As › "CSV UTF-8 (comma delimited)", then import that file.',
    );
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    // Every other byte NUL: UTF-16 text whose byte-order mark was lost.
    if (looksLikeBomlessUtf16(bytes)) {
      throw new CsvImportError(
        'utf16WithoutBom',
        'This file looks like UTF-16 text without a byte-order mark, which cannot be read reliably. Save it as "CSV UTF-8" and import it again.',
      );
    }
    throw new CsvImportError('binary', 'This is not a text file (it contains binary data), so it cannot be a CSV file.');
  }
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  for (const b of sample) {
    // Tab, line feed, form feed and carriage return are ordinary in text.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) control++;
  }
  if (sample.length > 0 && control / sample.length > MAX_CONTROL_SHARE) {
    throw new CsvImportError('binary', 'This is not a text file (it is mostly control characters), so it cannot be a CSV file.');
  }
}

function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  return (oddNul > 0.8 * pairs && evenNul < 0.1 * pairs) || (evenNul > 0.8 * pairs && oddNul < 0.1 * pairs);
}

/*
 * Node's TextDecoder("windows-1252") decodes as Latin-1 (0x80 gives U+0080,
 * not "€"), so the 0x80–0x9F range, where the two differ, is mapped here.
 * The five bytes Windows-1252 leaves undefined stay as their C1 code points,
 * as the WHATWG Encoding Standard has it.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  return decode('latin1', bytes).replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

function decode(encoding: string, bytes: Uint8Array): string {
  // The decoder drops a byte-order mark by itself (ignoreBOM defaults to false).
  return new TextDecoder(encoding).decode(bytes);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function megabytes(n: number): string {
  return (n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvImportError } from '../../../../electron/core/recipients/csv/csv-errors';
import { MAX_CSV_BYTES, decodeCsvBytes } from '../../../../electron/core/recipients/csv/decode-csv-bytes';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../../../fixtures/csv', name));

function refusal(bytes: Uint8Array): CsvImportError {
  try {
    decodeCsvBytes(bytes);
  } catch (error) {
    if (error instanceof CsvImportError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('decodeCsvBytes', () => {
  it('reads UTF-8 without a byte-order mark', () => {
    const decoded = decodeCsvBytes(Buffer.from('Country,Name\nES,José\n', 'utf8'));
    expect(decoded).toEqual({ text: 'Country,Name\nES,José\n', encoding: 'utf-8', warnings: [] });
  });

  it('reads UTF-8 with a byte-order mark, and drops the mark', () => {
    const decoded = decodeCsvBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('País;Nombre\n', 'utf8')]));
    expect(decoded.text).toBe('País;Nombre\n');
    expect(decoded.encoding).toBe('utf-8-bom');
    expect(decoded.warnings).toEqual([]);
  });

  it('falls back to Windows-1252 with a warning when the bytes are not UTF-8', () => {
    const decoded = decodeCsvBytes(fixture('recipients-windows-1252.csv'));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toContain('José Muñoz Ficticio');
    expect(decoded.text).toContain('Hélène');
    expect(decoded.text).toContain('5€');
    expect(decoded.warnings).toHaveLength(1);
    expect(decoded.warnings[0].code).toBe('windows1252');
    expect(decoded.warnings[0].message).toMatch(/Windows-1252/);
  });

  it('reads a lone 0xE9 as "é" and drops a UTF-8 mark on a file that is not UTF-8 after all', () => {
    expect(decodeCsvBytes(Buffer.from([0x63, 0x61, 0x66, 0xe9])).text).toBe('café');
    expect(decodeCsvBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x63, 0x61, 0x66, 0xe9])).text).toBe('café');
  });

  it('maps the whole 0x80–0x9F range as Windows-1252 does, not as Latin-1', () => {
    const bytes = Buffer.from([0x80, 0x82, 0x85, 0x8a, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9c, 0x9f, 0xe9]);
    expect(decodeCsvBytes(bytes).text).toBe('€‚…ŠŒŽ‘’“”–—™œŸé');
  });

  it('reads UTF-16 with a byte-order mark, little- and big-endian', () => {
    const text = 'Country\tName\r\nFR\tHélène\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeCsvBytes(le)).toEqual({ text, encoding: 'utf-16le', warnings: [] });
    expect(decodeCsvBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text, encoding: 'utf-16be', warnings: [] });
  });

  it('refuses UTF-16 that lost its byte-order mark, saying so', () => {
    const error = refusal(Buffer.from('Country,Name\nES,Ana\n', 'utf16le'));
    expect(error.reason).toBe('utf16WithoutBom');
    expect(error.message).toMatch(/UTF-16/);
  });

  it('refuses binary files: NUL bytes, or mostly control characters', () => {
    const nul = refusal(Buffer.from([0x43, 0x6f, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x61, 0x62, 0x00, 0x00, 0xff, 0x10, 0x11]));
    expect(nul.reason).toBe('binary');
    expect(nul.message).toMatch(/not a text file/);
    expect(nul.code).toBe('invalid_input');

    const control = Buffer.alloc(1000, 0x61);
    for (let i = 0; i < 1000; i += 10) control[i] = 0x01;
    expect(refusal(control).reason).toBe('binary');
  });

  it('keeps ordinary text with a few tabs, form feeds and line breaks', () => {
    expect(decodeCsvBytes(Buffer.from('a\tb\r\nc\fd\n', 'utf8')).text).toBe('a\tb\r\nc\fd\n');
  });

  it('tells the user to save a spreadsheet as CSV', () => {
    const xlsx = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(refusal(xlsx).reason).toBe('spreadsheet');
    expect(refusal(xls).message).toMatch(/Save As.*CSV UTF-8/);
  });

  it('refuses a file over 50 MB before decoding it, and reads one of exactly 50 MB', () => {
    const big = Buffer.alloc(MAX_CSV_BYTES + 1, 0x61);
    const error = refusal(big);
    expect(error.reason).toBe('tooLarge');
    expect(error.message).toMatch(/up to 50 MB/);

    const limit = big.subarray(0, MAX_CSV_BYTES);
    expect(decodeCsvBytes(limit).text.length).toBe(MAX_CSV_BYTES);
  });

  it('reads an empty file as empty text', () => {
    expect(decodeCsvBytes(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8', warnings: [] });
  });
});

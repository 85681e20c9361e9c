import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvImportError } from '../../../../electron/core/recipients/csv/csv-errors';
import { CSV_DELIMITERS, detectDelimiter, parseCsv, type CsvDelimiter } from '../../../../electron/core/recipients/csv/parse-csv';

const cells = (text: string, delimiter?: CsvDelimiter) => parseCsv(text, delimiter).records.map((r) => r.cells);
const lines = (text: string) => parseCsv(text).records.map((r) => r.line);

describe('parseCsv: delimiters', () => {
  it('detects commas', () => {
    const parsed = parseCsv('Country,Name,Office\nES,Ana,"Ministra; de Justicia"\nFR,Luc,Ministre\n');
    expect(parsed.delimiter).toBe(',');
    expect(parsed.records[1].cells).toEqual(['ES', 'Ana', 'Ministra; de Justicia']);
  });

  it('detects semicolons, even with commas inside unquoted cells', () => {
    const parsed = parseCsv('País;Nombre;Cargo\nES;Ana;Ministra, de Justicia\nMX;Luis;Secretario, Gobernación\n');
    expect(parsed.delimiter).toBe(';');
    expect(parsed.records[1].cells).toEqual(['ES', 'Ana', 'Ministra, de Justicia']);
  });

  it('detects tabs', () => {
    const parsed = parseCsv('Pays\tNom\tFonction\nFR\tCamille, Fictive\tPremière ministre; intérim\n');
    expect(parsed.delimiter).toBe('\t');
    expect(parsed.records[1].cells).toEqual(['FR', 'Camille, Fictive', 'Première ministre; intérim']);
  });

  it('prefers the delimiter that keeps the column count steady', () => {
    // The header splits into two on both; only ";" keeps every row at two.
    expect(detectDelimiter('a,b;c\n1,2;3\n4;5\n6;7\n')).toBe(';');
  });

  it('falls back to comma for a single column', () => {
    expect(detectDelimiter('Name\nAna\n')).toBe(',');
  });

  it('honours an Excel "sep=" first line, and counts it as line 1', () => {
    const parsed = parseCsv('sep=;\r\nCountry;Name\r\nES;Ana, de la Cruz\r\n');
    expect(parsed.delimiter).toBe(';');
    expect(parsed.records).toEqual([
      { line: 2, cells: ['Country', 'Name'] },
      { line: 3, cells: ['ES', 'Ana, de la Cruz'] },
    ]);
  });

  it('uses a delimiter it is given', () => {
    expect(cells('a;b,c\n', ',')).toEqual([['a;b', 'c']]);
  });
});

describe('parseCsv: quotes, line breaks and line numbers', () => {
  it('reads quoted fields holding delimiters, doubled quotes and line breaks', () => {
    const text = 'Name,Notes,Office\n"López, Ana","She said ""no"".\nThen left.",Minister\nLuc,"a;b\r\nc",x\n';
    expect(cells(text)).toEqual([
      ['Name', 'Notes', 'Office'],
      ['López, Ana', 'She said "no".\nThen left.', 'Minister'],
      ['Luc', 'a;b\r\nc', 'x'],
    ]);
    // A record spanning two lines pushes the next one down.
    expect(lines(text)).toEqual([1, 2, 4]);
  });

  it('reads CRLF, LF and lone CR line ends alike', () => {
    const expected = [
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ];
    expect(cells('a,b\r\n1,2\r\n3,4\r\n')).toEqual(expected);
    expect(cells('a,b\n1,2\n3,4')).toEqual(expected);
    expect(cells('a,b\r1,2\r3,4\r')).toEqual(expected);
    expect(lines('a,b\r1,"x\ry"\r3,4')).toEqual([1, 2, 4]);
  });

  it('ignores blank lines and lines of only delimiters, keeping the real line numbers', () => {
    const parsed = parseCsv('\nName,Office\n\r\n  \nAna,Minister\n,,\n , \nLuc,Ambassador\n\n');
    expect(parsed.records).toEqual([
      { line: 2, cells: ['Name', 'Office'] },
      { line: 5, cells: ['Ana', 'Minister'] },
      { line: 8, cells: ['Luc', 'Ambassador'] },
    ]);
  });

  it('keeps empty cells, including a trailing one', () => {
    expect(cells('a,b,c\n1,,\n,"",3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', ''],
      ['', '', '3'],
    ]);
  });

  it('keeps stray quotes inside unquoted cells and text after a closing quote, as Excel does', () => {
    expect(cells('a,b\n5" screen,"quoted"tail\n')).toEqual([
      ['a', 'b'],
      ['5" screen', 'quotedtail'],
    ]);
  });

  it('drops a byte-order mark left at the start of the text', () => {
    expect(cells('\uFEFFName,Office\nAna,Minister')[0]).toEqual(['Name', 'Office']);
  });

  it('refuses an unclosed quote, naming the line where it starts', () => {
    let error: unknown;
    try {
      parseCsv('Name,Office\nAna,Minister\nLuc,"Ambassador\nmore\n');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CsvImportError);
    expect((error as CsvImportError).reason).toBe('unclosedQuote');
    expect((error as CsvImportError).message).toMatch(/^Line 3: /);
  });

  it('reads back any table it is given, written with RFC 4180 quoting', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', 'é', ' ', ',', ';', '\t', '"', '\n', '\r', "'", '='), maxLength: 8 });
    const table = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.constantFrom(...CSV_DELIMITERS), fc.constantFrom('\n', '\r\n')).chain(([width, delimiter, eol]) =>
      fc.record({
        delimiter: fc.constant(delimiter),
        eol: fc.constant(eol),
        // Blank rows are skipped by design, so every row has some text.
        rows: fc.array(
          fc.array(cell, { minLength: width, maxLength: width }).filter((r) => r.some((c) => c.trim() !== '')),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
      }),
    );
    fc.assert(
      fc.property(table, ({ delimiter, eol, rows }) => {
        const quote = (c: string) => (/["\r\n,;\t]/.test(c) || c.trim() !== c ? `"${c.replace(/"/g, '""')}"` : c);
        const text = rows.map((r) => r.map(quote).join(delimiter)).join(eol) + eol;
        expect(cells(text, delimiter)).toEqual(rows);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listCountries, resolveCountry } from '../../../../electron/core/recipients/countries';
import { exportRecipientsCsv } from '../../../../electron/core/recipients/csv/export-csv';
import { readCsvImport } from '../../../../electron/core/recipients/csv/read-csv-import';
import { GENDERS, LANGUAGES, recipientFieldsSchema, type RecipientFields, type RecipientFieldsInput } from '../../../../shared/recipients/schemas';

const fields = (input: Partial<RecipientFieldsInput>): RecipientFields =>
  recipientFieldsSchema.parse({ countryCode: 'ES', office: 'Ministra', name: 'Ana Ejemplo', ...input });

const reimport = (csv: string, keepNames?: ReadonlySet<number>) => readCsvImport(Buffer.from(csv, 'utf8'), { resolveCountry, choices: { keepNames } });

describe('exportRecipientsCsv', () => {
  it('writes UTF-8 with a BOM, English headers, commas, CRLF and tags joined with "; "', () => {
    const csv = exportRecipientsCsv([
      fields({ name: 'Ana Ejemplo', gender: 'female', email: 'ana@example.org', postalAddress: 'Plaza 1, Madrid', language: 'es', tags: ['UE', 'prioridad'] }),
      fields({ countryCode: 'FR', name: 'Luc "Le Grand" Exemple', office: 'Ministre', notes: 'Line one\nline two' }),
    ]);
    expect(csv).toBe(
      '\uFEFFCountry,Name,Office,Gender,Email,Address,Language,Tags,Notes,Office type,Verified on\r\n' +
        'ES,Ana Ejemplo,Ministra,female,ana@example.org,"Plaza 1, Madrid",es,"UE; prioridad",,,\r\n' +
        'FR,"Luc ""Le Grand"" Exemple",Ministre,unspecified,,,en,,"Line one\nline two",,\r\n',
    );
    // Written to disk as UTF-8, the BOM is the three bytes Excel looks for.
    expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('escapes cells a spreadsheet would run as formulas', () => {
    const csv = exportRecipientsCsv([
      fields({ name: '=HYPERLINK("http://example.com","x")', office: '+34 600 000 000', notes: '-2', postalAddress: '@SUM(A1)', tags: ['=tag'] }),
    ]);
    const row = csv.split('\r\n')[1];
    expect(row).toBe(`ES,"'=HYPERLINK(""http://example.com"",""x"")",'+34 600 000 000,unspecified,,'@SUM(A1),en,'=tag,'-2,,`);
  });

  it('gives back the same recipients when its file is imported', () => {
    const list = [
      fields({ name: '=1+1', office: "'=already quoted", notes: '@home; "quoted", and\r\nmore', tags: ['a|b'] }),
      fields({ countryCode: 'FR', name: 'Hélène Ñúñez-Łukasz', office: '-', gender: 'male', tags: ['x|y', 'z'] }),
    ];
    const read = reimport(exportRecipientsCsv(list));
    expect(read.skipped).toEqual([]);
    expect(read.rows.map((r) => r.fields)).toEqual(list);
  });

  it('round-trips arbitrary valid recipients through export and import', () => {
    // Characters that trouble CSV and spreadsheets, and some that trouble encodings.
    const tricky = ['a', 'Z', ' ', '=', '+', '-', '@', "'", '"', ';', ',', '|', '\n', '\r', '\t', 'é', 'ñ', 'Ł', 'ß', '中', '🙂', 'e\u0301'];
    const text = (minLength: number, chars = tricky) => fc.string({ unit: fc.constantFrom(...chars), minLength, maxLength: 12 });
    const tagChars = tricky.filter((c) => !/[,;\n\t]/.test(c));
    // Includes addresses starting with + - or ', which the formula escape must give back.
    const email = fc.oneof(fc.constant(''), fc.stringMatching(/^[A-Za-z0-9_'+.-]{0,6}[A-Za-z0-9_+-]@[a-z0-9]{1,6}\.(org|com|fr)$/));
    const input = fc.record({
      countryCode: fc.constantFrom(...listCountries().map((c) => c.code)),
      office: text(1),
      name: text(1),
      gender: fc.constantFrom(...GENDERS),
      email,
      postalAddress: text(0),
      language: fc.constantFrom(...LANGUAGES),
      tags: fc.array(text(1, tagChars), { maxLength: 4 }),
      notes: text(0),
    });
    const recipient = input
      .map((r) => recipientFieldsSchema.safeParse(r))
      .filter((r) => r.success)
      .map((r) => r.data!);

    fc.assert(
      fc.property(fc.array(recipient, { minLength: 1, maxLength: 8 }), (list) => {
        // A name such as "a,a" is offered in a letter's order; kept as written, every value comes back.
        const csv = exportRecipientsCsv(list);
        const proposed = new Set(
          reimport(csv)
            .rows.filter((r) => r.nameWritten !== undefined)
            .map((r) => r.line),
        );
        const read = reimport(csv, proposed);
        expect(read.skipped).toEqual([]);
        expect(read.rows.map((r) => r.fields)).toEqual(list);
      }),
      { numRuns: 300 },
    );
  });
});

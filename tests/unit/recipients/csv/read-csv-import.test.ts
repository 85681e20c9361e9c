import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveCountry } from '../../../../electron/core/recipients/countries';
import { CsvImportError } from '../../../../electron/core/recipients/csv/csv-errors';
import { planImport, recipientLookup } from '../../../../electron/core/recipients/csv/import-plan';
import { readCsvImport, type CsvImportOptions } from '../../../../electron/core/recipients/csv/read-csv-import';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../../../fixtures/csv', name));
const read = (bytes: Uint8Array | string, options: Partial<CsvImportOptions> = {}) =>
  readCsvImport(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes, { resolveCountry, ...options });

function refusal(run: () => unknown): CsvImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof CsvImportError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('readCsvImport', () => {
  it('reads a semicolon-separated Spanish file (País;Nombre;Cargo;Género;Correo) end to end', () => {
    const result = read(fixture('recipients-es-semicolon.csv'));
    expect(result).toMatchObject({ encoding: 'utf-8-bom', delimiter: ';', warnings: [], total: 5 });
    expect(result.headers).toEqual(['País', 'Nombre', 'Cargo', 'Género', 'Correo', 'Dirección postal', 'Idioma', 'Etiquetas']);
    expect(result.mapping.unmapped).toEqual([]);
    expect(result.rows.map((r) => [r.line, r.fields.countryCode, r.fields.name, r.fields.gender, r.fields.language, r.fields.tags])).toEqual([
      [2, 'ES', 'Ana Ejemplo Ficticia', 'female', 'es', ['UE', 'prioridad']],
      [3, 'MX', 'Luis Inventado', 'male', 'es', ['OEA', 'seguimiento']],
      // The column writes men as "H", so "M" is mujer.
      [8, 'ES', 'ana ejemplo ficticia', 'female', 'en', []],
    ]);
    expect(result.rows[0].fields.postalAddress).toBe('Plaza Ficticia 1, 28000 Madrid');
    expect(result.rows[1].fields.office).toBe('Secretario de "Gobernación"\r\n(segunda línea)');
    expect(result.skipped.map((s) => s.message)).toEqual(['line 6: unknown country "Narnia"', 'line 7: email is not a valid email address']);

    const plan = planImport(result, recipientLookup([]));
    expect(plan.counts).toEqual({ create: 2, update: 0, skip: 3 });
    expect(plan.skip.map((s) => s.message)).toEqual([
      'line 6: unknown country "Narnia"',
      'line 7: email is not a valid email address',
      'line 8: duplicate of line 2 (same email)',
    ]);
  });

  it('reads a tab-separated French file', () => {
    const result = read(fixture('recipients-fr-tab.tsv'));
    expect(result.delimiter).toBe('\t');
    expect(result.mapping.columns).toEqual(['countryCode', 'name', 'office', 'gender', 'email', 'language', 'tags', 'notes']);
    expect(result.skipped).toEqual([]);
    expect(result.rows.map((r) => [r.fields.countryCode, r.fields.gender, r.fields.language, r.fields.tags])).toEqual([
      ['FR', 'female', 'fr', ['UE']],
      ['BE', 'male', 'en', []],
      ['SN', 'female', 'fr', ['UA', 'priorité']],
    ]);
    expect(result.rows[2].fields.notes).toBe('Note sur\ndeux lignes');
  });

  it('reads a Windows-1252 file and passes the warning on', () => {
    const result = read(fixture('recipients-windows-1252.csv'));
    expect(result.encoding).toBe('windows-1252');
    expect(result.warnings.map((w) => w.code)).toEqual(['windows1252']);
    expect(result.rows.map((r) => [r.fields.name, r.fields.notes])).toEqual([
      ['José Muñoz Ficticio', 'Budget 5€'],
      ['Hélène Exemple', ''],
    ]);
  });

  it('refuses a file missing required columns, naming them', () => {
    const error = refusal(() => read('Country;Full name;Email\nES;Ana;ana@example.org\n'));
    expect(error.reason).toBe('missingColumns');
    expect(error.message).toMatch(/^The file has no column for office \(a header such as "Office", "Cargo" or "Fonction"\)\./);
  });

  it("takes the user's column choices, as a list from the API or by index", () => {
    const csv = 'Land,Wer,Amt,Memo\nES,Ana,Ministra,x\n';
    expect(refusal(() => read(csv)).reason).toBe('missingColumns');
    const byList = read(csv, { columns: ['countryCode', 'name', 'office', null] });
    expect(byList.rows[0].fields).toMatchObject({ countryCode: 'ES', name: 'Ana', office: 'Ministra', notes: '' });
    expect(byList.mapping.unmapped).toEqual([{ index: 3, header: 'Memo' }]);
    const byIndex = read(csv, { columns: { 0: 'countryCode', 1: 'name', 2: 'office', 3: 'notes' } });
    expect(byIndex.rows[0].fields.notes).toBe('x');
  });

  it('refuses a column choice that is not a recipient field', () => {
    const error = refusal(() => read('a,b,c\nES,Ana,Ministra\n', { columns: ['countryCode', 'name', 'job'] }));
    expect(error.reason).toBe('unknownField');
    expect(error.message).toMatch(/^Column 3 is set to "job"/);
  });

  it('refuses an empty file, a binary file and an oversized file with clear messages', () => {
    expect(refusal(() => read('\r\n\r\n')).message).toMatch(/^The file is empty/);
    expect(refusal(() => read(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]))).reason).toBe('binary');
    expect(refusal(() => read(Buffer.alloc(50 * 1024 * 1024 + 1, 0x2c))).reason).toBe('tooLarge');
  });

  it('warns when rows have more cells than the header, which usually means a value needed quotes', () => {
    const result = read('País;Nombre;Cargo;Etiquetas\nES;Ana;Ministra;UE; prioridad\nES;Luis;Ministro;;\nES;Eva;Jueza;a;b\n');
    expect(result.warnings).toEqual([
      {
        code: 'extraCells',
        message:
          '2 rows have more cells than the header (first on line 2); the extra cells were not imported. A value that contains ";" must be in double quotes.',
      },
    ]);
    expect(result.rows.map((r) => r.fields.tags)).toEqual([['UE'], [], ['a']]);
  });

  it('reads a file with a header and no rows as nothing to import', () => {
    const result = read('Country,Name,Office\n');
    expect(result).toMatchObject({ rows: [], skipped: [], total: 0 });
    expect(planImport(result, recipientLookup([])).counts).toEqual({ create: 0, update: 0, skip: 0 });
  });
});

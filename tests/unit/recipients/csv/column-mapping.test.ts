import { describe, expect, it } from 'vitest';
import { CSV_FIELDS, CSV_HEADERS, guessField, mapColumns, requireColumns } from '../../../../electron/core/recipients/csv/column-mapping';
import { CsvImportError } from '../../../../electron/core/recipients/csv/csv-errors';

describe('guessField', () => {
  it.each([
    // English, Spanish, French; any case, accents or not.
    ['Country', 'countryCode'],
    ['PAÍS', 'countryCode'],
    ['pays', 'countryCode'],
    ['Country code', 'countryCode'],
    ['ISO', 'countryCode'],
    ['Código ISO', 'countryCode'],
    ['Nom du pays', 'countryCode'],
    ['Country name', 'countryCode'],
    ['Name', 'name'],
    ['Nombre', 'name'],
    ['Nom', 'name'],
    ['Full name', 'name'],
    ['Nombre completo', 'name'],
    ['Nom complet', 'name'],
    ['Office', 'office'],
    ['Cargo', 'office'],
    ['Fonction', 'office'],
    ['Title', 'office'],
    ['Position', 'office'],
    ['Puesto', 'office'],
    ['Titre', 'office'],
    ['Gender', 'gender'],
    ['Género', 'gender'],
    ['Genre', 'gender'],
    ['Sexo', 'gender'],
    ['Sexe', 'gender'],
    ['Civilité', 'gender'],
    ['Titre de civilité', 'gender'],
    ['Email', 'email'],
    ['E-mail', 'email'],
    ['Correo', 'email'],
    ['Correo electrónico', 'email'],
    ['Courriel', 'email'],
    ['Email address', 'email'],
    ['Adresse e-mail', 'email'],
    ['Adresse électronique', 'email'],
    ['Address', 'postalAddress'],
    ['Dirección', 'postalAddress'],
    ['Adresse', 'postalAddress'],
    ['Postal address', 'postalAddress'],
    ['Adresse postale', 'postalAddress'],
    ['Correo postal', 'postalAddress'],
    ['Office address', 'postalAddress'],
    ['Language', 'language'],
    ['Idioma', 'language'],
    ['Langue', 'language'],
    ['Letter language', 'language'],
    ['Tags', 'tags'],
    ['Etiquetas', 'tags'],
    ['Étiquettes', 'tags'],
    ['Notes', 'notes'],
    ['Notas', 'notes'],
    ['Comments', 'notes'],
    ['Remarques', 'notes'],
  ] as const)('%s → %s', (header, field) => {
    expect(guessField(header)).toBe(field);
  });

  it('leaves headers it does not know, and blank ones, unmapped', () => {
    expect(guessField('Id')).toBeUndefined();
    expect(guessField('Created at')).toBeUndefined();
    expect(guessField('  ')).toBeUndefined();
    // Whole words only: "Nomination" is not "nom".
    expect(guessField('Nomination')).toBeUndefined();
  });

  it('recognises every header the export writes', () => {
    for (const field of CSV_FIELDS) expect(guessField(CSV_HEADERS[field])).toBe(field);
  });
});

describe('mapColumns', () => {
  it('returns the mapping and the headers left unmapped', () => {
    const mapping = mapColumns(['ID', 'País', 'Nombre', 'Cargo', 'Fecha']);
    expect(mapping.columns).toEqual([undefined, 'countryCode', 'name', 'office', undefined]);
    expect(mapping.mapped).toEqual([
      { index: 1, header: 'País', field: 'countryCode' },
      { index: 2, header: 'Nombre', field: 'name' },
      { index: 3, header: 'Cargo', field: 'office' },
    ]);
    expect(mapping.unmapped).toEqual([
      { index: 0, header: 'ID' },
      { index: 4, header: 'Fecha' },
    ]);
    expect(mapping.missing).toEqual([]);
  });

  it('gives a field to the first header naming it only', () => {
    const mapping = mapColumns(['Country', 'Name', 'Office', 'Email', 'Work email']);
    expect(mapping.columns).toEqual(['countryCode', 'name', 'office', 'email', undefined]);
    expect(mapping.unmapped).toEqual([{ index: 4, header: 'Work email' }]);
  });

  it("applies the user's choices first, then detects the rest", () => {
    const mapping = mapColumns(['Land', 'Wer', 'Name', 'Office', 'Email'], { 0: 'countryCode', 1: 'name', 4: 'ignore' });
    // "Name" would be the name, but the user chose column 1 for it.
    expect(mapping.columns).toEqual(['countryCode', 'name', undefined, 'office', undefined]);
    expect(mapping.missing).toEqual([]);
  });

  it('ignores choices for columns the file does not have', () => {
    expect(mapColumns(['Country', 'Name', 'Office'], { 7: 'notes', [-1]: 'email' }).columns).toEqual(['countryCode', 'name', 'office']);
  });

  it('lists missing required fields, and requireColumns refuses them by name', () => {
    const headers = ['Nombre', 'Teléfono'];
    const mapping = mapColumns(headers);
    expect(mapping.missing).toEqual(['countryCode', 'office']);
    let error: unknown;
    try {
      requireColumns(mapping, headers);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CsvImportError);
    expect((error as CsvImportError).reason).toBe('missingColumns');
    expect((error as CsvImportError).message).toBe(
      'The file has no column for country (a header such as "Country", "País" or "Pays") and office (a header such as "Office", "Cargo" or "Fonction"). ' +
        'Columns found: "Nombre", "Teléfono". Rename the header in the first row, or choose the column by hand.',
    );
  });

  it('accepts a mapping with the three required fields', () => {
    expect(() => requireColumns(mapColumns(['Pays', 'Nom', 'Fonction']), ['Pays', 'Nom', 'Fonction'])).not.toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { genderLetter, parseGender, parseLanguage, splitTags } from '../../../../electron/core/recipients/csv/cell-values';
import { mapColumns } from '../../../../electron/core/recipients/csv/column-mapping';
import { convertRows } from '../../../../electron/core/recipients/csv/convert-rows';
import { escapeFormula, unescapeFormula } from '../../../../electron/core/recipients/csv/formula-escape';
import { parseCsv } from '../../../../electron/core/recipients/csv/parse-csv';
import { resolveCountry } from '../../../../electron/core/recipients/countries';
import { recipientFieldsSchema, type RecipientFieldsInput } from '../../../../shared/recipients/schemas';

// Through the schema, so fields the CSV does not fill get the schema's defaults.
const fields = (input: RecipientFieldsInput) => recipientFieldsSchema.parse(input);

/** CSV text → converted rows, as the import does it. */
function convert(text: string) {
  const [header, ...data] = parseCsv(text).records;
  return convertRows(data, mapColumns(header.cells).columns, resolveCountry);
}

describe('cell values', () => {
  it.each([
    ['F', 'female'],
    ['female', 'female'],
    ['Woman', 'female'],
    ['mujer', 'female'],
    ['Femenino', 'female'],
    ['femme', 'female'],
    ['Féminin', 'female'],
    ['Mme', 'female'],
    ['Ms.', 'female'],
    ['Mrs', 'female'],
    ['Sra.', 'female'],
    ['Srta.', 'female'],
    ['Excma. Sra.', 'female'],
    ['Madame', 'female'],
    ['M', 'male'],
    ['male', 'male'],
    ['Man', 'male'],
    ['hombre', 'male'],
    ['Masculino', 'male'],
    ['homme', 'male'],
    ['masculin', 'male'],
    ['M.', 'male'],
    ['Mr', 'male'],
    ['Sr.', 'male'],
    ['Excmo. Sr.', 'male'],
    ['Monsieur', 'male'],
    ['H', 'male'],
    ['', 'unspecified'],
    ['  ', 'unspecified'],
    ['X', 'unspecified'],
    ['N/A', 'unspecified'],
    ['unspecified', 'unspecified'],
    ['Otro', 'unspecified'],
    ['Non précisé', 'unspecified'],
  ] as const)('gender %j → %s', (cell, gender) => {
    expect(parseGender(cell)).toBe(gender);
  });

  it('does not guess a gender from words it does not know, or that disagree', () => {
    expect(parseGender('Dr.')).toBeUndefined();
    expect(parseGender('Mr and Mrs')).toBeUndefined();
    expect(genderLetter(' h ')).toBe('h');
    expect(genderLetter('M.')).toBe('m');
    expect(genderLetter('Mme')).toBeUndefined();
  });

  it.each([
    ['', 'en'],
    ['en', 'en'],
    ['English', 'en'],
    ['Inglés', 'en'],
    ['anglais', 'en'],
    ['EN-gb', 'en'],
    ['es', 'es'],
    ['Spanish', 'es'],
    ['Español', 'es'],
    ['castellano', 'es'],
    ['Espagnol', 'es'],
    ['es_MX', 'es'],
    ['FR', 'fr'],
    ['French', 'fr'],
    ['Francés', 'fr'],
    ['Français', 'fr'],
    ['fr-CA', 'fr'],
  ] as const)('language %j → %s', (cell, language) => {
    expect(parseLanguage(cell)).toBe(language);
  });

  it('does not take languages Letterdesk cannot write in', () => {
    expect(parseLanguage('Deutsch')).toBeUndefined();
    expect(parseLanguage('pt')).toBeUndefined();
  });

  it('splits tags on ; , or |', () => {
    expect(splitTags('EU; priority')).toEqual(['EU', 'priority']);
    expect(splitTags('EU,priority , g7')).toEqual(['EU', 'priority', 'g7']);
    expect(splitTags('EU|OAS| g7')).toEqual(['EU', 'OAS', 'g7']);
    expect(splitTags(' ;; ')).toEqual([]);
    // "|" inside a tag survives when ";" or "," separate.
    expect(splitTags('a|b; c')).toEqual(['a|b', 'c']);
    expect(splitTags('a|b;')).toEqual(['a|b']);
  });

  it('escapes formula-like cells and strips exactly that escape again', () => {
    for (const cell of ['=1+1', '+34 600', '-5', '@SUM(A1)', '\tx', '\rx']) {
      expect(escapeFormula(cell)).toBe(`'${cell}`);
      expect(unescapeFormula(escapeFormula(cell))).toBe(cell);
    }
    expect(escapeFormula('plain')).toBe('plain');
    expect(escapeFormula("'quoted")).toBe("'quoted");
    expect(unescapeFormula("'quoted")).toBe("'quoted");
    // A leading ' before a formula character gets one more, so the import gives it back.
    expect(escapeFormula("'=x")).toBe("''=x");
    expect(unescapeFormula("''=x")).toBe("'=x");
  });
});

describe('convertRows', () => {
  it('turns cells into recipient fields', () => {
    const { rows, skipped } = convert(
      'Country,Name,Office,Gender,Email,Address,Language,Tags,Notes\n' +
        'España,  Ana Ejemplo ,Ministra,Sra.,ana@example.org,"Plaza 1, Madrid",Español,"UE; prioridad; ue",\'=not a formula\n' +
        'FRA,Luc Exemple,Ministre,,,,,,\n',
    );
    expect(skipped).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        fields: fields({
          countryCode: 'ES',
          name: 'Ana Ejemplo',
          office: 'Ministra',
          gender: 'female',
          email: 'ana@example.org',
          postalAddress: 'Plaza 1, Madrid',
          language: 'es',
          tags: ['UE', 'prioridad'],
          notes: '=not a formula',
        }),
        provided: ['countryCode', 'name', 'office', 'gender', 'email', 'postalAddress', 'language', 'tags', 'notes'],
      },
      {
        line: 3,
        fields: fields({
          countryCode: 'FR',
          name: 'Luc Exemple',
          office: 'Ministre',
          gender: 'unspecified',
          email: '',
          postalAddress: '',
          language: 'en',
          tags: [],
          notes: '',
        }),
        provided: ['countryCode', 'name', 'office'],
      },
    ]);
  });

  it('reads "M" as a woman in a column that writes men as "H"', () => {
    const { rows } = convert('País;Nombre;Cargo;Sexo\nES;Ana;Ministra;M\nES;Luis;Ministro;H\nES;Eva;Jueza;m\n');
    expect(rows.map((r) => [r.fields.name, r.fields.gender])).toEqual([
      ['Ana', 'female'],
      ['Luis', 'male'],
      ['Eva', 'female'],
    ]);
    const english = convert('Country,Name,Office,Gender\nGB,Tom,Minister,M\nGB,Ann,Minister,F\n');
    expect(english.rows.map((r) => r.fields.gender)).toEqual(['male', 'female']);
  });

  it('skips rows it cannot import, each with its line and a plain reason', () => {
    const { rows, skipped } = convert(
      'Country,Name,Office,Gender,Email,Language,Tags\n' +
        'ES,Ana,Ministra,,,,\n' +
        'Narnia,Tumnus,Ambassador,,,,\n' +
        ',Nobody,Minister,,,,\n' +
        '"FR","Multi\nline",Ministre,,,,\n' +
        'FR,Luc,Ministre,,not-an-email,,\n' +
        'FR,Zoé,,Dr.,,Deutsch,\n' +
        `FR,Tag,Ministre,,,,"ok;${'x'.repeat(41)}"\n`,
    );
    expect(rows.map((r) => r.line)).toEqual([2, 5]);
    expect(skipped).toEqual([
      { line: 3, code: 'unknownCountry', field: 'countryCode', value: 'Narnia', message: 'line 3: unknown country "Narnia"' },
      { line: 4, code: 'required', field: 'countryCode', message: 'line 4: country is required' },
      { line: 7, code: 'email', field: 'email', message: 'line 7: email is not a valid email address' },
      {
        line: 8,
        code: 'unknownGender',
        field: 'gender',
        message: 'line 8: gender "Dr." is not female, male or blank; language "Deutsch" is not English, Spanish or French; office is required',
      },
      { line: 9, code: 'tooLong', field: 'tags', message: `line 9: tag "${'x'.repeat(41)}" is too long` },
    ]);
  });

  it('reads a missing cell at the end of a short row as blank, and ignores extra cells', () => {
    const { rows } = convert('Country,Name,Office,Email\nES,Ana,Ministra\nES,Luis,Ministro,luis@example.org,extra,cells\n');
    expect(rows.map((r) => r.fields.email)).toEqual(['', 'luis@example.org']);
  });
});

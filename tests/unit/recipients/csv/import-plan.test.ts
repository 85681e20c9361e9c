import { describe, expect, it } from 'vitest';
import { resolveCountry } from '../../../../electron/core/recipients/countries';
import { identityKey, mergeForUpdate, planImport, recipientLookup } from '../../../../electron/core/recipients/csv/import-plan';
import { readCsvImport } from '../../../../electron/core/recipients/csv/read-csv-import';
import { recipientFieldsSchema, type RecipientFields, type RecipientFieldsInput } from '../../../../shared/recipients/schemas';

const read = (csv: string) => readCsvImport(Buffer.from(csv, 'utf8'), { resolveCountry });
const fields = (input: Partial<RecipientFieldsInput>): RecipientFields =>
  recipientFieldsSchema.parse({ countryCode: 'ES', office: 'Ministra', name: 'Ana Ejemplo', ...input });

const EXISTING = [
  { id: 'id-ana', countryCode: 'ES', office: 'Ministra de Justicia', name: 'Ana López', email: 'Ana@Example.org' },
  { id: 'id-luc', countryCode: 'FR', office: 'Ministre', name: 'Luc Exemple', email: '' },
];

describe('planImport', () => {
  it('updates by email first (any case), else by country + office + name (any case or accents), and creates the rest', () => {
    const plan = planImport(
      read(
        'Country,Name,Office,Email\n' +
          'ES,Ana López García,Ministra,ana@example.org\n' + // email matches, name changed
          'FR,LUC  EXEMPLE,ministre,luc@example.org\n' + // no email match; identity matches
          'FR,Léa Nouvelle,Ministre,\n',
      ),
      recipientLookup(EXISTING),
    );
    expect(plan.counts).toEqual({ create: 1, update: 2, skip: 0 });
    expect(plan.update.map((u) => [u.line, u.id, u.matchedBy])).toEqual([
      [2, 'id-ana', 'email'],
      [3, 'id-luc', 'identity'],
    ]);
    expect(plan.create.map((r) => r.fields.name)).toEqual(['Léa Nouvelle']);
  });

  it('skips duplicates within the file, keeping the first, and lists every skip by line', () => {
    const plan = planImport(
      read(
        'Country,Name,Office,Email\n' +
          'ES,Ana,Ministra,ana@example.org\n' +
          'ES,Ana B,Ministra,ANA@example.org \n' + // same email
          'Narnia,X,Y,\n' +
          'ES,Luis,Ministro,\n' +
          'es,luís,MINISTRO,luis@example.org\n' + // same country + office + name
          'FR,Luc Exemple,Ministre,\n' + // matches id-luc
          'FR,Luc E.,Ministre,ana@example.org\n', // same email as line 2
      ),
      recipientLookup([EXISTING[1]]),
    );
    expect(plan.counts).toEqual({ create: 2, update: 1, skip: 4 });
    expect(plan.skip.map((s) => s.message)).toEqual([
      'line 3: duplicate of line 2 (same email)',
      'line 4: unknown country "Narnia"',
      'line 6: duplicate of line 5 (same country, office and name)',
      'line 8: duplicate of line 2 (same email)',
    ]);
    expect(plan.skip[0]).toMatchObject({ code: 'duplicate', duplicateOf: 2 });
  });

  it('skips a second row that matches the same existing recipient another way', () => {
    const plan = planImport(
      read('Country,Name,Office,Email\nES,Someone Else,Embajadora,ana@example.org\nES,Ana López,Ministra de Justicia,\n'),
      recipientLookup(EXISTING),
    );
    expect(plan.update.map((u) => u.line)).toEqual([2]);
    expect(plan.skip.map((s) => s.message)).toEqual(['line 3: duplicate of line 2 (both match the same existing recipient)']);
  });

  it('keys identities without case, accents or extra spaces', () => {
    expect(identityKey('es', ' Ministra  de Justicia', 'ANA LÓPEZ')).toBe(identityKey('ES', 'ministra de justicia', 'Ana Lopez'));
    expect(identityKey('ES', 'Ministra', 'Ana')).not.toBe(identityKey('MX', 'Ministra', 'Ana'));
  });
});

describe('mergeForUpdate', () => {
  it('takes the cells the file filled and keeps the existing value for blank ones', () => {
    const existing = {
      ...fields({ email: 'old@example.org', language: 'es', gender: 'female', tags: ['UE'], notes: 'Keep me' }),
      id: 'x',
      createdAt: '',
      updatedAt: '',
    };
    const [row] = read('Country,Name,Office,Email,Language,Gender,Tags\nES,Ana Ejemplo,Ministra de Justicia,,,,G20\n').rows;
    expect(mergeForUpdate(existing, row)).toEqual(
      fields({ office: 'Ministra de Justicia', gender: 'female', email: 'old@example.org', language: 'es', tags: ['G20'], notes: 'Keep me' }),
    );
  });
});

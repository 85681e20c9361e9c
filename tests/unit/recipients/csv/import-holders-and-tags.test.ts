import { describe, expect, it } from 'vitest';
import { recentActivity } from '../../../../electron/core/db/activity-log';
import type { ImportResult } from '../../../../shared/recipients/contract';
import type { Recipient } from '../../../../shared/recipients/schemas';
import { todayIso } from '../../../../shared/tracking/dates';
import { workspaceForEachTest } from '../../../helpers/workspace-per-test';

/*
 * Getting recipients ready from a partner's CSV, through dispatch on a real
 * workspace: a row for an office entry that has no holder fills that holder
 * (no second "Prime Minister of France"), the preview says so and shows each
 * change old and new; the import tags what it creates and updates; a
 * "Verified on" column is read in three languages and two orders; a row with
 * an unknown country can be given one in the preview.
 */
const { t, ok } = workspaceForEachTest();

const base64 = (text: string) => Buffer.from(text).toString('base64');
const importCsv = (text: string, extra: Record<string, unknown> = {}) =>
  ok<ImportResult>('recipients.importCsv', { fileName: 'socios.csv', contentBase64: base64(text), ...extra });
const all = async () => (await ok<{ rows: Recipient[] }>('recipients.list', { limit: 500, sortBy: 'country' })).rows;
const byCountry = async (code: string) => (await all()).filter((r) => r.countryCode === code);

// The Spanish partner's list: Spanish headers and titles, for offices the EU group entries already hold.
const PARTNER = [
  'País;Nombre;Cargo;Correo;Verificado el',
  'Francia;Claire Martin;Primera ministra de Francia;claire@example.org;03/11/2026',
  'España;Ana López;Presidenta del Gobierno;;2026-11-02',
  'Alemania;Karl Weber;Canciller Federal;;',
  'Italia;Giulia Rossi;Presidenta del Consejo de Ministros;;1.10.2026',
  'Noruega;Ola Nordmann;Primer ministro;;',
].join('\n');

describe('CSV import fills the holders of office entries', () => {
  it('previews "to update: holder added" with each change, and creates no second entry', async () => {
    await ok('recipients.addGroupOffices', { group: 'EU', officeType: 'head_of_government' });
    const frenchEntry = (await byCountry('FR'))[0];
    const preview = await importCsv(PARTNER);

    expect(preview.counts).toEqual({ create: 1, update: 4, skip: 0 });
    expect(preview.holderAdded).toBe(4);
    expect(preview.create.map((r) => r.countryCode)).toEqual(['NO']);
    const france = preview.update.find((r) => r.countryCode === 'FR');
    expect(france).toMatchObject({ id: frenchEntry.id, fillsHolder: true, name: 'Claire Martin' });
    expect(france?.changes).toEqual([
      { field: 'name', before: '', after: 'Claire Martin' },
      { field: 'email', before: '', after: 'claire@example.org' },
      { field: 'verifiedOn', before: '', after: '2026-11-03' },
    ]);
    // Nothing is written by a preview.
    expect((await byCountry('FR'))[0].name).toBe('');

    const done = await importCsv(PARTNER, { commit: true });
    expect(done.committed).toBe(true);
    const everyone = await all();
    expect(everyone).toHaveLength(28);
    const [fr] = await byCountry('FR');
    expect(await byCountry('FR')).toHaveLength(1);
    // The entry keeps its own title and type: the file's Spanish title names the same office.
    expect(fr).toMatchObject({ id: frenchEntry.id, name: 'Claire Martin', office: frenchEntry.office, officeType: 'head_of_government' });
    expect(fr.verifiedOn).toBe('2026-11-03');
    expect((await byCountry('IT'))[0].verifiedOn).toBe('2026-10-01');
    expect((await byCountry('DE'))[0].name).toBe('Karl Weber');
    expect(recentActivity(t.workspace.db(), 1)[0].summary).toBe('Imported socios.csv: 1 created, 4 updated, 4 holders added, 0 skipped');

    // The same file again finds the holders by name: nothing new, nothing duplicated.
    const again = await importCsv(PARTNER);
    expect(again.counts).toEqual({ create: 0, update: 5, skip: 0 });
    expect(again.holderAdded).toBe(0);
    expect(again.update.flatMap((r) => r.changes)).toEqual([]);
  });

  it('fills an office entry only for its own office type, and only once', async () => {
    await ok('recipients.create', { countryCode: 'FR', office: 'Prime Minister' });
    await ok('recipients.create', { countryCode: 'FR', office: 'Ambassador to Spain' });
    const preview = await importCsv(
      ['Country,Name,Office', 'France,Claire Martin,Première ministre', 'France,Paul Durand,Premier ministre', 'France,Luc Petit,Ambassadeur en Espagne'].join(
        '\n',
      ),
    );
    // One holder for the prime minister's entry; the second claimant is a duplicate; ambassadors are many, so no guess.
    expect(preview.counts).toEqual({ create: 1, update: 1, skip: 1 });
    expect(preview.update[0]).toMatchObject({ line: 2, fillsHolder: true });
    expect(preview.skip[0]).toMatchObject({ line: 3, code: 'duplicate' });
    expect(preview.create[0]).toMatchObject({ line: 4, name: 'Luc Petit' });
  });
});

describe('CSV import tags what it imports', () => {
  it('adds the tags given to every row created or updated, once each', async () => {
    const existing = await ok<Recipient>('recipients.create', { countryCode: 'ES', office: 'Presidente del Gobierno', name: 'Ana López', tags: ['Partners'] });
    const csv = ['Country,Name,Office,Tags', 'Spain,Ana López,Presidente del Gobierno,', 'Portugal,João Silva,Primeiro-Ministro,priority'].join('\n');
    const preview = await importCsv(csv, { tags: ['partners', 'Autumn 2026'] });
    expect(preview.update[0].changes).toEqual([{ field: 'tags', before: 'Partners', after: 'Autumn 2026, Partners' }]);
    await importCsv(csv, { tags: ['partners', 'Autumn 2026'], commit: true });
    expect((await ok<Recipient>('recipients.get', { id: existing.id })).tags.sort()).toEqual(['Autumn 2026', 'Partners']);
    expect((await byCountry('PT'))[0].tags.sort()).toEqual(['Autumn 2026', 'partners', 'priority']);
    const refused = await import('../../../../electron/core/api/dispatch').then(({ dispatch }) =>
      dispatch(t.handlers, 'recipients.importCsv', { fileName: 'x.csv', contentBase64: base64(csv), tags: ['a;b'] }),
    );
    expect(refused.ok).toBe(false);
  });
});

describe('CSV import reads "Verified on"', () => {
  it.each([
    ['Verified on', 'en'],
    ['Verificado el', 'es'],
    ['Vérifié le', 'fr'],
  ])('from a column headed "%s"', async (header) => {
    const preview = await importCsv([`Country,Name,Office,${header}`, 'Spain,Ana,Presidenta,31/03/2026'].join('\n'));
    expect(preview.columns[3]).toBe('verifiedOn');
    await importCsv([`Country,Name,Office,${header}`, 'Spain,Ana,Presidenta,31/03/2026'].join('\n'), { commit: true });
    expect((await byCountry('ES'))[0].verifiedOn).toBe('2026-03-31');
  });

  it('makes a day it cannot read, or one still to come, a problem of its row', async () => {
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 2);
    const preview = await importCsv(
      [
        'Country,Name,Office,Verified on',
        'Spain,Ana,Presidenta,31/02/2026',
        'France,Luc,Ministre,03/31/2026',
        'Italy,Gia,Ministra,last spring',
        `Malta,Joe,Minister,${todayIso(tomorrow)}`,
        'Cyprus,Eleni,Minister,',
      ].join('\n'),
    );
    expect(preview.counts).toEqual({ create: 1, update: 0, skip: 4 });
    expect(preview.skip.map((s) => [s.line, s.code, s.field])).toEqual([
      [2, 'date', 'verifiedOn'],
      [3, 'date', 'verifiedOn'],
      [4, 'date', 'verifiedOn'],
      [5, 'futureDate', 'verifiedOn'],
    ]);
    expect(preview.skip[0].message).toBe('line 2: verified on "31/02/2026" is not a day (YYYY-MM-DD or day/month/year)');
  });
});

describe('CSV import: a country chosen in the preview', () => {
  const csv = ['Country,Name,Office', 'Narnia,Tumnus,Prime Minister', 'Spain,Ana,Presidenta', 'Atlantis,Nemo,Prime Minister'].join('\n');

  it('imports a row whose country was not recognised, once the person gives it one', async () => {
    const preview = await importCsv(csv);
    expect(preview.skip).toEqual([
      { line: 2, code: 'unknownCountry', field: 'countryCode', value: 'Narnia', message: 'line 2: unknown country "Narnia"' },
      { line: 4, code: 'unknownCountry', field: 'countryCode', value: 'Atlantis', message: 'line 4: unknown country "Atlantis"' },
    ]);
    const chosen = await importCsv(csv, { choices: { countries: { '2': 'GB' } } });
    expect(chosen.counts).toEqual({ create: 2, update: 0, skip: 1 });
    expect(chosen.create.find((r) => r.line === 2)?.countryCode).toBe('GB');
    await importCsv(csv, { choices: { countries: { '2': 'GB' } }, commit: true });
    expect((await byCountry('GB'))[0].name).toBe('Tumnus');
  });

  it('refuses a chosen country Letterdesk does not know', async () => {
    const { dispatch } = await import('../../../../electron/core/api/dispatch');
    const result = await dispatch(t.handlers, 'recipients.importCsv', { fileName: 'x.csv', contentBase64: base64(csv), choices: { countries: { '2': 'XX' } } });
    expect(result.ok).toBe(false);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../shared/recipients/contract';
import type { Recipient } from '../../../shared/recipients/schemas';
import { dispatch } from '../../../electron/core/api/dispatch';
import { workspaceForEachTest } from '../../helpers/workspace-per-test';

/*
 * The recipients operations that depend on protocol data, through the same
 * dispatch as the app, against a real workspace.
 */
const { t, ok } = workspaceForEachTest();

const list = (filter: Record<string, unknown>) => ok<{ total: number; rows: Recipient[] }>('recipients.list', { limit: 500, ...filter });
const base64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

describe('group offices', () => {
  it('creates one head-of-government entry per EU member, holder to verify, and skips existing ones', async () => {
    await ok('recipients.create', {
      countryCode: 'ES',
      office: 'Presidente del Gobierno',
      name: 'Someone Fictional',
      verifiedOn: new Date().toISOString().slice(0, 10),
    });
    const result = await ok<{ created: number; skipped: { countryCode: string }[] }>('recipients.addGroupOffices', {
      group: 'EU',
      officeType: 'head_of_government',
      tags: ['eu-2026'],
    });
    expect(result.created).toBe(26);
    expect(result.skipped.map((s) => s.countryCode)).toEqual(['ES']);

    const eu = await list({ group: 'EU', officeType: 'head_of_government' });
    expect(eu.total).toBe(27);
    const germany = eu.rows.find((r) => r.countryCode === 'DE')!;
    expect(germany).toMatchObject({ name: '', office: 'Federal Chancellor', toVerify: true, tags: ['eu-2026'] });
    expect((await list({ group: 'EU', toVerify: true })).total).toBe(26);
    expect((await list({ region: 'Europe', countryCode: 'DE' })).total).toBe(1);
    expect((await list({ region: 'Africa', group: 'EU' })).total).toBe(0);
  });
});

describe('CSV import through the API', () => {
  const csv = [
    'País;Nombre;Cargo;Género;Correo;Idioma',
    'España;Ana Ficticia;Presidenta del Gobierno;mujer;ana@example.org;es',
    'Narnia;Nadie;Rey;hombre;;es',
    'Allemagne;Karl Erfunden;Bundeskanzler;M;;fr',
  ].join('\r\n');

  it('previews without writing, then imports all or nothing', async () => {
    const preview = await ok<ImportResult>('recipients.importCsv', { fileName: 'socios.csv', contentBase64: base64(csv) });
    expect(preview).toMatchObject({ delimiter: ';', total: 3, counts: { create: 2, update: 0, skip: 1 }, committed: false });
    expect(preview.skip[0]).toMatchObject({ line: 3, code: 'unknownCountry' });
    expect((await list({})).total).toBe(0);

    const done = await ok<ImportResult>('recipients.importCsv', { fileName: 'socios.csv', contentBase64: base64(csv), commit: true });
    expect(done.committed).toBe(true);
    const rows = (await list({})).rows;
    expect(rows.map((r) => [r.countryCode, r.name, r.officeType, r.gender, r.language])).toEqual([
      ['ES', 'Ana Ficticia', 'head_of_government', 'female', 'es'],
      ['DE', 'Karl Erfunden', 'head_of_government', 'male', 'fr'],
    ]);
    expect(fs.readdirSync(path.join(t.dir, 'backups')).some((f) => f.startsWith('pre-import-'))).toBe(true);

    // Importing the same file again updates by email or country + office + name; nothing is duplicated.
    const again = await ok<ImportResult>('recipients.importCsv', { fileName: 'socios.csv', contentBase64: base64(csv), commit: true });
    expect(again.counts).toEqual({ create: 0, update: 2, skip: 1 });
    expect((await list({})).total).toBe(2);
  });

  it('refuses a binary file and a file without the required columns, writing nothing', async () => {
    const binary = await dispatch(t.handlers, 'recipients.importCsv', {
      fileName: 'photo.csv',
      contentBase64: base64(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2, 3])),
      commit: true,
    });
    expect(binary).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const missing = await dispatch(t.handlers, 'recipients.importCsv', {
      fileName: 'x.csv',
      contentBase64: base64('Name,Email\nA,a@example.org\n'),
      commit: true,
    });
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.error.message).toMatch(/country|office/i);
    expect((await list({})).total).toBe(0);
  });

  it('lets the user fix the column mapping', async () => {
    const odd = 'Land,Wer,Amt\nES,Ana Ficticia,Ministra de Asuntos Exteriores\n';
    expect((await dispatch(t.handlers, 'recipients.importCsv', { fileName: 'odd.csv', contentBase64: base64(odd) })).ok).toBe(false);
    const fixed = await ok<ImportResult>('recipients.importCsv', {
      fileName: 'odd.csv',
      contentBase64: base64(odd),
      columns: { 0: 'countryCode', 1: 'name', 2: 'office' },
      commit: true,
    });
    expect(fixed.counts.create).toBe(1);
    expect((await list({})).rows[0]).toMatchObject({ officeType: 'foreign_minister' });
  });
});

describe('CSV export', () => {
  it('exports the filtered recipients, escaped against formulas, and imports back the same', async () => {
    await ok('recipients.create', { countryCode: 'FR', office: 'Président de la République', name: 'Jean Ficti', notes: '=HYPERLINK("x")', tags: ['g7'] });
    await ok('recipients.create', { countryCode: 'JP', office: 'Prime Minister', name: 'Someone Else' });
    const exported = await ok<{ content: string; count: number; fileName: string }>('recipients.exportCsv', { tag: 'g7' });
    expect(exported.count).toBe(1);
    expect(exported.fileName).toMatch(/\.csv$/);
    expect(exported.content).toContain("'=HYPERLINK");
    const reimport = await ok<ImportResult>('recipients.importCsv', { fileName: 'back.csv', contentBase64: base64(exported.content), commit: true });
    expect(reimport.counts).toEqual({ create: 0, update: 1, skip: 0 });
    const [jean] = (await list({ tag: 'g7' })).rows;
    expect(jean.notes).toBe('=HYPERLINK("x")');
  });
});

import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../../shared/recipients/contract';
import type { Recipient } from '../../../../shared/recipients/schemas';
import { dispatch } from '../../../../electron/core/api/dispatch';
import { workspaceForEachTest } from '../../../helpers/workspace-per-test';

/*
 * A partner's CSV as partners write it: names "Surname, Given" or in
 * capitals, offices that join two titles. The preview lists every name it
 * would change and how each office was understood; the person keeps names
 * as written and corrects office types per line, and the commit does what
 * the preview showed. Through dispatch, against a real workspace.
 */
const { t, ok } = workspaceForEachTest();

const base64 = (text: string) => Buffer.from(text).toString('base64');
const list = () => ok<{ rows: Recipient[] }>('recipients.list', { limit: 500, sortBy: 'country' });

// English, Spanish and French lists, as partners send them.
const csv = [
  'Country,Name,Office,Gender,Language',
  'Ireland,"O\'Brien, Siobhán",Taoiseach,female,en',
  'España,"LÓPEZ GARCÍA, Ana",Presidenta del Gobierno,female,es',
  'France,DUPONT Jean,Premier ministre et ministre des Affaires étrangères,male,fr',
  'Greece,"ΜΗΤΣΟΤΑΚΗΣ, Κυριάκος",Prime Minister,male,en',
  'Saudi Arabia,Mohammed bin Salman,Crown Prince and Prime Minister,male,en',
  'Turkmenistan,Someone Fictional,Chairman of the Halk Maslahaty,male,en',
  'Belgium,"VAN DER BERG, Jan",Deputy Prime Minister and Minister of Foreign Affairs,male,fr',
].join('\n');

describe('CSV import: names and offices', () => {
  it('shows every name it changes, before and after, and imports the new form', async () => {
    const preview = await ok<ImportResult>('recipients.importCsv', { fileName: 'partners.csv', contentBase64: base64(csv) });
    expect(preview.nameCount).toBe(4);
    expect(preview.names).toEqual([
      { line: 2, before: "O'Brien, Siobhán", after: "Siobhán O'Brien", kept: false },
      { line: 3, before: 'LÓPEZ GARCÍA, Ana', after: 'Ana López García', kept: false },
      { line: 4, before: 'DUPONT Jean', after: 'Jean Dupont', kept: false },
      { line: 8, before: 'VAN DER BERG, Jan', after: 'Jan van der Berg', kept: false },
    ]);
    expect(preview.create.find((r) => r.line === 5)?.name).toBe('ΜΗΤΣΟΤΑΚΗΣ, Κυριάκος');

    await ok<ImportResult>('recipients.importCsv', { fileName: 'partners.csv', contentBase64: base64(csv), commit: true });
    const names = (await list()).rows.map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(["Siobhán O'Brien", 'Ana López García', 'Jean Dupont', 'Jan van der Berg', 'ΜΗΤΣΟΤΑΚΗΣ, Κυριάκος']));
  });

  it('shows how each office was understood, and stores it so', async () => {
    const preview = await ok<ImportResult>('recipients.importCsv', { fileName: 'partners.csv', contentBase64: base64(csv) });
    const understood = Object.fromEntries(preview.create.map((r) => [r.line, r.officeType]));
    expect(understood).toEqual({
      2: 'head_of_government',
      3: 'head_of_government',
      4: 'head_of_government',
      5: 'head_of_government',
      6: 'head_of_government',
      7: 'custom',
      8: 'foreign_minister',
    });
    await ok('recipients.importCsv', { fileName: 'partners.csv', contentBase64: base64(csv), commit: true });
    const stored = Object.fromEntries((await list()).rows.map((r) => [r.countryCode, r.officeType]));
    expect(stored).toMatchObject({ FR: 'head_of_government', SA: 'head_of_government', TM: 'custom', BE: 'foreign_minister' });
  });

  it('keeps the names the person reverted, and the office types the person chose, through the commit', async () => {
    const choices = { keepNames: [2, 4], officeTypes: { 7: 'head_of_state' } };
    const preview = await ok<ImportResult>('recipients.importCsv', { fileName: 'partners.csv', contentBase64: base64(csv), choices });
    expect(preview.names.filter((n) => n.kept).map((n) => [n.line, n.before, n.after])).toEqual([
      [2, "O'Brien, Siobhán", "Siobhán O'Brien"],
      [4, 'DUPONT Jean', 'Jean Dupont'],
    ]);
    expect(preview.create.find((r) => r.line === 7)).toMatchObject({ officeType: 'head_of_state', officeTypeChosen: true });

    await ok('recipients.importCsv', { fileName: 'partners.csv', contentBase64: base64(csv), choices, commit: true });
    const rows = (await list()).rows;
    const by = (code: string) => rows.find((r) => r.countryCode === code)!;
    expect(by('IE').name).toBe("O'Brien, Siobhán");
    expect(by('FR').name).toBe('DUPONT Jean');
    expect(by('ES').name).toBe('Ana López García');
    expect(by('TM')).toMatchObject({ officeType: 'head_of_state', office: 'Chairman of the Halk Maslahaty' });
  });

  it('keeps a chosen office type when the same file updates the recipients', async () => {
    await ok('recipients.importCsv', { fileName: 'partners.csv', contentBase64: base64(csv), commit: true });
    const again = await ok<ImportResult>('recipients.importCsv', {
      fileName: 'partners.csv',
      contentBase64: base64(csv),
      choices: { officeTypes: { 7: 'head_of_state' } },
      commit: true,
    });
    expect(again.counts.update).toBe(7);
    expect((await list()).rows.find((r) => r.countryCode === 'TM')?.officeType).toBe('head_of_state');
  });

  it('refuses choices that are not lines or office types', async () => {
    for (const choices of [{ keepNames: ['2'] }, { officeTypes: { 7: 'emperor' } }, { officeTypes: { x: 'custom' } }, { other: true }]) {
      const result = await dispatch(t.handlers, 'recipients.importCsv', { fileName: 'partners.csv', contentBase64: base64(csv), choices });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });
});

import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api/dispatch';
import { recentActivity } from '../../../electron/core/db/activity-log';
import { verifyRecipients } from '../../../electron/core/recipients/verify-recipients';
import type { Recipient } from '../../../shared/recipients/schemas';
import { todayIso } from '../../../shared/tracking/dates';
import { workspaceForEachTest } from '../../helpers/workspace-per-test';

/*
 * "Mark verified" (recipients.verify) on a real workspace: by ids, by tag or
 * all, one transaction and one activity-log line, entries without a holder
 * left to verify, and dates refused when they are not days or lie ahead.
 */

const { t, ok } = workspaceForEachTest();

const add = (name: string, countryCode: string, tags: string[] = []) =>
  ok<Recipient>('recipients.create', { countryCode, office: 'Prime Minister', name, tags, verifiedOn: '2020-01-01' });
const get = (id: string) => ok<Recipient>('recipients.get', { id });

describe('recipients.verify', () => {
  it('marks the selected recipients verified on the date given, and only them', async () => {
    const [ana, bo, cy] = [await add('Ana', 'ES'), await add('Bo', 'SE'), await add('Cy', 'CY')];
    expect(ana.toVerify).toBe(true);
    const result = await ok<{ verified: number; noHolder: number; date: string }>('recipients.verify', { ids: [ana.id, bo.id], date: todayIso() });
    expect(result).toEqual({ verified: 2, noHolder: 0, date: todayIso() });
    expect((await get(ana.id)).verifiedOn).toBe(todayIso());
    expect((await get(ana.id)).toVerify).toBe(false);
    expect((await get(bo.id)).toVerify).toBe(false);
    expect((await get(cy.id)).verifiedOn).toBe('2020-01-01');
    expect(recentActivity(t.workspace.db(), 1)[0].summary).toBe(`Marked 2 selected recipients verified on ${todayIso()}`);
  });

  it('defaults to today, and reaches recipients by tag or all of them', async () => {
    const [ana, bo, cy] = [await add('Ana', 'ES', ['EU']), await add('Bo', 'SE', ['eu']), await add('Cy', 'CY')];
    expect(await ok('recipients.verify', { tag: 'Eu', date: '2026-01-02' })).toEqual({ verified: 2, noHolder: 0, date: '2026-01-02' });
    expect((await get(cy.id)).verifiedOn).toBe('2020-01-01');
    expect(await ok('recipients.verify', { all: true })).toEqual({ verified: 3, noHolder: 0, date: todayIso() });
    for (const r of [ana, bo, cy]) expect((await get(r.id)).verifiedOn).toBe(todayIso());
  });

  it('leaves entries with no holder to verify, and counts them', async () => {
    const ana = await add('Ana', 'ES');
    const vacant = await ok<Recipient>('recipients.create', { countryCode: 'FR', office: 'Prime Minister' });
    expect(await ok('recipients.verify', { ids: [ana.id, vacant.id] })).toMatchObject({ verified: 1, noHolder: 1 });
    expect((await get(vacant.id)).verifiedOn).toBeNull();
    expect((await get(vacant.id)).toVerify).toBe(true);
    expect(recentActivity(t.workspace.db(), 1)[0].summary).toContain("1 without a holder's name left to verify");
  });

  it('refuses a date that is not a day or lies ahead, and a request naming no recipients or two ways at once', async () => {
    const ana = await add('Ana', 'ES');
    const before = recentActivity(t.workspace.db(), 100).length;
    for (const input of [
      { ids: [ana.id], date: '02/03/2026' },
      { ids: [ana.id], date: '2026-02-30' },
      { ids: [ana.id], date: '9999-01-01' },
      {},
      { ids: [ana.id], all: true },
      { tag: 'EU', all: true },
      { all: false },
    ]) {
      const result = await dispatch(t.handlers, 'recipients.verify', input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid_input');
    }
    expect((await get(ana.id)).verifiedOn).toBe('2020-01-01');
    expect(recentActivity(t.workspace.db(), 100).length).toBe(before);
  });

  it('refuses tomorrow as seen from the day given as today', () => {
    expect(() => verifyRecipients(t.workspace.db(), { all: true, date: '2026-03-02' }, '2026-03-01')).toThrow(/in the future/);
    expect(verifyRecipients(t.workspace.db(), { all: true, date: '2026-03-01' }, '2026-03-01')).toEqual({ verified: 0, noHolder: 0, date: '2026-03-01' });
  });

  it('writes all or nothing: a failure inside the transaction leaves every date as it was', async () => {
    const [ana, bo] = [await add('Ana', 'ES'), await add('Bo', 'SE')];
    const db = t.workspace.db();
    db.exec("CREATE TEMP TRIGGER fail_second BEFORE UPDATE OF verified_on ON recipients WHEN old.name = 'Bo' BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    expect(() => verifyRecipients(db, { ids: [ana.id, bo.id] })).toThrow(/disk full/);
    db.exec('DROP TRIGGER temp.fail_second');
    expect((await get(ana.id)).verifiedOn).toBe('2020-01-01');
  });
});

describe('recipients.addGroupOffices', () => {
  const firstCountries = async (language: string) => {
    const list = await ok<{ rows: Recipient[] }>('recipients.list', { sortBy: 'name', limit: 500 });
    return { list: list.rows.map((r) => r.countryCode), language };
  };

  it('creates the entries in the order of the country names in the UI language, so the list shows them so', async () => {
    await ok('recipients.addGroupOffices', { group: 'EU', officeType: 'head_of_government', language: 'fr' });
    const { list } = await firstCountries('fr');
    expect(list).toHaveLength(27);
    // Allemagne (DE), Autriche (AT), Belgique (BE), Bulgarie (BG), Chypre (CY), Croatie (HR), Danemark (DK), Espagne (ES)...
    expect(list.slice(0, 8)).toEqual(['DE', 'AT', 'BE', 'BG', 'CY', 'HR', 'DK', 'ES']);
  });

  it('in English and Spanish too', async () => {
    await ok('recipients.addGroupOffices', { group: 'EU', officeType: 'head_of_state', language: 'en' });
    expect((await firstCountries('en')).list.slice(0, 4)).toEqual(['AT', 'BE', 'BG', 'HR']);
    await ok('recipients.addGroupOffices', { group: 'EU', officeType: 'foreign_minister', language: 'es' });
    const es = await ok<{ rows: Recipient[] }>('recipients.list', { officeType: 'foreign_minister', limit: 500 });
    // Alemania (DE), Austria (AT), Bélgica (BE), Bulgaria (BG), Chequia (CZ), Chipre (CY), Croacia (HR)...
    expect(es.rows.map((r) => r.countryCode).slice(0, 7)).toEqual(['DE', 'AT', 'BE', 'BG', 'CZ', 'CY', 'HR']);
  });
});

describe('the list a campaign links to', () => {
  it('shows only the campaign recipients still to verify, for "Mark verified" to clear them', async () => {
    const [ana, bo] = [await add('Ana', 'ES'), await add('Bo', 'SE')];
    const outside = await add('Cy', 'CY');
    const templates = await ok<{ id: string }[]>('templates.list', {});
    const campaign = await ok<{ id: string }>('campaigns.create', {
      name: 'Appeal',
      templateId: templates[0].id,
      letterDate: '2026-01-01',
      referencePrefix: 'AP',
      recipients: { by: 'ids', ids: [ana.id, bo.id] },
    });
    const listed = async () => (await ok<{ rows: Recipient[] }>('recipients.list', { campaignId: campaign.id, toVerify: true })).rows.map((r) => r.name).sort();
    expect(await listed()).toEqual(['Ana', 'Bo']);
    await ok('recipients.verify', { ids: [ana.id] });
    expect(await listed()).toEqual(['Bo']);
    expect((await get(outside.id)).toVerify).toBe(true);
    const exported = await ok<{ count: number }>('recipients.exportCsv', { campaignId: campaign.id });
    expect(exported.count).toBe(2);
  });
});

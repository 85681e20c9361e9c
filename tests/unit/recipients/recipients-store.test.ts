import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countrySearchExtras } from '../../../electron/core/recipients/recipient-rules';
import { withOfficeType } from '../../../electron/core/recipients/recipient-rules';
import { recentActivity } from '../../../electron/core/db/activity-log';
import { listRecipients, listTags, toFtsQuery, type ListQuery } from '../../../electron/core/recipients/recipients-query';
import {
  createRecipient,
  deleteRecipient,
  getRecipient,
  retagRecipients,
  updateRecipient,
  writeRecipients,
} from '../../../electron/core/recipients/recipients-repo';
import { recipientFieldsSchema, type RecipientFieldsInput } from '../../../shared/recipients/schemas';
import { openTempWorkspace, type TempWorkspace } from '../../helpers/temp-workspace';

let t: TempWorkspace;
beforeEach(async () => {
  t = await openTempWorkspace();
});
afterEach(() => t.cleanup());

const fields = (input: Partial<RecipientFieldsInput>) =>
  withOfficeType(recipientFieldsSchema.parse({ countryCode: 'ES', office: 'Prime Minister', name: 'Someone', ...input }));
const createRecipients = (db: Parameters<typeof writeRecipients>[0], list: ReturnType<typeof fields>[], extras: typeof countrySearchExtras) =>
  writeRecipients(db, { create: list }, extras, `Added ${list.length}`);
const query = (q: Partial<ListQuery> = {}): ListQuery => ({ search: '', sortBy: 'name', sortDir: 'asc', language: 'en', offset: 0, limit: 100, ...q });
const names = (q: Partial<ListQuery>) => listRecipients(t.workspace.db(), query(q)).rows.map((r) => r.name);

describe('recipients store', () => {
  it('creates, reads, updates and deletes, with UUIDs and timestamps', () => {
    const db = t.workspace.db();
    const created = createRecipient(db, fields({ name: 'Ana López', email: 'ana@example.org', tags: ['EU', 'eu', 'priority'] }), countrySearchExtras);
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.tags).toEqual(['EU', 'priority']);
    expect(created.officeType).toBe('head_of_government');
    expect(created.createdAt).toBe(created.updatedAt);

    const updated = updateRecipient(db, created.id, fields({ name: 'Ana López García', tags: ['priority'] }), countrySearchExtras);
    expect(updated?.name).toBe('Ana López García');
    expect(updated?.tags).toEqual(['priority']);
    expect(updated!.updatedAt >= created.updatedAt).toBe(true);
    expect(getRecipient(db, created.id)?.name).toBe('Ana López García');

    expect(deleteRecipient(db, created.id)).toBe(true);
    expect(getRecipient(db, created.id)).toBeUndefined();
    expect(deleteRecipient(db, created.id)).toBe(false);
    expect(listTags(db)).toEqual([]);
  });

  it('finds names ignoring case and accents, by prefix, across every field', () => {
    const db = t.workspace.db();
    createRecipient(db, fields({ name: 'Ana López' }), countrySearchExtras);
    createRecipient(db, fields({ name: 'Jānis Bērziņš', countryCode: 'LV', office: 'President' }), countrySearchExtras);
    createRecipient(db, fields({ name: 'Łukasz Øster', countryCode: 'PL', office: 'Minister of Foreign Affairs' }), countrySearchExtras);

    expect(names({ search: 'lopez' })).toEqual(['Ana López']);
    expect(names({ search: 'LÓPEZ' })).toEqual(['Ana López']);
    expect(names({ search: 'berzins' })).toEqual(['Jānis Bērziņš']);
    expect(names({ search: 'jan berz' })).toEqual(['Jānis Bērziņš']);
    expect(names({ search: 'lukasz oster' })).toEqual(['Łukasz Øster']);
    expect(names({ search: 'foreign' })).toEqual(['Łukasz Øster']);
    // Country names in every letter language are searchable.
    expect(names({ search: 'Espagne' })).toEqual(['Ana López']);
    expect(names({ search: 'letonia' })).toEqual(['Jānis Bērziņš']);
    expect(names({ search: 'nobody' })).toEqual([]);
  });

  it('treats FTS syntax in the search box as plain text', () => {
    const db = t.workspace.db();
    createRecipient(db, fields({ name: 'Ana López' }), countrySearchExtras);
    for (const nasty of ['"', 'lopez OR', 'NEAR(', '*', 'a:b', "'; DROP TABLE recipients; --", '(((']) {
      expect(() => listRecipients(db, query({ search: nasty }))).not.toThrow();
    }
    expect(toFtsQuery('  ')).toBeNull();
    expect(toFtsQuery('López "x"')).toBe('"lopez"* "x"*');
  });

  it('filters by tag and sorts by name, office and country name in the chosen language', () => {
    const db = t.workspace.db();
    createRecipient(db, fields({ name: 'Bruno', countryCode: 'DE', office: 'Federal Chancellor', tags: ['g7'] }), countrySearchExtras);
    createRecipient(db, fields({ name: 'Ángela', countryCode: 'ES', office: 'Ambassador', tags: ['G7'] }), countrySearchExtras);
    createRecipient(db, fields({ name: 'Carla', countryCode: 'CH', office: 'President' }), countrySearchExtras);

    expect(names({})).toEqual(['Ángela', 'Bruno', 'Carla']);
    expect(names({ sortDir: 'desc' })).toEqual(['Carla', 'Bruno', 'Ángela']);
    expect(names({ sortBy: 'office' })).toEqual(['Ángela', 'Bruno', 'Carla']);
    // Germany, Spain, Switzerland in English; Alemania, España, Suiza in Spanish;
    // Allemagne, Espagne, Suisse in French. Sorting by code would put CH first.
    expect(names({ sortBy: 'country' })).toEqual(['Bruno', 'Ángela', 'Carla']);
    expect(names({ sortBy: 'country', language: 'es' })).toEqual(['Bruno', 'Ángela', 'Carla']);
    expect(names({ tag: 'G7' })).toEqual(['Ángela', 'Bruno']);
    expect(listTags(db)).toEqual(['G7']);
  });

  it('pages through results with a stable order and a total', () => {
    const db = t.workspace.db();
    createRecipients(
      db,
      Array.from({ length: 250 }, (_, i) => fields({ name: `Person ${String(i).padStart(3, '0')}` })),
      countrySearchExtras,
    );
    const first = listRecipients(db, query({ limit: 100 }));
    const third = listRecipients(db, query({ offset: 200, limit: 100 }));
    expect(first.total).toBe(250);
    expect(first.rows).toHaveLength(100);
    expect(third.rows).toHaveLength(50);
    expect(third.rows[49].name).toBe('Person 249');
  });

  it('writes a batch in one transaction: one bad row leaves nothing behind', () => {
    const db = t.workspace.db();
    const good = fields({ name: 'Good' });
    const bad = { ...fields({ name: 'Bad' }), gender: 'other' as never };
    expect(() => createRecipients(db, [good, good, bad], countrySearchExtras)).toThrow(/CHECK constraint/);
    expect(listRecipients(db, query()).total).toBe(0);
    expect(listRecipients(db, query({ search: 'good' })).total).toBe(0);
  });

  it('adds and removes tags on many recipients at once, keeping search in step', () => {
    const db = t.workspace.db();
    const a = createRecipient(db, fields({ name: 'Alpha', tags: ['old'] }), countrySearchExtras);
    const b = createRecipient(db, fields({ name: 'Beta' }), countrySearchExtras);
    createRecipient(db, fields({ name: 'Gamma', tags: ['old'] }), countrySearchExtras);
    expect(retagRecipients(db, [a.id, b.id, '00000000-0000-4000-8000-000000000000'], ['Coalition'], ['OLD'], countrySearchExtras)).toBe(2);
    expect(getRecipient(db, a.id)?.tags).toEqual(['Coalition']);
    expect(names({ tag: 'coalition' })).toEqual(['Alpha', 'Beta']);
    expect(names({ tag: 'old' })).toEqual(['Gamma']);
    expect(names({ search: 'coalit' })).toEqual(['Alpha', 'Beta']);
  });

  it('records every change in an append-only activity log', () => {
    const db = t.workspace.db();
    const r = createRecipient(db, fields({ name: 'Logged' }), countrySearchExtras);
    updateRecipient(db, r.id, fields({ name: 'Logged Again' }), countrySearchExtras);
    deleteRecipient(db, r.id);
    expect(recentActivity(db, 3).map((a) => [a.action, a.entityId])).toEqual([
      ['delete', r.id],
      ['update', r.id],
      ['create', r.id],
    ]);
    expect(() => db.prepare("UPDATE activity_log SET summary = 'forged'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM activity_log').run()).toThrow(/append-only/);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { integrityCheck } from '../../../electron/core/db/database';
import { countrySearchExtras, withOfficeType } from '../../../electron/core/recipients/recipient-rules';
import { listRecipients, type ListQuery } from '../../../electron/core/recipients/recipients-query';
import { BULK_ROWS, createRecipient, updateRecipient, writeRecipients } from '../../../electron/core/recipients/recipients-repo';
import { recipientFieldsSchema, type RecipientFieldsInput } from '../../../shared/recipients/schemas';
import { foldForSearch } from '../../../shared/text/fold';
import { openTempWorkspace, type TempWorkspace } from '../../helpers/temp-workspace';

/*
 * A large batch into a small table drops the recipients' sort indexes and
 * builds them again in the same transaction (recipients-repo.ts). The
 * schema, the indexes' contents and the pages they serve must be as if
 * every row had been written one by one, and a failure must leave all as it was.
 */

let t: TempWorkspace;
beforeEach(async () => {
  t = await openTempWorkspace();
});
afterEach(() => t.cleanup());

const fields = (input: Partial<RecipientFieldsInput>) =>
  withOfficeType(recipientFieldsSchema.parse({ countryCode: 'ES', office: 'Prime Minister', name: 'Someone', ...input }));
const query = (q: Partial<ListQuery> = {}): ListQuery => ({ search: '', sortBy: 'name', sortDir: 'asc', language: 'en', offset: 0, limit: 5, ...q });
const schema = () => t.workspace.db().prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all();
const OFFICES = ['Ambassador', 'president', 'Minister of Foreign Affairs'];
const batch = (count: number, from = 0) =>
  Array.from({ length: count }, (_, i) =>
    fields({ name: `Person ${String(from + i).padStart(6, '0')}`, office: OFFICES[(from + i) % 3], countryCode: (from + i) % 2 ? 'FR' : 'ES' }),
  );

describe('writing a large batch', () => {
  it('leaves the schema as it was and the indexes whole, serving the same pages', () => {
    const db = t.workspace.db();
    const before = schema();
    createRecipient(db, fields({ name: 'Already Here' }), countrySearchExtras);
    expect(writeRecipients(db, { create: batch(BULK_ROWS + 500) }, countrySearchExtras, 'bulk')).toEqual({ created: BULK_ROWS + 500, updated: 0 });

    expect(schema()).toEqual(before);
    expect(integrityCheck(db)).toEqual([]);
    // The sort indexes hold every row: a count through each equals the table's.
    for (const index of ['recipients_name_key', 'recipients_office', 'recipients_country_office']) {
      expect(
        db
          .prepare(`SELECT count(*) FROM recipients INDEXED BY ${index} WHERE ${index === 'recipients_country_office' ? "country_code > ''" : '1'}`)
          .pluck()
          .get(),
      ).toBe(BULK_ROWS + 501);
    }
    expect(listRecipients(db, query()).rows.map((r) => r.name)).toEqual(['Already Here', 'Person 000000', 'Person 000001', 'Person 000002', 'Person 000003']);
    expect(listRecipients(db, query({ sortBy: 'office', sortDir: 'desc' })).rows.map((r) => r.office)).toEqual([
      'Prime Minister',
      ...Array(4).fill('president'),
    ]);
    // Spain and Ambassador: every 6th person; the last of them by name comes first.
    const lastSpanishAmbassador = Math.floor((BULK_ROWS + 499) / 6) * 6;
    expect(listRecipients(db, query({ search: 'espagne ambassador', sortDir: 'desc', limit: 1 })).rows.map((r) => r.name)).toEqual([
      `Person ${String(lastSpanishAmbassador).padStart(6, '0')}`,
    ]);
    expect(listRecipients(db, query({ countryCodes: ['FR'] })).total).toBe((BULK_ROWS + 500) / 2);

    // Later writes keep the rebuilt indexes in step.
    const first = listRecipients(db, query({ search: 'person 000000' })).rows[0];
    updateRecipient(db, first.id, fields({ name: 'Zed Last' }), countrySearchExtras);
    expect(listRecipients(db, query({ sortDir: 'desc', limit: 1 })).rows[0].name).toBe('Zed Last');
  });

  it('leaves nothing behind, indexes included, when a row fails after they were dropped', () => {
    const db = t.workspace.db();
    const before = schema();
    const bad = { ...fields({ name: 'Bad' }), gender: 'x' as 'male' };
    expect(() => writeRecipients(db, { create: [...batch(BULK_ROWS + 10), bad] }, countrySearchExtras, 'bulk')).toThrow(/CHECK constraint/);
    expect(schema()).toEqual(before);
    expect(db.prepare('SELECT count(*) FROM recipients').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM recipients_fts').pluck().get()).toBe(0);
    expect(integrityCheck(db)).toEqual([]);
  });

  it('indexes the same search text as folding it in one piece', () => {
    // The writer folds a recipient's own words and its extras apart, then joins them with a space.
    const parts = ['ΟΔΟΣ', 'Σ', '\u0301Éa', 'İstanbul', 'Łódź Straße', 'Ωmega ΣΑΣ', 'x\u0308', 'Æble ĦAL'];
    for (const a of parts) for (const b of parts) expect(foldForSearch(`${a} ${b}`)).toBe(`${foldForSearch(a)} ${foldForSearch(b)}`);
  });
});

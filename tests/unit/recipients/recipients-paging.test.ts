import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countrySearchExtras, withOfficeType } from '../../../electron/core/recipients/recipient-rules';
import { indexWindow, listRecipients, type ListQuery } from '../../../electron/core/recipients/recipients-query';
import { writeRecipients } from '../../../electron/core/recipients/recipients-repo';
import { recipientFieldsSchema } from '../../../shared/recipients/schemas';
import { openTempWorkspace, type TempWorkspace } from '../../helpers/temp-workspace';

/*
 * A page is found either by walking the first entries of a sort index or by
 * sorting every match (recipients-query.ts). Whichever is taken, the page
 * must be the one a full sort gives: checked here against a sort in
 * JavaScript, with matches spread through the index (the walk holds the
 * page) and clustered at its far end (the walk comes back short).
 */

const COUNT = 2000;
const OFFICES = ['ambassador', 'President', 'minister'];
let t: TempWorkspace;

// Names sort in the order of i; every 5th recipient is "spread", the last 200 by name are "cluster".
const people = Array.from({ length: COUNT }, (_, i) => ({
  name: `Person ${String(i).padStart(4, '0')}`,
  office: OFFICES[i % 3],
  tags: [i % 5 === 0 ? 'spread' : 'other', ...(i >= COUNT - 200 ? ['cluster'] : []), ...(i % 2 === 0 ? ['even'] : [])],
}));

beforeAll(async () => {
  t = await openTempWorkspace();
  // Written in a shuffled order, so seq order is not name order.
  const shuffled = [...people].sort((a, b) => ((a.name.charCodeAt(10) * 7919) % 13) - ((b.name.charCodeAt(10) * 7919) % 13) || a.name.localeCompare(b.name));
  writeRecipients(
    t.workspace.db(),
    { create: shuffled.map((p) => withOfficeType(recipientFieldsSchema.parse({ countryCode: 'ES', ...p }))) },
    countrySearchExtras,
    'paging fixture',
  );
});
afterAll(() => t.cleanup());

const byName = (a: (typeof people)[number], b: (typeof people)[number]) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const byOffice = (a: (typeof people)[number], b: (typeof people)[number]) =>
  a.office.toLowerCase() < b.office.toLowerCase() ? -1 : a.office.toLowerCase() > b.office.toLowerCase() ? 1 : byName(a, b);

function expected(keep: (p: (typeof people)[number]) => boolean, q: Pick<ListQuery, 'sortBy' | 'sortDir' | 'offset' | 'limit'>): string[] {
  const sorted = people.filter(keep).sort(q.sortBy === 'office' ? byOffice : byName);
  if (q.sortDir === 'desc') sorted.reverse();
  return sorted.slice(q.offset, q.offset + q.limit).map((p) => p.name);
}

describe('recipients paging', () => {
  const cases: { label: string; query: Partial<ListQuery>; keep: (p: (typeof people)[number]) => boolean }[] = [
    { label: 'words spread through the index', query: { search: 'spread' }, keep: (p) => p.tags.includes('spread') },
    { label: 'words clustered at the end of the index', query: { search: 'cluster' }, keep: (p) => p.tags.includes('cluster') },
    { label: 'a word and a tag', query: { search: 'spread', tag: 'even' }, keep: (p) => p.tags.includes('spread') && p.tags.includes('even') },
    { label: 'a tag alone', query: { tag: 'cluster' }, keep: (p) => p.tags.includes('cluster') },
    { label: 'nothing', query: {}, keep: () => true },
  ];
  for (const { label, query, keep } of cases) {
    it(`gives the fully sorted page for ${label}, in every order and at every depth`, () => {
      const db = t.workspace.db();
      for (const sortBy of ['name', 'office'] as const) {
        for (const sortDir of ['asc', 'desc'] as const) {
          for (const [offset, limit] of [
            [0, 20],
            [20, 20],
            [180, 20],
            [190, 20],
            [0, 500],
            [1990, 20],
          ]) {
            const page = listRecipients(db, { search: '', language: 'en', ...query, sortBy, sortDir, offset, limit });
            expect(page.total).toBe(people.filter(keep).length);
            expect(page.rows.map((r) => r.name)).toEqual(expected(keep, { sortBy, sortDir, offset, limit }));
          }
        }
      }
    });
  }

  it('tries the index walk when matches are common enough, and sorts sparse ones', () => {
    // The fixture's cases above take the walk: spread and clustered alike.
    expect(indexWindow(400, COUNT, 20)).toBe(200);
    expect(indexWindow(200, COUNT, 20)).toBe(400);
    // At 100,000 rows: a word on 10 % of rows walks 2,000 entries; one on 0.5 % sorts its 500 matches.
    expect(indexWindow(10_000, 100_000, 100)).toBe(2000);
    expect(indexWindow(500, 100_000, 100)).toBeNull();
    expect(indexWindow(0, 100_000, 100)).toBeNull();
  });
});

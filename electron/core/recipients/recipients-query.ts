import type { Db } from '../db/database';
import type { Language, OfficeType, Recipient, RecipientSortKey } from '../../../shared/recipients/schemas';
import { foldForSearch } from '../../../shared/text/fold';
import { SELECT_RECIPIENT, toRecipient, type RecipientRow } from './recipient-rows';

/*
 * Listing and searching recipients: FTS5 for the words typed, plain columns
 * for the filters, and paging that sorts on keys before loading rows.
 */

export interface ListQuery {
  search: string;
  tag?: string;
  /** Only these countries (a country, region or group filter, expanded by the caller). */
  countryCodes?: readonly string[];
  officeType?: OfficeType;
  /** Preferred letter language of the recipient. */
  recipientLanguage?: Language;
  /** Only entries whose holder is unknown or not verified in six months. */
  toVerify?: boolean;
  /** Only recipients with a letter (draft) in this campaign. */
  campaignId?: string;
  sortBy: RecipientSortKey;
  sortDir: 'asc' | 'desc';
  language: Language;
  offset: number;
  limit: number;
}

/**
 * Turns what the user typed into an FTS5 query: every word must match as a
 * prefix ("lop gar" finds "López García"). Words are quoted, so FTS syntax
 * characters in the input are plain text.
 */
export function toFtsQuery(search: string): string | null {
  const words = foldForSearch(search)
    .split(/[^\p{L}\p{N}@._-]+/u)
    .map((w) => w.replace(/"/g, ''))
    .filter((w) => w.length > 0);
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}

const ORDER_BY: Record<RecipientSortKey, (dir: string) => string> = {
  name: (d) => `r.name_key ${d}, r.id ${d}`,
  office: (d) => `r.office COLLATE NOCASE ${d}, r.name_key ${d}, r.id ${d}`,
  country: (d) => `cn.name_key ${d}, r.name_key ${d}, r.id ${d}`,
  updatedAt: (d) => `r.updated_at ${d}, r.id ${d}`,
};

/**
 * Indexes whose order matches ORDER_BY (see migration 1), with the columns
 * they carry besides seq, so a walk along one reads no rows.
 */
const ORDER_INDEX: Partial<Record<RecipientSortKey, { name: string; columns: string }>> = {
  name: { name: 'recipients_name_key', columns: 'r.id, r.name_key' },
  office: { name: 'recipients_office', columns: 'r.id, r.name_key, r.office' },
};

/*
 * Choosing how to find a page. Sorting the matches reads every matching row
 * (about 3 µs a match at 100,000 rows); walking an index in sort order and
 * testing each entry costs about a twentieth of that, and the first entries
 * of the index hold the page when matches are spread through it. So when the
 * filters can be tested on the index alone (the words typed, a tag), the walk
 * is tried over a window of entries sized from the share of rows that match,
 * with slack, as long as that window costs less than the sort would. Its page
 * is kept only when it is provably the right one: a full page, or every match.
 * When matches cluster away from the start ("zoe" sorted by name) the window
 * comes back short and the matches are sorted after all.
 */
const WINDOW_SLACK = 2;
/** A window is tried while it holds at most this many index entries per match. */
const WINDOW_ENTRIES_PER_MATCH = 10;
/*
 * Filters that read rows are tested along the whole index only when most rows
 * match: below that, matches can cluster at the far end, and the walk would
 * cross the whole table.
 */
const WALK_INDEX_SHARE = 0.25;

/** How many index entries to walk for a page, or null to sort the matches instead. */
export function indexWindow(total: number, rowCount: number, needed: number): number | null {
  if (total === 0) return null;
  const share = Math.min(1, total / Math.max(rowCount, 1));
  const window = Math.ceil((needed / share) * WINDOW_SLACK);
  return window <= WINDOW_ENTRIES_PER_MATCH * total ? window : null;
}

interface Condition {
  sql: string;
  /** Uses only seq and id, which every sort index carries. */
  onIndex: boolean;
}

export function listRecipients(db: Db, query: ListQuery): { total: number; rows: Recipient[] } {
  const where: Condition[] = [];
  const params: Record<string, unknown> = { limit: query.limit, offset: query.offset };
  const fts = toFtsQuery(query.search);
  if (fts) {
    where.push({ sql: 'r.seq IN (SELECT rowid FROM recipients_fts WHERE recipients_fts MATCH @fts)', onIndex: true });
    params.fts = fts;
  }
  if (query.tag) {
    // With words typed too, the unary + keeps SQLite from looking up every
    // match once per tagged row (id = ? AND rowid = ?): 51 s at 100,000 rows.
    where.push({ sql: `${fts ? '+' : ''}r.id IN (SELECT recipient_id FROM recipient_tags WHERE tag_key = @tag)`, onIndex: true });
    params.tag = foldForSearch(query.tag);
  }
  if (query.countryCodes) {
    where.push({ sql: 'r.country_code IN (SELECT value FROM json_each(@countries))', onIndex: false });
    params.countries = JSON.stringify(query.countryCodes);
  }
  if (query.officeType) {
    where.push({ sql: 'r.office_type = @officeType', onIndex: false });
    params.officeType = query.officeType;
  }
  if (query.recipientLanguage) {
    where.push({ sql: 'r.language = @recipientLanguage', onIndex: false });
    params.recipientLanguage = query.recipientLanguage;
  }
  if (query.toVerify) {
    // needs_verification() is the shared rule, registered on the connection (workspace.ts).
    where.push({ sql: "(r.name = '' OR needs_verification(r.verified_on))", onIndex: false });
  }
  if (query.campaignId) {
    where.push({ sql: 'r.id IN (SELECT recipient_id FROM drafts WHERE campaign_id = @campaignId)', onIndex: true });
    params.campaignId = query.campaignId;
  }
  const whereSql = where.length ? `WHERE ${where.map((c) => c.sql).join(' AND ')}` : '';
  const onlySearch = fts && where.length === 1;
  // Counting straight from the FTS index avoids touching every matching row.
  const total = (
    onlySearch
      ? db.prepare('SELECT count(*) AS n FROM recipients_fts WHERE recipients_fts MATCH @fts').get({ fts })
      : db.prepare(`SELECT count(*) AS n FROM recipients r ${whereSql}`).get(params)
  ) as { n: number };
  if (total.n === 0 || query.offset >= total.n) return { total: total.n, rows: [] };

  const order = ORDER_BY[query.sortBy](query.sortDir === 'desc' ? 'DESC' : 'ASC');
  const seqs = pageFromIndexWindow(db, query, where, whereSql, order, params, total.n) ?? sortedPage(db, query, where, whereSql, order, params, total.n);
  return { total: total.n, rows: loadRows(db, seqs) };
}

type Params = Record<string, unknown>;

/** The page from the first entries of the sort index, or null when they may not hold it. */
function pageFromIndexWindow(db: Db, query: ListQuery, where: Condition[], whereSql: string, order: string, params: Params, total: number): number[] | null {
  const index = ORDER_INDEX[query.sortBy];
  if (!index || !where.every((c) => c.onIndex)) return null;
  const window = indexWindow(total, approximateRowCount(db), query.offset + query.limit);
  if (window === null) return null;
  // The window keeps the alias r, so the conditions and ORDER BY read its columns.
  const seqs = db
    .prepare(
      `SELECT r.seq FROM (SELECT r.seq, ${index.columns} FROM recipients r INDEXED BY ${index.name} ORDER BY ${order} LIMIT @window) r
       ${whereSql} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
    )
    .pluck()
    .all({ ...params, window }) as number[];
  return seqs.length === query.limit || query.offset + seqs.length >= total ? seqs : null;
}

/** The page by sorting every match on keys, or by walking the sort index when most rows match. */
function sortedPage(db: Db, query: ListQuery, where: Condition[], whereSql: string, order: string, params: Params, total: number): number[] {
  const index = ORDER_INDEX[query.sortBy];
  const walk = index && (where.length === 0 || total > WALK_INDEX_SHARE * approximateRowCount(db));
  const indexed = walk ? `INDEXED BY ${index.name}` : '';
  let join = '';
  if (query.sortBy === 'country') {
    // Country names live in a temporary table filled at open (see workspace.ts).
    join = 'LEFT JOIN temp.country_names cn ON cn.code = r.country_code AND cn.language = @language';
    params = { ...params, language: query.language };
  }
  // Sort and page on keys only, then load the page's rows and tags: the
  // sorter never carries whole rows or runs the tag subquery for every match.
  return db
    .prepare(`SELECT r.seq FROM recipients r ${indexed} ${join} ${whereSql} ORDER BY ${order} LIMIT @limit OFFSET @offset`)
    .pluck()
    .all(params) as number[];
}

/** The rows and tags of a page, in the page's order. */
function loadRows(db: Db, seqs: number[]): Recipient[] {
  const bySeq = new Map<number, RecipientRow>();
  if (seqs.length > 0) {
    const found = db.prepare(`${SELECT_RECIPIENT} WHERE r.seq IN (SELECT value FROM json_each(?))`).all(JSON.stringify(seqs)) as RecipientRow[];
    for (const row of found) bySeq.set(row.seq, row);
  }
  const today = new Date();
  const rows: Recipient[] = [];
  for (const seq of seqs) {
    const row = bySeq.get(seq);
    if (row) rows.push(toRecipient(row, today));
  }
  return rows;
}

/** max(seq) reads one page, where count(*) reads them all. Deletes make it an overestimate. */
function approximateRowCount(db: Db): number {
  return (db.prepare('SELECT coalesce(max(seq), 0) AS n FROM recipients').get() as { n: number }).n;
}

/** Every tag in use, each spelled as first written. */
export function listTags(db: Db): string[] {
  const rows = db.prepare('SELECT min(tag) AS tag FROM recipient_tags GROUP BY tag_key ORDER BY tag_key').all() as { tag: string }[];
  return rows.map((r) => r.tag);
}

export function countRecipients(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM recipients').get() as { n: number }).n;
}

/** Many recipients by id in one query, for bulk edits such as an import's updates. */
export function getRecipientsByIds(db: Db, ids: readonly string[]): Map<string, Recipient> {
  const rows = db.prepare(`${SELECT_RECIPIENT} WHERE r.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as RecipientRow[];
  const today = new Date();
  return new Map(rows.map((row) => [row.id, toRecipient(row, today)]));
}

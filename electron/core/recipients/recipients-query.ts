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

/** Indexes whose order matches ORDER_BY (see migration 1). */
const ORDER_INDEX: Partial<Record<RecipientSortKey, string>> = {
  name: 'recipients_name_key',
  office: 'recipients_office',
};

/*
 * A search normally fetches its matches and sorts them. When most rows match
 * (a one-letter search), walking the sort index and stopping after one page
 * is cheaper. Not below that: matches can cluster at the far end of the
 * index ("zoe" sorted by name), and the walk would cross the whole table.
 */
const WALK_INDEX_SHARE = 0.25;

export function listRecipients(db: Db, query: ListQuery): { total: number; rows: Recipient[] } {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: query.limit, offset: query.offset };
  const fts = toFtsQuery(query.search);
  if (fts) {
    where.push('r.seq IN (SELECT rowid FROM recipients_fts WHERE recipients_fts MATCH @fts)');
    params.fts = fts;
  }
  if (query.tag) {
    where.push('r.id IN (SELECT recipient_id FROM recipient_tags WHERE tag_key = @tag)');
    params.tag = foldForSearch(query.tag);
  }
  if (query.countryCodes) {
    where.push('r.country_code IN (SELECT value FROM json_each(@countries))');
    params.countries = JSON.stringify(query.countryCodes);
  }
  if (query.officeType) {
    where.push('r.office_type = @officeType');
    params.officeType = query.officeType;
  }
  if (query.recipientLanguage) {
    where.push('r.language = @recipientLanguage');
    params.recipientLanguage = query.recipientLanguage;
  }
  if (query.toVerify) {
    // needs_verification() is the shared rule, registered on the connection (workspace.ts).
    where.push("(r.name = '' OR needs_verification(r.verified_on))");
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const onlySearch = fts && where.length === 1;
  // Counting straight from the FTS index avoids touching every matching row.
  const total = (
    onlySearch
      ? db.prepare('SELECT count(*) AS n FROM recipients_fts WHERE recipients_fts MATCH @fts').get({ fts })
      : db.prepare(`SELECT count(*) AS n FROM recipients r ${whereSql}`).get(params)
  ) as { n: number };

  const walkIndex = ORDER_INDEX[query.sortBy];
  const walk = walkIndex && (where.length === 0 || total.n > WALK_INDEX_SHARE * approximateRowCount(db));
  const indexed = walk ? `INDEXED BY ${walkIndex}` : '';
  let join = '';
  if (query.sortBy === 'country') {
    // Country names live in a temporary table filled at open (see workspace.ts).
    join = 'LEFT JOIN temp.country_names cn ON cn.code = r.country_code AND cn.language = @language';
    params.language = query.language;
  }
  // Sort and page on keys only, then load the page's rows and tags: the
  // sorter never carries whole rows or runs the tag subquery for every match.
  const order = ORDER_BY[query.sortBy](query.sortDir === 'desc' ? 'DESC' : 'ASC');
  const seqs = db
    .prepare(`SELECT r.seq FROM recipients r ${indexed} ${join} ${whereSql} ORDER BY ${order} LIMIT @limit OFFSET @offset`)
    .pluck()
    .all(params) as number[];
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
  return { total: total.n, rows };
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

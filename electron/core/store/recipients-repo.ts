import type { Db } from './database';
import type { Recipient, RecipientFields, RecipientSortKey, Language } from '../../../shared/domain/recipient';
import { foldForSearch } from '../../../shared/text/fold';
import { logActivity } from './activity-log';
import { newId, nowIso } from './ids';
import { recipientStatements } from './recipient-statements';

/*
 * Recipients: plain functions taking the database first. Every write runs in
 * one transaction with its tags, its search row and its activity-log line.
 */

interface RecipientRow {
  seq: number;
  id: string;
  country_code: string;
  office: string;
  name: string;
  gender: Recipient['gender'];
  email: string;
  postal_address: string;
  language: Recipient['language'];
  notes: string;
  created_at: string;
  updated_at: string;
  tags: string | null;
}

/** Extra words indexed for a recipient, e.g. the country's names in every language. */
export type SearchExtras = (fields: RecipientFields) => string[];

// Tags are joined with a unit separator, which tagSchema never lets through.
const TAG_SEPARATOR = '\u001f';

const SELECT_RECIPIENT = `
  SELECT r.*, (SELECT group_concat(t.tag, char(31)) FROM recipient_tags t WHERE t.recipient_id = r.id) AS tags
  FROM recipients r`;

function toRecipient(row: RecipientRow): Recipient {
  return {
    id: row.id,
    countryCode: row.country_code,
    office: row.office,
    name: row.name,
    gender: row.gender,
    email: row.email,
    postalAddress: row.postal_address,
    language: row.language,
    tags: row.tags ? row.tags.split(TAG_SEPARATOR).sort((a, b) => a.localeCompare(b)) : [],
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function searchBody(fields: RecipientFields, extras: SearchExtras): string {
  return foldForSearch(
    [fields.name, fields.office, fields.email, fields.countryCode, fields.notes, ...fields.tags, ...extras(fields)].join(' '),
  );
}

/** Tags and the search row of a recipient; `fresh` skips the deletes for a new row. */
function writeTagsAndIndex(db: Db, seq: number, id: string, fields: RecipientFields, extras: SearchExtras, at: string, fresh: boolean): void {
  const st = recipientStatements(db);
  if (!fresh) {
    st.deleteTags.run(id);
    st.deleteFts.run(seq);
  }
  for (const tag of fields.tags) st.insertTag.run(newId(), id, tag, foldForSearch(tag), at, at);
  st.insertFts.run(seq, searchBody(fields, extras));
}

export function getRecipient(db: Db, id: string): Recipient | undefined {
  const row = db.prepare(`${SELECT_RECIPIENT} WHERE r.id = ?`).get(id) as RecipientRow | undefined;
  return row && toRecipient(row);
}

function insertRow(db: Db, id: string, fields: RecipientFields, extras: SearchExtras, at: string): void {
  const { lastInsertRowid } = recipientStatements(db).insert.run(
    id, fields.countryCode, fields.office, fields.name, foldForSearch(fields.name), fields.gender,
    fields.email, fields.postalAddress, fields.language, fields.notes, at, at,
  );
  writeTagsAndIndex(db, Number(lastInsertRowid), id, fields, extras, at, true);
}

export function createRecipient(db: Db, fields: RecipientFields, extras: SearchExtras): Recipient {
  const id = newId();
  db.transaction(() => {
    insertRow(db, id, fields, extras, nowIso());
    logActivity(db, { action: 'create', entityType: 'recipient', entityId: id, summary: `Added ${fields.name} (${fields.office}, ${fields.countryCode})` });
  })();
  return getRecipient(db, id)!;
}

/** Inserts many recipients in one transaction (CSV import, benchmarks). */
export function createRecipients(db: Db, list: readonly RecipientFields[], extras: SearchExtras): number {
  db.transaction(() => {
    const at = nowIso();
    for (const fields of list) insertRow(db, newId(), fields, extras, at);
    logActivity(db, { action: 'create', entityType: 'recipient', entityId: null, summary: `Added ${list.length} recipients` });
  })();
  return list.length;
}

export function updateRecipient(db: Db, id: string, fields: RecipientFields, extras: SearchExtras): Recipient | undefined {
  const found = db.transaction(() => {
    const existing = db.prepare('SELECT seq FROM recipients WHERE id = ?').get(id) as { seq: number } | undefined;
    if (!existing) return false;
    const at = nowIso();
    recipientStatements(db).update.run(
      fields.countryCode, fields.office, fields.name, foldForSearch(fields.name), fields.gender,
      fields.email, fields.postalAddress, fields.language, fields.notes, at, id,
    );
    writeTagsAndIndex(db, existing.seq, id, fields, extras, at, false);
    logActivity(db, { action: 'update', entityType: 'recipient', entityId: id, summary: `Edited ${fields.name}` });
    return true;
  })();
  return found ? getRecipient(db, id) : undefined;
}

export function deleteRecipient(db: Db, id: string): boolean {
  return db.transaction(() => {
    const existing = db.prepare('SELECT seq, name FROM recipients WHERE id = ?').get(id) as { seq: number; name: string } | undefined;
    if (!existing) return false;
    db.prepare('DELETE FROM recipients_fts WHERE rowid = ?').run(existing.seq);
    db.prepare('DELETE FROM recipients WHERE id = ?').run(id);
    logActivity(db, { action: 'delete', entityType: 'recipient', entityId: id, summary: `Deleted ${existing.name}` });
    return true;
  })();
}

export interface ListQuery {
  search: string;
  tag?: string;
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
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  // Counting straight from the FTS index avoids touching every matching row.
  const total = (
    fts && !query.tag
      ? db.prepare('SELECT count(*) AS n FROM recipients_fts WHERE recipients_fts MATCH @fts').get({ fts })
      : db.prepare(`SELECT count(*) AS n FROM recipients r ${whereSql}`).get(params)
  ) as { n: number };

  const walkIndex = ORDER_INDEX[query.sortBy];
  const walk = walkIndex && (!fts || total.n > WALK_INDEX_SHARE * approximateRowCount(db));
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
  const rows = seqs.map((seq) => bySeq.get(seq)).filter((row): row is RecipientRow => row !== undefined);
  return { total: total.n, rows: rows.map(toRecipient) };
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

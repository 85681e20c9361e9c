import type { Db } from '../db/database';
import type { Recipient } from '../../../shared/recipients/schemas';
import { foldForSearch } from '../../../shared/text/fold';
import { logActivity } from '../db/activity-log';
import { newId, nowIso } from '../db/ids';
import { columnValues, SELECT_RECIPIENT, toRecipient, type RecipientRow, type StoredFields } from './recipient-rows';
import { recipientStatements, type RecipientStatements } from './recipient-statements';

/*
 * Recipient writes: plain functions taking the database first. Every write
 * runs in one transaction with its tags, its search row and its activity-log
 * line. Reads are in recipients-query.ts.
 */

/** Extra words indexed for a recipient, e.g. the country's names in every language. */
export type SearchExtras = (fields: StoredFields) => string[];

/**
 * Makes recipients' search text for one write. The extras repeat from row to
 * row (every Spanish recipient carries Spain's names in five languages), so
 * each distinct set is folded once. Folding the two parts apart gives the
 * text folding them joined would, as they are joined by a space
 * (recipients-bulk-write.test.ts).
 */
function searchBodies(extras: SearchExtras): (fields: StoredFields) => string {
  const folded = new Map<string, string>();
  return (fields) => {
    const own = foldForSearch([fields.name, fields.office, fields.email, fields.countryCode, fields.notes, ...fields.tags].join(' '));
    const words = extras(fields);
    if (words.length === 0) return own;
    const joined = words.join(' ');
    let foldedWords = folded.get(joined);
    if (foldedWords === undefined) {
      foldedWords = foldForSearch(joined);
      folded.set(joined, foldedWords);
    }
    return `${own} ${foldedWords}`;
  };
}

/** What every row of one write shares. */
interface RowWriter {
  st: RecipientStatements;
  body: (fields: StoredFields) => string;
  at: string;
}

const rowWriter = (db: Db, extras: SearchExtras): RowWriter => ({ st: recipientStatements(db), body: searchBodies(extras), at: nowIso() });

/** Tags and the search row of a recipient; `fresh` skips the deletes for a new row. */
function writeTagsAndIndex(w: RowWriter, seq: number, id: string, fields: StoredFields, fresh: boolean): void {
  if (!fresh) {
    w.st.deleteTags.run(id);
    w.st.deleteFts.run(seq);
  }
  for (const tag of fields.tags) w.st.insertTag.run(newId(), id, tag, foldForSearch(tag), w.at, w.at);
  w.st.insertFts.run(seq, w.body(fields));
}

/**
 * Rewrites a recipient's search row from what is stored, for writers that set
 * its columns and tags directly (merging an archive). Call inside their transaction.
 */
export function reindexRecipient(db: Db, id: string, extras: SearchExtras): void {
  const row = db.prepare('SELECT seq FROM recipients WHERE id = ?').get(id) as { seq: number } | undefined;
  const current = getRecipient(db, id);
  if (!row || !current) return;
  const st = recipientStatements(db);
  st.deleteFts.run(row.seq);
  st.insertFts.run(row.seq, searchBodies(extras)(current));
}

export function getRecipient(db: Db, id: string): Recipient | undefined {
  const row = db.prepare(`${SELECT_RECIPIENT} WHERE r.id = ?`).get(id) as RecipientRow | undefined;
  return row && toRecipient(row);
}

function insertRow(w: RowWriter, id: string, fields: StoredFields): void {
  const { lastInsertRowid } = w.st.insert.run(id, ...columnValues(fields), w.at, w.at);
  writeTagsAndIndex(w, Number(lastInsertRowid), id, fields, true);
}

/** Rewrites a recipient in place; false when it does not exist. Call inside a transaction. */
function updateRow(db: Db, w: RowWriter, id: string, fields: StoredFields): boolean {
  const existing = db.prepare('SELECT seq FROM recipients WHERE id = ?').get(id) as { seq: number } | undefined;
  if (!existing) return false;
  w.st.update.run(...columnValues(fields), w.at, id);
  writeTagsAndIndex(w, existing.seq, id, fields, false);
  return true;
}

const describe = (f: StoredFields) => `${f.name || '(holder to verify)'} (${f.office}, ${f.countryCode})`;

export function createRecipient(db: Db, fields: StoredFields, extras: SearchExtras): Recipient {
  const id = newId();
  db.transaction(() => {
    insertRow(rowWriter(db, extras), id, fields);
    logActivity(db, { action: 'create', entityType: 'recipient', entityId: id, summary: `Added ${describe(fields)}` });
  })();
  return getRecipient(db, id)!;
}

/*
 * A large batch into a small table (a first import): rather than updating
 * the sort indexes row by row, at random places in each, they are dropped
 * once the batch has outgrown both BULK_ROWS and the rows the table had, and
 * built again from their own SQL at the end of the same transaction, so a
 * failure leaves them as they were. Measured at 100,000 rows: a quarter of
 * the insert's CPU time. The UNIQUE index on id, which drafts and events reference, stays.
 */
export const BULK_ROWS = 5_000;

/**
 * Drops the recipients table's own indexes; the function returned builds them
 * again. It sorts with a small page cache: a sorter's memory follows the cache
 * size, and at the usual 16 MiB the three sorts took a 100,000-row CSV import
 * 50 MB over its peak memory, for no gain in time.
 */
function dropSortIndexes(db: Db): () => void {
  const indexes = db
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'recipients' AND sql IS NOT NULL ORDER BY name")
    .all() as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`);
  return () => {
    const cacheSize = db.pragma('cache_size', { simple: true }) as number;
    db.pragma('cache_size = -2048');
    try {
      for (const index of indexes) db.exec(index.sql);
    } finally {
      db.pragma(`cache_size = ${cacheSize}`);
    }
  };
}

/** Creates and updates many recipients in one transaction (imports, groups, benchmarks). */
export function writeRecipients(
  db: Db,
  // Iterables, so a large import can hand rows over one at a time instead of copying them all.
  change: { create: Iterable<StoredFields>; update?: Iterable<{ id: string; fields: StoredFields }> },
  extras: SearchExtras,
  summary: string,
): { created: number; updated: number } {
  return db.transaction(() => {
    const w = rowWriter(db, extras);
    const before = (db.prepare('SELECT count(*) AS n FROM recipients').get() as { n: number }).n;
    let rebuildIndexes: (() => void) | undefined;
    let created = 0;
    for (const fields of change.create) {
      insertRow(w, newId(), fields);
      created++;
      if (!rebuildIndexes && created >= BULK_ROWS && created >= before) rebuildIndexes = dropSortIndexes(db);
    }
    let updated = 0;
    for (const { id, fields } of change.update ?? []) if (updateRow(db, w, id, fields)) updated++;
    rebuildIndexes?.();
    logActivity(db, { action: 'create', entityType: 'recipient', entityId: null, summary });
    return { created, updated };
  })();
}

export function updateRecipient(db: Db, id: string, fields: StoredFields, extras: SearchExtras): Recipient | undefined {
  const found = db.transaction(() => {
    if (!updateRow(db, rowWriter(db, extras), id, fields)) return false;
    logActivity(db, { action: 'update', entityType: 'recipient', entityId: id, summary: `Edited ${describe(fields)}` });
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
    logActivity(db, { action: 'delete', entityType: 'recipient', entityId: id, summary: `Deleted ${existing.name || 'a recipient'}` });
    return true;
  })();
}

/**
 * Adds and removes tags on many recipients at once; the search rows follow.
 * Returns how many recipients exist among `ids`.
 */
export function retagRecipients(db: Db, ids: readonly string[], add: readonly string[], remove: readonly string[], extras: SearchExtras): number {
  return db.transaction(() => {
    const w = rowWriter(db, extras);
    const removeKeys = new Set(remove.map(foldForSearch));
    let touched = 0;
    for (const id of ids) {
      const current = getRecipient(db, id);
      if (!current) continue;
      const kept = current.tags.filter((t) => !removeKeys.has(foldForSearch(t)));
      const keys = new Set(kept.map(foldForSearch));
      const tags = [...kept, ...add.filter((t) => !keys.has(foldForSearch(t)))];
      updateRow(db, w, id, { ...current, tags });
      touched++;
    }
    logActivity(db, {
      action: 'update',
      entityType: 'recipient',
      entityId: null,
      summary: `Retagged ${touched} recipients (+${add.join(', ') || '-'} / -${remove.join(', ') || '-'})`,
    });
    return touched;
  })();
}

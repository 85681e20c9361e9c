import type { Db } from '../db/database';
import type { Recipient } from '../../../shared/recipients/schemas';
import { foldForSearch } from '../../../shared/text/fold';
import { logActivity } from '../db/activity-log';
import { newId, nowIso } from '../db/ids';
import { columnParams, SELECT_RECIPIENT, toRecipient, type RecipientRow, type StoredFields } from './recipient-rows';
import { recipientStatements } from './recipient-statements';

/*
 * Recipient writes: plain functions taking the database first. Every write
 * runs in one transaction with its tags, its search row and its activity-log
 * line. Reads are in recipients-query.ts.
 */

/** Extra words indexed for a recipient, e.g. the country's names in every language. */
export type SearchExtras = (fields: StoredFields) => string[];

function searchBody(fields: StoredFields, extras: SearchExtras): string {
  return foldForSearch([fields.name, fields.office, fields.email, fields.countryCode, fields.notes, ...fields.tags, ...extras(fields)].join(' '));
}

/** Tags and the search row of a recipient; `fresh` skips the deletes for a new row. */
function writeTagsAndIndex(db: Db, seq: number, id: string, fields: StoredFields, extras: SearchExtras, at: string, fresh: boolean): void {
  const st = recipientStatements(db);
  if (!fresh) {
    st.deleteTags.run(id);
    st.deleteFts.run(seq);
  }
  for (const tag of fields.tags) st.insertTag.run(newId(), id, tag, foldForSearch(tag), at, at);
  st.insertFts.run(seq, searchBody(fields, extras));
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
  st.insertFts.run(row.seq, searchBody(current, extras));
}

export function getRecipient(db: Db, id: string): Recipient | undefined {
  const row = db.prepare(`${SELECT_RECIPIENT} WHERE r.id = ?`).get(id) as RecipientRow | undefined;
  return row && toRecipient(row);
}

function insertRow(db: Db, id: string, fields: StoredFields, extras: SearchExtras, at: string): void {
  const { lastInsertRowid } = recipientStatements(db).insert.run({ id, at, ...columnParams(fields) });
  writeTagsAndIndex(db, Number(lastInsertRowid), id, fields, extras, at, true);
}

/** Rewrites a recipient in place; false when it does not exist. Call inside a transaction. */
function updateRow(db: Db, id: string, fields: StoredFields, extras: SearchExtras, at: string): boolean {
  const existing = db.prepare('SELECT seq FROM recipients WHERE id = ?').get(id) as { seq: number } | undefined;
  if (!existing) return false;
  recipientStatements(db).update.run({ id, at, ...columnParams(fields) });
  writeTagsAndIndex(db, existing.seq, id, fields, extras, at, false);
  return true;
}

const describe = (f: StoredFields) => `${f.name || '(holder to verify)'} (${f.office}, ${f.countryCode})`;

export function createRecipient(db: Db, fields: StoredFields, extras: SearchExtras): Recipient {
  const id = newId();
  db.transaction(() => {
    insertRow(db, id, fields, extras, nowIso());
    logActivity(db, { action: 'create', entityType: 'recipient', entityId: id, summary: `Added ${describe(fields)}` });
  })();
  return getRecipient(db, id)!;
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
    const at = nowIso();
    let created = 0;
    for (const fields of change.create) {
      insertRow(db, newId(), fields, extras, at);
      created++;
    }
    let updated = 0;
    for (const { id, fields } of change.update ?? []) if (updateRow(db, id, fields, extras, at)) updated++;
    logActivity(db, { action: 'create', entityType: 'recipient', entityId: null, summary });
    return { created, updated };
  })();
}

export function updateRecipient(db: Db, id: string, fields: StoredFields, extras: SearchExtras): Recipient | undefined {
  const found = db.transaction(() => {
    if (!updateRow(db, id, fields, extras, nowIso())) return false;
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
    const at = nowIso();
    const removeKeys = new Set(remove.map(foldForSearch));
    let touched = 0;
    for (const id of ids) {
      const current = getRecipient(db, id);
      if (!current) continue;
      const kept = current.tags.filter((t) => !removeKeys.has(foldForSearch(t)));
      const keys = new Set(kept.map(foldForSearch));
      const tags = [...kept, ...add.filter((t) => !keys.has(foldForSearch(t)))];
      updateRow(db, id, { ...current, tags }, extras, at);
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

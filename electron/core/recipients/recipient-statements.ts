import type { Db, Statement } from '../db/database';
import { INSERT_RECIPIENT_SQL, UPDATE_RECIPIENT_SQL } from './recipient-rows';

/**
 * Prepared statements for recipient writes, made once per connection:
 * preparing is the main cost of a small write, and imports write thousands.
 */
export interface RecipientStatements {
  insert: Statement;
  update: Statement;
  deleteTags: Statement;
  insertTag: Statement;
  deleteFts: Statement;
  insertFts: Statement;
}

const cache = new WeakMap<Db, RecipientStatements>();

export function recipientStatements(db: Db): RecipientStatements {
  let cached = cache.get(db);
  if (!cached) {
    cached = {
      insert: db.prepare(INSERT_RECIPIENT_SQL),
      update: db.prepare(UPDATE_RECIPIENT_SQL),
      deleteTags: db.prepare('DELETE FROM recipient_tags WHERE recipient_id = ?'),
      insertTag: db.prepare('INSERT INTO recipient_tags (id, recipient_id, tag, tag_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)'),
      deleteFts: db.prepare('DELETE FROM recipients_fts WHERE rowid = ?'),
      insertFts: db.prepare('INSERT INTO recipients_fts (rowid, body) VALUES (?, ?)'),
    };
    cache.set(db, cached);
  }
  return cached;
}

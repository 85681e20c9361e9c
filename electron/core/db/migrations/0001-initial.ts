/*
 * Migration 1: the first schema. SHIPPED MIGRATIONS ARE FROZEN: never edit
 * this text; add a new numbered migration instead. tests/unit/migrations-frozen
 * fails when this changes.
 *
 * Every table has a UUID `id`, `created_at` and `updated_at` (ISO 8601, UTC).
 * `recipients.seq` is an explicit INTEGER PRIMARY KEY so the full-text index
 * can point at a rowid that VACUUM never renumbers.
 */
export const migration0001 = `
CREATE TABLE recipients (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  country_code TEXT NOT NULL CHECK (length(country_code) = 2),
  office TEXT NOT NULL,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  gender TEXT NOT NULL CHECK (gender IN ('female', 'male', 'unspecified')),
  email TEXT NOT NULL DEFAULT '',
  postal_address TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL CHECK (language IN ('en', 'es', 'fr')),
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
-- Each index matches an ORDER BY of the recipients list, so a page is read
-- in order without sorting. Sorting by country name joins a per-language
-- name table and sorts; sorting by date sorts.
CREATE INDEX recipients_name_key ON recipients (name_key, id);
CREATE INDEX recipients_office ON recipients (office COLLATE NOCASE, name_key, id);

CREATE TABLE recipient_tags (
  id TEXT NOT NULL UNIQUE,
  recipient_id TEXT NOT NULL REFERENCES recipients (id) ON DELETE CASCADE,
  tag TEXT NOT NULL,
  tag_key TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (recipient_id, tag_key)
);
CREATE INDEX recipient_tags_tag ON recipient_tags (tag_key, recipient_id);

-- Search text is folded (lower case, no accents) in TypeScript before it is
-- written here, and the tokenizer removes diacritics as a second net.
CREATE VIRTUAL TABLE recipients_fts USING fts5 (
  body,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE settings (
  id TEXT NOT NULL UNIQUE,
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Append-only: what was done to what. The triggers refuse edits and deletes.
CREATE TABLE activity_log (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  action TEXT NOT NULL,
  entity_type TEXT NOT NULL,
  entity_id TEXT,
  summary TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX activity_log_entity ON activity_log (entity_type, entity_id);
CREATE TRIGGER activity_log_no_update BEFORE UPDATE ON activity_log
BEGIN SELECT RAISE(ABORT, 'activity_log is append-only'); END;
CREATE TRIGGER activity_log_no_delete BEFORE DELETE ON activity_log
BEGIN SELECT RAISE(ABORT, 'activity_log is append-only'); END;
`;

/*
 * Migration 3: letter templates, their language variants, and the facts
 * library. FROZEN once shipped, like every migration (see 0001).
 *
 * A variant's document is TipTap/ProseMirror JSON (shared/letter/document.ts),
 * validated before it is written. It is stored whole because it is only ever
 * read and written whole; nothing queries inside it.
 */
export const migration0003 = `
CREATE TABLE templates (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('letter', 'statement')),
  default_language TEXT NOT NULL CHECK (default_language IN ('en', 'es', 'fr')),
  paper_size TEXT NOT NULL CHECK (paper_size IN ('A4', 'Letter')),
  -- Set for the examples shipped with the app, so each is loaded only once.
  example_key TEXT UNIQUE,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX templates_name ON templates (name COLLATE NOCASE);

CREATE TABLE template_variants (
  id TEXT NOT NULL UNIQUE,
  template_id TEXT NOT NULL REFERENCES templates (id) ON DELETE CASCADE,
  language TEXT NOT NULL CHECK (language IN ('en', 'es', 'fr')),
  -- A statement's title; unused for letters.
  title TEXT NOT NULL DEFAULT '',
  document TEXT NOT NULL,
  -- Goes up by one on every save: drafts remember the revision they came from.
  revision INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (template_id, language)
);

CREATE TABLE facts (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  label TEXT NOT NULL,
  text TEXT NOT NULL,
  source_name TEXT NOT NULL,
  source_url TEXT NOT NULL DEFAULT '',
  as_of TEXT NOT NULL,
  stale_after_days INTEGER NOT NULL CHECK (stale_after_days > 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
`;

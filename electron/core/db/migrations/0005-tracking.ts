/*
 * Migration 5: attachments to contact events (a reply's scan, a receipt), and
 * undo rows in the append-only log. FROZEN once shipped (see 0001).
 */
export const migration0005 = `
-- Files attached to contact events (a reply's scan, a delivery receipt):
-- PDF, DOCX, PNG or JPEG recognised by their first bytes, at most 50 MB.
-- Kept with the log they belong to, and like it never changed.
CREATE TABLE attachments (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  event_id TEXT NOT NULL REFERENCES contact_events (id) ON DELETE RESTRICT,
  file_name TEXT NOT NULL,
  mime TEXT NOT NULL CHECK (mime IN ('application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'image/png', 'image/jpeg')),
  size INTEGER NOT NULL CHECK (size > 0 AND size <= 52428800),
  sha256 TEXT NOT NULL,
  data BLOB NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX attachments_event ON attachments (event_id);
CREATE TRIGGER attachments_no_update BEFORE UPDATE ON attachments
BEGIN SELECT RAISE(ABORT, 'attachments are append-only: record a correction instead'); END;
CREATE TRIGGER attachments_no_delete BEFORE DELETE ON attachments
BEGIN SELECT RAISE(ABORT, 'attachments are append-only: record a correction instead'); END;

-- An undo is a correction that cancels the event it supersedes instead of
-- replacing it: the row has supersedes_id set and retracts = 1.
ALTER TABLE contact_events ADD COLUMN retracts INTEGER NOT NULL DEFAULT 0 CHECK (retracts IN (0, 1));
`;

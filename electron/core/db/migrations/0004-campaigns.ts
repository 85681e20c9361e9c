/*
 * Migration 4: who sends letters (organisation, signers, endorsing
 * organisations, their images), campaigns with one draft per recipient, and
 * the contact events that record what happened. FROZEN once shipped.
 *
 * Images (logo, signatures) live in the database, so they travel and are
 * backed up (and, later, encrypted) with everything else.
 */
export const migration0004 = `
CREATE TABLE images (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  purpose TEXT NOT NULL CHECK (purpose IN ('logo', 'signature')),
  mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg')),
  width INTEGER NOT NULL CHECK (width > 0),
  height INTEGER NOT NULL CHECK (height > 0),
  sha256 TEXT NOT NULL,
  data BLOB NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- One row: the organisation that sends the letters.
CREATE TABLE organisation (
  id TEXT NOT NULL UNIQUE,
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  name TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  contacts TEXT NOT NULL DEFAULT '',
  logo_image_id TEXT REFERENCES images (id) ON DELETE SET NULL,
  paper_size TEXT NOT NULL DEFAULT 'A4' CHECK (paper_size IN ('A4', 'Letter')),
  -- The place on the date line: "Geneva, 22 November 2026".
  place TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE signers (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  signature_image_id TEXT REFERENCES images (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE endorsers (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  country_code TEXT,
  -- Only organisations that agreed are printed.
  status TEXT NOT NULL DEFAULT 'asked' CHECK (status IN ('asked', 'agreed', 'declined')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE campaigns (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  template_id TEXT NOT NULL REFERENCES templates (id) ON DELETE RESTRICT,
  letter_date TEXT NOT NULL,
  -- References are <prefix>-<year>-<number>, e.g. HRL-2026-0042.
  reference_prefix TEXT NOT NULL,
  next_number INTEGER NOT NULL DEFAULT 1,
  -- Status turns to "no reply" this many days after a letter was sent.
  no_reply_days INTEGER NOT NULL DEFAULT 30 CHECK (no_reply_days > 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX campaigns_name ON campaigns (name COLLATE NOCASE);

CREATE TABLE campaign_signers (
  id TEXT NOT NULL UNIQUE,
  campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  signer_id TEXT NOT NULL REFERENCES signers (id) ON DELETE RESTRICT,
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (campaign_id, signer_id)
);

CREATE TABLE campaign_endorsers (
  id TEXT NOT NULL UNIQUE,
  campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  endorser_id TEXT NOT NULL REFERENCES endorsers (id) ON DELETE RESTRICT,
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (campaign_id, endorser_id)
);

-- One draft per recipient of a campaign. edited_document is NULL while the
-- draft follows its template; once edited by hand it holds the draft's own
-- text, and base_document / base_revision the template text it was edited
-- from, so a later template change can be shown as a diff and merged.
CREATE TABLE drafts (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  recipient_id TEXT NOT NULL REFERENCES recipients (id) ON DELETE RESTRICT,
  reference TEXT NOT NULL UNIQUE,
  edited_document TEXT,
  edited_language TEXT CHECK (edited_language IN ('en', 'es', 'fr')),
  base_document TEXT,
  base_revision INTEGER,
  allow_missing INTEGER NOT NULL DEFAULT 0 CHECK (allow_missing IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (campaign_id, recipient_id)
);
CREATE INDEX drafts_recipient ON drafts (recipient_id);

-- What happened between the organisation and a recipient. Append-only: a
-- correction is a new event that supersedes an earlier one. Recipients,
-- campaigns and drafts with history cannot be deleted (RESTRICT): outreach
-- history is never lost by accident.
CREATE TABLE contact_events (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  campaign_id TEXT REFERENCES campaigns (id) ON DELETE RESTRICT,
  recipient_id TEXT NOT NULL REFERENCES recipients (id) ON DELETE RESTRICT,
  draft_id TEXT REFERENCES drafts (id) ON DELETE RESTRICT,
  kind TEXT NOT NULL CHECK (kind IN ('drafted', 'exported', 'sent', 'delivered', 'acknowledged', 'replied', 'follow_up', 'closed')),
  occurred_on TEXT NOT NULL,
  channel TEXT CHECK (channel IN ('post', 'email', 'hand_delivery', 'fax', 'embassy', 'other')),
  reference TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  due_on TEXT,
  outcome TEXT CHECK (outcome IN ('positive', 'neutral', 'negative', 'no_response')),
  file_sha256 TEXT,
  supersedes_id TEXT REFERENCES contact_events (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX contact_events_recipient ON contact_events (recipient_id, occurred_on);
CREATE INDEX contact_events_campaign ON contact_events (campaign_id, recipient_id);
CREATE TRIGGER contact_events_no_update BEFORE UPDATE ON contact_events
BEGIN SELECT RAISE(ABORT, 'contact_events is append-only: record a correction instead'); END;
CREATE TRIGGER contact_events_no_delete BEFORE DELETE ON contact_events
BEGIN SELECT RAISE(ABORT, 'contact_events is append-only: record a correction instead'); END;
`;

/*
 * Migration 2: what a recipient needs to be addressed correctly. FROZEN once
 * shipped, like every migration (see 0001).
 *
 * - office_type: the kind of office, recognised from the title text or chosen;
 *   drives titles and forms of address.
 * - verified_on: the day someone last checked who holds the office
 *   (YYYY-MM-DD); entries unchecked for six months are flagged.
 * - *_override: per-recipient forms of address that win over computed ones.
 */
export const migration0002 = `
ALTER TABLE recipients ADD COLUMN office_type TEXT NOT NULL DEFAULT 'custom'
  CHECK (office_type IN ('head_of_state', 'head_of_government', 'foreign_minister', 'ambassador', 'speaker_of_parliament', 'custom'));
ALTER TABLE recipients ADD COLUMN verified_on TEXT;
ALTER TABLE recipients ADD COLUMN honorific_override TEXT;
ALTER TABLE recipients ADD COLUMN full_title_override TEXT;
ALTER TABLE recipients ADD COLUMN address_block_override TEXT;
ALTER TABLE recipients ADD COLUMN salutation_override TEXT;
ALTER TABLE recipients ADD COLUMN close_override TEXT;
CREATE INDEX recipients_country_office ON recipients (country_code, office_type);
`;

/*
 * Migration 6: chasers. A follow-up campaign names the campaign it chases,
 * and each of its drafts the original draft it follows up, so a chaser can
 * quote the original letter's date and reference. FROZEN once shipped (see 0001).
 */
export const migration0006 = `
ALTER TABLE campaigns ADD COLUMN follows_campaign_id TEXT REFERENCES campaigns (id) ON DELETE RESTRICT;
CREATE INDEX campaigns_follows ON campaigns (follows_campaign_id);

ALTER TABLE drafts ADD COLUMN follows_draft_id TEXT REFERENCES drafts (id) ON DELETE RESTRICT;
CREATE INDEX drafts_follows ON drafts (follows_draft_id);

-- Which rows a correction or an undo replaced: "is this event still in force?"
-- without scanning the whole log.
CREATE INDEX contact_events_supersedes ON contact_events (supersedes_id);
`;

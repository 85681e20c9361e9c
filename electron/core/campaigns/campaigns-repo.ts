import type { CampaignFields, CampaignSummary } from '../../../shared/campaigns/schemas';
import type { Db } from '../db/database';
import { logActivity } from '../db/activity-log';
import { newId, nowIso } from '../db/ids';

/*
 * Campaigns: a template, signers, endorsers, a date and a reference prefix,
 * owning one draft per recipient. Creating one writes the campaign, its
 * drafts (each with its own reference) and a "drafted" contact event per
 * recipient in a single transaction.
 */

interface CampaignRow {
  id: string;
  name: string;
  template_id: string;
  template_name: string;
  letter_date: string;
  reference_prefix: string;
  next_number: number;
  no_reply_days: number;
  signer_ids: string | null;
  endorser_ids: string | null;
  draft_count: number;
  follows_campaign_id: string | null;
  follows_campaign_name: string | null;
  created_at: string;
  updated_at: string;
}

const SELECT_CAMPAIGN = `
  SELECT c.*, t.name AS template_name,
    (SELECT group_concat(signer_id, ',') FROM (SELECT signer_id FROM campaign_signers WHERE campaign_id = c.id ORDER BY position)) AS signer_ids,
    (SELECT group_concat(endorser_id, ',') FROM (SELECT endorser_id FROM campaign_endorsers WHERE campaign_id = c.id ORDER BY position)) AS endorser_ids,
    (SELECT count(*) FROM drafts d WHERE d.campaign_id = c.id) AS draft_count,
    (SELECT f.name FROM campaigns f WHERE f.id = c.follows_campaign_id) AS follows_campaign_name
  FROM campaigns c JOIN templates t ON t.id = c.template_id`;

function toSummary(row: CampaignRow): CampaignSummary {
  return {
    id: row.id,
    name: row.name,
    templateId: row.template_id,
    templateName: row.template_name,
    letterDate: row.letter_date,
    referencePrefix: row.reference_prefix,
    noReplyDays: row.no_reply_days,
    signerIds: row.signer_ids ? row.signer_ids.split(',') : [],
    endorserIds: row.endorser_ids ? row.endorser_ids.split(',') : [],
    draftCount: row.draft_count,
    followsCampaignId: row.follows_campaign_id,
    followsCampaignName: row.follows_campaign_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listCampaigns(db: Db): CampaignSummary[] {
  return (db.prepare(`${SELECT_CAMPAIGN} ORDER BY c.created_at DESC, c.id`).all() as CampaignRow[]).map(toSummary);
}

export function getCampaign(db: Db, id: string): CampaignSummary | undefined {
  const row = db.prepare(`${SELECT_CAMPAIGN} WHERE c.id = ?`).get(id) as CampaignRow | undefined;
  return row && toSummary(row);
}

/** By id, or by name when exactly one campaign has it (case-insensitive). */
export function findCampaign(db: Db, idOrName: string): CampaignSummary | undefined {
  const byId = getCampaign(db, idOrName);
  if (byId) return byId;
  const rows = db.prepare(`${SELECT_CAMPAIGN} WHERE c.name = ? COLLATE NOCASE`).all(idOrName.trim()) as CampaignRow[];
  return rows.length === 1 ? toSummary(rows[0]) : undefined;
}

/** "HRL-2026-0042": prefix, the letter date's year, a number padded to four digits. */
export function formatReference(prefix: string, letterDate: string, n: number): string {
  return `${prefix}-${letterDate.slice(0, 4)}-${String(n).padStart(4, '0')}`;
}

function setMembers(
  db: Db,
  table: 'campaign_signers' | 'campaign_endorsers',
  column: 'signer_id' | 'endorser_id',
  campaignId: string,
  ids: readonly string[],
  at: string,
): void {
  db.prepare(`DELETE FROM ${table} WHERE campaign_id = ?`).run(campaignId);
  const insert = db.prepare(`INSERT INTO ${table} (id, campaign_id, ${column}, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`);
  [...new Set(ids)].forEach((id, position) => insert.run(newId(), campaignId, id, position, at, at));
}

/**
 * The number the next draft of a campaign gets: its own next number, or more.
 * References are unique across campaigns: it continues after the highest one
 * any campaign already gave with this prefix and year.
 */
export function nextReferenceNumber(db: Db, prefix: string, letterDate: string, nextNumber: number): number {
  const stem = formatReference(prefix, letterDate, 0).slice(0, -4);
  const highest = db
    .prepare("SELECT max(CAST(substr(reference, ?) AS INTEGER)) FROM drafts WHERE reference LIKE ? ESCAPE '\\'")
    .pluck()
    .get(stem.length + 1, `${stem.replace(/[\\%_]/g, '\\$&')}%`) as number | null;
  return Math.max(nextNumber, (highest ?? 0) + 1);
}

/** Adds drafts for recipients not yet in the campaign; returns how many were added. Call inside a transaction. */
function addDrafts(db: Db, campaignId: string, recipientIds: readonly string[], at: string): number {
  const campaign = db.prepare('SELECT reference_prefix, letter_date, next_number FROM campaigns WHERE id = ?').get(campaignId) as {
    reference_prefix: string;
    letter_date: string;
    next_number: number;
  };
  const already = new Set(db.prepare('SELECT recipient_id FROM drafts WHERE campaign_id = ?').pluck().all(campaignId) as string[]);
  const insertDraft = db.prepare('INSERT INTO drafts (id, campaign_id, recipient_id, reference, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const insertEvent = db.prepare(
    `INSERT INTO contact_events (id, campaign_id, recipient_id, draft_id, kind, occurred_on, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'drafted', ?, ?, ?)`,
  );
  let n = nextReferenceNumber(db, campaign.reference_prefix, campaign.letter_date, campaign.next_number);
  let added = 0;
  for (const recipientId of recipientIds) {
    if (already.has(recipientId)) continue;
    already.add(recipientId);
    const draftId = newId();
    insertDraft.run(draftId, campaignId, recipientId, formatReference(campaign.reference_prefix, campaign.letter_date, n++), at, at);
    insertEvent.run(newId(), campaignId, recipientId, draftId, at.slice(0, 10), at, at);
    added++;
  }
  db.prepare('UPDATE campaigns SET next_number = ?, updated_at = ? WHERE id = ?').run(n, at, campaignId);
  return added;
}

export function createCampaign(db: Db, fields: CampaignFields, recipientIds: readonly string[]): CampaignSummary {
  const id = newId();
  db.transaction(() => {
    const at = nowIso();
    db.prepare(
      `INSERT INTO campaigns (id, name, template_id, letter_date, reference_prefix, next_number, no_reply_days, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)`,
    ).run(id, fields.name, fields.templateId, fields.letterDate, fields.referencePrefix, fields.noReplyDays, at, at);
    setMembers(db, 'campaign_signers', 'signer_id', id, fields.signerIds, at);
    setMembers(db, 'campaign_endorsers', 'endorser_id', id, fields.endorserIds, at);
    const added = addDrafts(db, id, recipientIds, at);
    logActivity(db, { action: 'create', entityType: 'campaign', entityId: id, summary: `Created campaign ${fields.name} with ${added} drafts` });
  })();
  return getCampaign(db, id)!;
}

export function addCampaignRecipients(db: Db, campaignId: string, recipientIds: readonly string[]): number {
  return db.transaction(() => {
    const added = addDrafts(db, campaignId, recipientIds, nowIso());
    logActivity(db, { action: 'update', entityType: 'campaign', entityId: campaignId, summary: `Added ${added} recipients` });
    return added;
  })();
}

export function updateCampaign(db: Db, id: string, fields: Omit<CampaignFields, 'templateId' | 'referencePrefix'>): CampaignSummary | undefined {
  const found = db.transaction(() => {
    const at = nowIso();
    const { changes } = db
      .prepare('UPDATE campaigns SET name = ?, letter_date = ?, no_reply_days = ?, updated_at = ? WHERE id = ?')
      .run(fields.name, fields.letterDate, fields.noReplyDays, at, id);
    if (changes === 0) return false;
    setMembers(db, 'campaign_signers', 'signer_id', id, fields.signerIds, at);
    setMembers(db, 'campaign_endorsers', 'endorser_id', id, fields.endorserIds, at);
    logActivity(db, { action: 'update', entityType: 'campaign', entityId: id, summary: `Edited campaign ${fields.name}` });
    return true;
  })();
  return found ? getCampaign(db, id) : undefined;
}

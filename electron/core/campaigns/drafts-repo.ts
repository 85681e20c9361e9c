import type { CampaignSummary, DraftRow } from '../../../shared/campaigns/schemas';
import type { Language } from '../../../shared/recipients/schemas';
import type { LetterDocument } from '../../../shared/letter/document';
import type { Db } from '../db/database';
import { logActivity } from '../db/activity-log';
import { listFacts } from '../facts/facts-repo';
import { nowIso } from '../db/ids';
import { getRecipientsByIds } from '../recipients/recipients-query';
import { getTemplate } from '../templates/templates-repo';
import { draftLetter, factsById, type DraftLetter, type DraftRecord, type SenderInfo } from './draft-letters';
import { ORIGINAL_DATE } from './original-letter';

interface DraftDbRow {
  id: string;
  recipient_id: string;
  reference: string;
  edited_document: string | null;
  edited_language: Language | null;
  base_document: string | null;
  base_revision: number | null;
  allow_missing: number;
  exported_at: string | null;
  original_reference: string | null;
  original_date: string | null;
}

const SELECT_DRAFT = `
  SELECT d.*, (SELECT max(e.created_at) FROM contact_events e WHERE e.draft_id = d.id AND e.kind = 'exported') AS exported_at,
    o.reference AS original_reference, ${ORIGINAL_DATE} AS original_date
  FROM drafts d LEFT JOIN drafts o ON o.id = d.follows_draft_id`;

function toRecord(row: DraftDbRow): DraftRecord {
  return {
    id: row.id,
    recipientId: row.recipient_id,
    reference: row.reference,
    editedDocument: row.edited_document,
    editedLanguage: row.edited_language,
    baseDocument: row.base_document,
    baseRevision: row.base_revision,
    allowMissing: row.allow_missing === 1,
    exportedAt: row.exported_at,
    original: row.original_reference === null ? null : { reference: row.original_reference, date: row.original_date },
  };
}

/** The organisation and the campaign's first signer, as the merge fields see them. */
export function senderInfo(db: Db, campaignId: string): SenderInfo {
  const org = db.prepare('SELECT name, address FROM organisation').get() as { name: string; address: string } | undefined;
  const signer = db
    .prepare('SELECT s.name, s.title FROM campaign_signers cs JOIN signers s ON s.id = cs.signer_id WHERE cs.campaign_id = ? ORDER BY cs.position LIMIT 1')
    .get(campaignId) as { name: string; title: string } | undefined;
  return { organisation: org?.name, address: org?.address, signerName: signer?.name, signerTitle: signer?.title, hasSigner: signer !== undefined };
}

/** Every draft of a campaign (or only `draftId`), merged, in reference order. */
export function campaignDraftLetters(db: Db, campaign: CampaignSummary, today = new Date(), draftId?: string): DraftLetter[] {
  const template = getTemplate(db, campaign.templateId);
  if (!template) return [];
  const rows = draftId
    ? db.prepare(`${SELECT_DRAFT} WHERE d.campaign_id = ? AND d.id = ?`).all(campaign.id, draftId)
    : db.prepare(`${SELECT_DRAFT} WHERE d.campaign_id = ? ORDER BY d.reference`).all(campaign.id);
  const drafts = (rows as DraftDbRow[]).map(toRecord);
  const recipients = getRecipientsByIds(
    db,
    drafts.map((d) => d.recipientId),
  );
  const facts = factsById(listFacts(db));
  const sender = senderInfo(db, campaign.id);
  return drafts.flatMap((draft) => {
    const recipient = recipients.get(draft.recipientId);
    return recipient ? [draftLetter(draft, recipient, template, campaign, sender, facts, today)] : [];
  });
}

export function campaignDraftRows(db: Db, campaign: CampaignSummary): DraftRow[] {
  return campaignDraftLetters(db, campaign).map((d) => d.row);
}

/** The recipients who have a draft in the campaign, by id and name (for lookups by name). */
export function campaignRecipients(db: Db, campaignId: string): { id: string; name: string }[] {
  return db.prepare('SELECT r.id, r.name FROM drafts d JOIN recipients r ON r.id = d.recipient_id WHERE d.campaign_id = ? ORDER BY r.id').all(campaignId) as {
    id: string;
    name: string;
  }[];
}

export function getDraftRecord(db: Db, id: string): (DraftRecord & { campaignId: string }) | undefined {
  const row = db.prepare(`${SELECT_DRAFT} WHERE d.id = ?`).get(id) as (DraftDbRow & { campaign_id: string }) | undefined;
  return row && { ...toRecord(row), campaignId: row.campaign_id };
}

/**
 * Keeps a hand edit apart from the template: the draft's own document, and
 * the template text and revision it was edited from (for a later diff).
 */
export function saveDraftEdit(
  db: Db,
  id: string,
  edit: { document: LetterDocument; language: Language; base: { document: LetterDocument; revision: number } },
): boolean {
  return db.transaction(() => {
    const { changes } = db
      .prepare('UPDATE drafts SET edited_document = ?, edited_language = ?, base_document = ?, base_revision = ?, updated_at = ? WHERE id = ?')
      .run(JSON.stringify(edit.document), edit.language, JSON.stringify(edit.base.document), edit.base.revision, nowIso(), id);
    if (changes > 0) logActivity(db, { action: 'update', entityType: 'draft', entityId: id, summary: 'Edited a draft by hand' });
    return changes > 0;
  })();
}

/** Drops the hand edit: the draft follows its template again. */
export function revertDraft(db: Db, id: string): boolean {
  return db.transaction(() => {
    const { changes } = db
      .prepare('UPDATE drafts SET edited_document = NULL, edited_language = NULL, base_document = NULL, base_revision = NULL, updated_at = ? WHERE id = ?')
      .run(nowIso(), id);
    if (changes > 0) logActivity(db, { action: 'update', entityType: 'draft', entityId: id, summary: 'Took the template text again' });
    return changes > 0;
  })();
}

export function setAllowMissing(db: Db, id: string, allow: boolean): boolean {
  return db.transaction(() => {
    const { changes } = db.prepare('UPDATE drafts SET allow_missing = ?, updated_at = ? WHERE id = ?').run(allow ? 1 : 0, nowIso(), id);
    if (changes > 0) logActivity(db, { action: 'update', entityType: 'draft', entityId: id, summary: allow ? 'Allowed empty fields' : 'Required every field' });
    return changes > 0;
  })();
}

import { chaserLetter } from '../../../resources/examples/chaser-letter';
import { ApiFailure } from '../../../shared/api/errors';
import type { ChaserDraft, ChaserPlan, ChaserTemplate, OriginalLetter } from '../../../shared/campaigns/chaser-schemas';
import type { Language } from '../../../shared/recipients/schemas';
import { logActivity } from '../db/activity-log';
import type { Db } from '../db/database';
import { nowIso } from '../db/ids';
import { createTemplate } from '../templates/templates-repo';
import { insertEvent } from '../tracking/events-repo';
import { addCampaignRecipients, createCampaign, formatReference, getCampaign, nextReferenceNumber } from './campaigns-repo';
import { ORIGINAL_EXPORTED_ON, ORIGINAL_SENT_ON } from './original-letter';

/*
 * "Draft a chaser": a follow-up letter to one recipient who has not answered.
 *
 * The chaser is a draft in a follow-up campaign whose follows_campaign_id is
 * the original campaign (same signers, endorsers and no-reply days; the
 * reference prefix with an F, so HRL-2026-0042 is chased by HRLF-2026-0001).
 * Its follows_draft_id names the original draft, from which the merge takes
 * `original.reference` and `original.date` (see original-letter.ts).
 *
 * A follow-up campaign is reused for the next chaser of the same campaign
 * with the same template as long as none of its letters has gone out, so a
 * week of chasers is exported and posted together; once one has gone out,
 * the next chaser starts a new follow-up campaign.
 *
 * Drafting also appends a "drafted" event carrying the chaser's reference to
 * the original letter's history, so that history says a chaser exists.
 */

const EXAMPLE_KEY = chaserLetter.key;

/** Letter templates whose text quotes the original letter (any language variant). */
export function chaserTemplates(db: Db): ChaserTemplate[] {
  const rows = db
    .prepare(
      `SELECT t.id, t.name, t.example_key FROM templates t
       WHERE t.kind = 'letter' AND EXISTS (
         SELECT 1 FROM template_variants v WHERE v.template_id = t.id
           AND (instr(v.document, '"field":"original.date"') > 0 OR instr(v.document, '"field":"original.reference"') > 0))
       ORDER BY t.example_key IS NOT ? , t.name COLLATE NOCASE, t.id`,
    )
    .all(EXAMPLE_KEY) as { id: string; name: string; example_key: string | null }[];
  return rows.map((r) => ({ id: r.id, name: r.name, isExample: r.example_key !== null }));
}

/** The letter a chaser would follow up: a recipient's draft in a campaign, and the day it went out. */
export function originalLetter(db: Db, campaignId: string, recipientId: string): OriginalLetter {
  const campaign = getCampaign(db, campaignId);
  if (!campaign) throw new ApiFailure('not_found', 'That campaign no longer exists.');
  const row = db
    .prepare(
      `SELECT o.id, o.reference, r.name, r.office, ${ORIGINAL_SENT_ON} AS sent_on, ${ORIGINAL_EXPORTED_ON} AS exported_on
       FROM drafts o JOIN recipients r ON r.id = o.recipient_id WHERE o.campaign_id = ? AND o.recipient_id = ?`,
    )
    .get(campaignId, recipientId) as
    { id: string; reference: string; name: string; office: string; sent_on: string | null; exported_on: string | null } | undefined;
  if (!row) {
    const known = db.prepare('SELECT 1 FROM recipients WHERE id = ?').get(recipientId) !== undefined;
    if (!known) throw new ApiFailure('not_found', 'That recipient no longer exists. It may have been deleted.');
    throw new ApiFailure('invalid_input', `That recipient has no letter in the campaign "${campaign.name}", so there is nothing to chase.`, [
      { path: ['recipientId'], code: 'notInCampaign' },
    ]);
  }
  return {
    campaignId,
    campaignName: campaign.name,
    draftId: row.id,
    recipientId,
    recipientName: row.name || row.office,
    reference: row.reference,
    date: row.sent_on ?? row.exported_on,
    dateSource: row.sent_on ? 'sent' : row.exported_on ? 'exported' : null,
  };
}

interface ChaserRow {
  campaign_id: string;
  campaign_name: string;
  draft_id: string;
  reference: string;
  template_id: string;
  sent: number;
}

/** Chasers already drafted for an original draft, oldest first, and whether each has gone out (exported or sent). */
export function existingChasers(db: Db, originalDraftId: string): (ChaserDraft & { sent: boolean })[] {
  const rows = db
    .prepare(
      `SELECT c.id AS campaign_id, c.name AS campaign_name, d.id AS draft_id, d.reference, c.template_id,
         EXISTS (SELECT 1 FROM contact_events e WHERE e.campaign_id = d.campaign_id AND e.recipient_id = d.recipient_id
           AND e.kind IN ('exported', 'sent', 'delivered', 'acknowledged') AND e.retracts = 0
           AND NOT EXISTS (SELECT 1 FROM contact_events x WHERE x.supersedes_id = e.id)) AS sent
       FROM drafts d JOIN campaigns c ON c.id = d.campaign_id WHERE d.follows_draft_id = ? ORDER BY d.created_at, d.seq`,
    )
    .all(originalDraftId) as ChaserRow[];
  return rows.map((r) => ({
    campaignId: r.campaign_id,
    campaignName: r.campaign_name,
    draftId: r.draft_id,
    reference: r.reference,
    templateId: r.template_id,
    sent: r.sent === 1,
  }));
}

export function hasExampleChaser(db: Db): boolean {
  return db.prepare('SELECT 1 FROM templates WHERE example_key = ?').get(EXAMPLE_KEY) !== undefined;
}

/** The reference prefix of a follow-up campaign: the original's with an F (12 characters at most). */
export function chaserPrefix(prefix: string): string {
  return `${prefix.slice(0, 11)}F`;
}

/** A campaign name no other campaign has: "Chaser: X", else "Chaser: X (2)", ... */
function freeName(db: Db, wanted: string): string {
  const taken = (name: string) => db.prepare('SELECT 1 FROM campaigns WHERE name = ? COLLATE NOCASE').get(name) !== undefined;
  if (!taken(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const name = `${wanted.slice(0, 190)} (${n})`;
    if (!taken(name)) return name;
  }
}

/** The follow-up campaign a new chaser can join: same original campaign and template, nothing sent or exported yet, recipient not in it. */
function reusableCampaign(db: Db, originalCampaignId: string, templateId: string, recipientId: string): string | undefined {
  return db
    .prepare(
      `SELECT c.id FROM campaigns c
       WHERE c.follows_campaign_id = ? AND c.template_id = ?
         AND NOT EXISTS (SELECT 1 FROM drafts d WHERE d.campaign_id = c.id AND d.recipient_id = ?)
         AND NOT EXISTS (SELECT 1 FROM contact_events e WHERE e.campaign_id = c.id AND e.kind IN ('exported', 'sent', 'delivered', 'acknowledged') AND e.retracts = 0)
       ORDER BY c.created_at DESC, c.seq DESC LIMIT 1`,
    )
    .pluck()
    .get(originalCampaignId, templateId, recipientId) as string | undefined;
}

/** The name a new follow-up campaign gets: the one asked for, else "Chaser: <campaign>", made free. */
function followUpName(db: Db, sourceName: string, wanted: string | undefined): string {
  return freeName(db, wanted ?? `Chaser: ${sourceName}`.slice(0, 200));
}

/**
 * What draftChaser would do with each template, without doing it (see
 * ChaserPlan): the same choices it makes, and the reference its numbering
 * would give. Empty while the letter has not gone out.
 */
export function chaserPlans(db: Db, original: OriginalLetter, templates: readonly ChaserTemplate[], today: string, campaignName?: string): ChaserPlan[] {
  if (original.date === null) return [];
  const source = getCampaign(db, original.campaignId)!;
  const existing = existingChasers(db, original.draftId);
  const letters = db.prepare('SELECT count(*) FROM drafts WHERE campaign_id = ?').pluck();
  return templates.map((template): ChaserPlan => {
    const pending = existing.find((c) => c.templateId === template.id && !c.sent);
    if (pending)
      return {
        templateId: template.id,
        campaignId: pending.campaignId,
        campaignName: pending.campaignName,
        campaignLetters: letters.get(pending.campaignId) as number,
        reference: pending.reference,
        reopens: true,
      };
    const reused = reusableCampaign(db, source.id, template.id, original.recipientId);
    if (reused !== undefined) {
      const campaign = db.prepare('SELECT name, reference_prefix, letter_date, next_number FROM campaigns WHERE id = ?').get(reused) as {
        name: string;
        reference_prefix: string;
        letter_date: string;
        next_number: number;
      };
      // Drafting moves its letter date to today when it is earlier (see draftChaser).
      const letterDate = campaign.letter_date < today ? today : campaign.letter_date;
      const n = nextReferenceNumber(db, campaign.reference_prefix, letterDate, campaign.next_number);
      return {
        templateId: template.id,
        campaignId: reused,
        campaignName: campaign.name,
        campaignLetters: letters.get(reused) as number,
        reference: formatReference(campaign.reference_prefix, letterDate, n),
        reopens: false,
      };
    }
    const prefix = chaserPrefix(source.referencePrefix);
    return {
      templateId: template.id,
      campaignId: null,
      campaignName: followUpName(db, source.name, campaignName),
      campaignLetters: 0,
      reference: formatReference(prefix, today, nextReferenceNumber(db, prefix, today, 1)),
      reopens: false,
    };
  });
}

function chooseTemplate(db: Db, templateId: string | undefined): ChaserTemplate {
  const templates = chaserTemplates(db);
  if (templateId === undefined) {
    if (templates.length === 0) {
      throw new ApiFailure(
        'conflict',
        'There is no chaser template yet: a letter template that quotes the original letter with the "Original letter" fields. Add the example chaser (letterdesk chaser --add-example, or "Add the example chaser" in the app), or insert those fields into a letter template.',
      );
    }
    return templates[0];
  }
  const chosen = templates.find((t) => t.id === templateId);
  if (chosen) return chosen;
  const exists = db.prepare('SELECT 1 FROM templates WHERE id = ?').get(templateId) !== undefined;
  if (!exists) throw new ApiFailure('not_found', 'That template no longer exists. It may have been deleted.');
  throw new ApiFailure(
    'invalid_input',
    'That template does not quote the original letter: a chaser template is a letter that uses the "Original letter" date or reference fields.',
    [{ path: ['templateId'], code: 'notChaserTemplate' }],
  );
}

export interface DraftChaserInput {
  campaignId: string;
  recipientId: string;
  templateId?: string;
  campaignName?: string;
}

/**
 * Drafts a chaser, in one transaction: the follow-up campaign if one must be
 * made, the draft linked to the original, its "drafted" event, and a
 * "drafted" event with the chaser's reference in the original's history.
 * A chaser already drafted with the same template and not yet sent is
 * returned instead of a second one.
 */
export function draftChaser(db: Db, input: DraftChaserInput, today: string): ChaserDraft & { created: boolean; campaignCreated: boolean } {
  const original = originalLetter(db, input.campaignId, input.recipientId);
  if (original.date === null) {
    throw new ApiFailure(
      'conflict',
      `The letter to ${original.recipientName} (${original.reference}) has not been exported or sent yet, so a chaser has no date to quote. Export it or record when it was sent first.`,
    );
  }
  const template = chooseTemplate(db, input.templateId);
  const pending = existingChasers(db, original.draftId).find((c) => c.templateId === template.id && !c.sent);
  if (pending) return { ...pending, created: false, campaignCreated: false };

  const source = getCampaign(db, original.campaignId)!;
  return db.transaction(() => {
    const at = nowIso();
    let campaignId = reusableCampaign(db, source.id, template.id, input.recipientId);
    const campaignCreated = campaignId === undefined;
    if (campaignId === undefined) {
      const created = createCampaign(
        db,
        {
          name: followUpName(db, source.name, input.campaignName),
          templateId: template.id,
          letterDate: today,
          referencePrefix: chaserPrefix(source.referencePrefix),
          signerIds: source.signerIds,
          endorserIds: source.endorserIds,
          noReplyDays: source.noReplyDays,
        },
        [input.recipientId],
      );
      campaignId = created.id;
      db.prepare('UPDATE campaigns SET follows_campaign_id = ? WHERE id = ?').run(source.id, campaignId);
    } else {
      addCampaignRecipients(db, campaignId, [input.recipientId]);
      // Nothing in it has gone out: its letters go out from today, not from the day it was started.
      db.prepare('UPDATE campaigns SET letter_date = ?, updated_at = ? WHERE id = ? AND letter_date < ?').run(today, at, campaignId, today);
    }
    const draft = db.prepare('SELECT id, reference FROM drafts WHERE campaign_id = ? AND recipient_id = ?').get(campaignId, input.recipientId) as {
      id: string;
      reference: string;
    };
    db.prepare('UPDATE drafts SET follows_draft_id = ?, updated_at = ? WHERE id = ?').run(original.draftId, at, draft.id);
    insertEvent(db, {
      campaignId: original.campaignId,
      recipientId: input.recipientId,
      draftId: original.draftId,
      kind: 'drafted',
      occurredOn: today,
      channel: null,
      reference: draft.reference,
      note: '',
      dueOn: null,
      outcome: null,
      fileSha256: null,
      supersedesId: null,
      retracts: false,
    });
    const campaignName = getCampaign(db, campaignId)!.name;
    logActivity(db, {
      action: 'create',
      entityType: 'draft',
      entityId: draft.id,
      summary: `Drafted chaser ${draft.reference} to ${original.recipientName} for ${original.reference} of ${original.date} (${campaignName})`,
    });
    return { campaignId, campaignName, draftId: draft.id, reference: draft.reference, templateId: template.id, created: true, campaignCreated };
  })();
}

/** Adds the example chaser template, named in `language` (English for French, which it has no text in). */
export function addExampleChaser(db: Db, language: Language): ChaserTemplate {
  const existing = db.prepare('SELECT id, name FROM templates WHERE example_key = ?').get(EXAMPLE_KEY) as { id: string; name: string } | undefined;
  if (existing) return { ...existing, isExample: true };
  const template = createTemplate(
    db,
    { name: chaserLetter.names[language === 'es' ? 'es' : 'en'], kind: chaserLetter.kind, defaultLanguage: chaserLetter.defaultLanguage, paperSize: 'A4' },
    (['en', 'es'] as const).map((lang) => ({ language: lang, ...chaserLetter.variants[lang] })),
    EXAMPLE_KEY,
  );
  return { id: template.id, name: template.name, isExample: true };
}

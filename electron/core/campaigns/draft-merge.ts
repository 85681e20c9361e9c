import { ApiFailure } from '../../../shared/api/errors';
import { mergeBlocks, resolveMerge, sameDocument, type ConflictChoice } from '../../../shared/letter/block-merge';
import { letterDocumentSchema, type LetterDocument } from '../../../shared/letter/document';
import type { Db } from '../db/database';
import { logActivity } from '../db/activity-log';
import { nowIso } from '../db/ids';
import { getCampaign } from './campaigns-repo';
import { campaignDraftLetters, getDraftRecord } from './drafts-repo';

/*
 * "Merge" for a hand-edited draft whose template changed: the hand edit
 * (ours), the template text it was edited from (base, stored with the edit)
 * and the template text now (theirs), merged block by block in shared/.
 * The renderer shows the same merge from drafts.get and sends the user's
 * choices with the letter it showed; here the merge is done again from the
 * store, inside the transaction that saves it, and saved only when it gives
 * that same letter.
 */

const parse = (json: string | null): LetterDocument | null => (json ? letterDocumentSchema.parse(JSON.parse(json)) : null);

function refuse(code: string, message: string): never {
  throw new ApiFailure('conflict', message, [{ path: [], code }]);
}

/**
 * Saves the merged letter as the draft's hand edit, now based on the template
 * as it is: "template changed" is settled.
 */
export function mergeDraft(db: Db, id: string, request: { templateRevision: number; choices: readonly ConflictChoice[]; merged: LetterDocument }): void {
  db.transaction(() => {
    const record = getDraftRecord(db, id);
    const campaign = record && getCampaign(db, record.campaignId);
    const [letter] = record && campaign ? campaignDraftLetters(db, campaign, new Date(), id) : [];
    if (!record || !letter) throw new ApiFailure('not_found', 'That draft no longer exists. It may have been deleted.');
    const ours = parse(record.editedDocument);
    const base = parse(record.baseDocument);
    const template = letter.variant;
    // A resolved hand edit merges with the template resolved for the recipient.
    const theirs = letter.resolvedEdit ? letter.resolveTemplate() : template.document;
    if (!ours) refuse('notEdited', 'This letter was not edited by hand: it already follows its template, so there is nothing to merge.');
    if (!base)
      refuse('noBase', 'Letterdesk does not have the template text this letter was edited from, so it cannot merge. Keep your version or take the template.');
    if (record.editedLanguage && record.editedLanguage !== template.language) {
      refuse(
        'otherLanguage',
        'This letter was edited in another language than the template text it would now follow, so the two cannot be merged. Keep your version or take the template.',
      );
    }
    const merge = mergeBlocks(base, ours, theirs);
    const stale = () => refuse('mergeStale', 'The letter or its template changed while you were merging. Nothing was saved: look at the merge again.');
    // The user chose between their text and the template text they saw: a newer one needs a new look.
    if (template.revision !== request.templateRevision || request.choices.length !== merge.conflicts) stale();
    const merged = resolveMerge(merge, request.choices);
    if (!sameDocument(merged, request.merged)) stale();
    const checked = letterDocumentSchema.safeParse(merged);
    if (!checked.success)
      refuse('mergeTooLong', 'Keeping both versions makes this letter longer than a letter can be. Choose one version for some of the conflicts.');

    db.prepare('UPDATE drafts SET edited_document = ?, edited_language = ?, base_document = ?, base_revision = ?, updated_at = ? WHERE id = ?').run(
      JSON.stringify(checked.data),
      template.language,
      JSON.stringify(theirs),
      template.revision,
      nowIso(),
      id,
    );
    const summary = merge.conflicts > 0 ? `${merge.conflicts} conflict(s) settled by hand` : 'no conflict';
    logActivity(db, { action: 'update', entityType: 'draft', entityId: id, summary: `Merged the template's changes into a hand-edited draft (${summary})` });
  })();
}

import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/errors';
import type { CampaignSummary, DraftRow } from '../../../shared/campaigns/schemas';
import type { TemplateSummary } from '../../../shared/templates/schemas';
import { mergeBlocks, resolveMerge, type ConflictChoice } from '../../../shared/letter/block-merge';
import type { LetterDocument } from '../../../shared/letter/document';
import { plainText } from '../../../shared/letter/merge';
import { dispatch } from '../../../electron/core/api/dispatch';
import { workspaceForEachTest } from '../../helpers/workspace-per-test';

/* "Merge" of a hand-edited draft with its changed template, through the API, on a real workspace. */

const { t, ok } = workspaceForEachTest();

const letterOf = (...paragraphs: string[]): LetterDocument => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});
const BASE = letterOf('Dear Minister,', 'We write about the detainees.', 'We ask for their release.', 'Yours sincerely,');

interface DraftView {
  row: DraftRow;
  document: LetterDocument;
  merged: LetterDocument;
  templateDocument: LetterDocument;
  templateRevision: number;
  baseDocument: LetterDocument | null;
}

/** A campaign of one English letter from a template whose text is BASE, and that letter edited by hand. */
async function handEditedDraft(edit: LetterDocument) {
  const template = (await ok<TemplateSummary[]>('templates.list', {})).find((x) => x.kind === 'letter')!;
  await ok('templates.saveVariant', { templateId: template.id, language: 'en', document: BASE });
  await ok('recipients.create', {
    countryCode: 'IE',
    office: 'Taoiseach',
    officeType: 'head_of_government',
    name: 'Aoife Example',
    gender: 'female',
    language: 'en',
  });
  const campaign = await ok<CampaignSummary>('campaigns.create', {
    name: 'Merge',
    templateId: template.id,
    recipients: { by: 'countries', codes: ['IE'] },
    letterDate: '2026-11-22',
    referencePrefix: 'MRG',
  });
  const [draft] = await ok<DraftRow[]>('campaigns.drafts', { id: campaign.id });
  await ok('drafts.saveEdit', { id: draft!.id, document: edit });
  return { templateId: template.id, draftId: draft!.id };
}

/** What the draft page does: the merge from drafts.get, settled by the user's choices. */
async function mergeAsShown(draftId: string, choices: ConflictChoice[]) {
  const view = await ok<DraftView>('drafts.get', { id: draftId });
  const merge = mergeBlocks(view.baseDocument!, view.document, view.templateDocument);
  return { merge, merged: resolveMerge(merge, choices.slice(0, merge.conflicts)), templateRevision: view.templateRevision };
}

const activity = () => t.workspace.db().prepare("SELECT summary FROM activity_log WHERE entity_type = 'draft' ORDER BY rowid").pluck().all() as string[];

describe('drafts.merge', () => {
  it('applies the template change to a hand-edited letter, settles a conflict by the choice, and leaves "template changed"', async () => {
    const { templateId, draftId } = await handEditedDraft(
      letterOf('Dear Minister,', 'We write about the 120 detainees.', 'We ask for their release.', 'Yours faithfully,'),
    );
    await ok('templates.saveVariant', {
      templateId,
      language: 'en',
      document: letterOf('Dear Minister,', 'We write about the detainees.', 'We ask for their immediate release.', 'Yours sincerely and respectfully,'),
    });
    expect((await ok<DraftView>('drafts.get', { id: draftId })).row).toMatchObject({ editedByHand: true, templateChanged: true });

    const { merge, merged, templateRevision } = await mergeAsShown(draftId, ['template']);
    expect(merge).toMatchObject({ conflicts: 1, fromTemplate: 1, fromOurs: 1 });
    const row = await ok<DraftRow>('drafts.merge', { id: draftId, templateRevision, choices: ['template'], merged });
    expect(row).toMatchObject({ editedByHand: true, templateChanged: false });

    const after = await ok<DraftView>('drafts.get', { id: draftId });
    expect(plainText(after.document).split('\n\n')).toEqual([
      'Dear Minister,',
      'We write about the 120 detainees.',
      'We ask for their immediate release.',
      'Yours sincerely and respectfully,',
    ]);
    // The merged letter is the new hand edit, based on the template as it is now.
    expect(after.baseDocument).toEqual(after.templateDocument);
    const stored = t.workspace
      .db()
      .prepare('SELECT d.base_revision, v.revision FROM drafts d, template_variants v WHERE d.id = ? AND v.template_id = ? AND v.language = ?')
      .get(draftId, templateId, 'en') as { base_revision: number; revision: number };
    expect(stored.base_revision).toBe(stored.revision);
    expect(activity().at(-1)).toMatch(/Merged the template's changes .*1 conflict/);

    // A later template change is reported again, against the merged base.
    await ok('templates.saveVariant', { templateId, language: 'en', document: letterOf('Hello,') });
    expect((await ok<DraftView>('drafts.get', { id: draftId })).row.templateChanged).toBe(true);
  });

  it('keeps both versions of a conflict when asked', async () => {
    const { templateId, draftId } = await handEditedDraft(letterOf('Dear Minister,', 'Mine.', 'We ask for their release.', 'Yours sincerely,'));
    await ok('templates.saveVariant', {
      templateId,
      language: 'en',
      document: letterOf('Dear Minister,', 'Template.', 'We ask for their release.', 'Yours sincerely,'),
    });
    const { merged, templateRevision } = await mergeAsShown(draftId, ['both']);
    await ok('drafts.merge', { id: draftId, templateRevision, choices: ['both'], merged });
    expect(plainText((await ok<DraftView>('drafts.get', { id: draftId })).document)).toContain('Mine.\n\nTemplate.');
  });

  it('saves nothing when the letter changed since the merge was shown, or the choices do not fit it', async () => {
    const { templateId, draftId } = await handEditedDraft(letterOf('Dear Minister,', 'Mine.', 'We ask for their release.', 'Yours sincerely,'));
    await ok('templates.saveVariant', {
      templateId,
      language: 'en',
      document: letterOf('Dear Minister,', 'Template.', 'We ask for their release.', 'Yours sincerely,'),
    });
    const { merged, templateRevision } = await mergeAsShown(draftId, ['mine']);
    // Meanwhile the template changes again: choosing "mine" gives the same letter, but over a template text never seen.
    await ok('templates.saveVariant', {
      templateId,
      language: 'en',
      document: letterOf('Dear Minister,', 'Template, again.', 'We ask for their release.', 'Yours sincerely,'),
    });
    const before = t.workspace.db().prepare('SELECT edited_document, base_revision, updated_at FROM drafts WHERE id = ?').get(draftId);
    const activityBefore = activity().length;

    const stale = await dispatch(t.handlers, 'drafts.merge', { id: draftId, templateRevision, choices: ['mine'], merged });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', issues: [{ code: 'mergeStale' }] } });
    // The template as it is now (one revision on), but without a choice for its conflict.
    const wrongCount = await dispatch(t.handlers, 'drafts.merge', { id: draftId, templateRevision: templateRevision + 1, choices: [], merged });
    expect(wrongCount).toMatchObject({ ok: false, error: { code: 'conflict', issues: [{ code: 'mergeStale' }] } });
    // Against the template as it is now, a letter other than the merge gives is not saved either.
    const tampered = await dispatch(t.handlers, 'drafts.merge', { id: draftId, templateRevision: templateRevision + 1, choices: ['template'], merged: BASE });
    expect(tampered).toMatchObject({ ok: false, error: { code: 'conflict', issues: [{ code: 'mergeStale' }] } });
    expect(t.workspace.db().prepare('SELECT edited_document, base_revision, updated_at FROM drafts WHERE id = ?').get(draftId)).toEqual(before);
    expect(activity()).toHaveLength(activityBefore);
  });

  it('refuses to merge a letter edited in one language with the template text of another', async () => {
    const { templateId, draftId } = await handEditedDraft(letterOf('Dear Minister,', 'Mine.'));
    await ok('templates.saveVariant', { templateId, language: 'es', document: letterOf('Señor Ministro:', 'Plantilla.') });
    // The recipient now prefers Spanish, which the template has: the letter would follow the Spanish text.
    t.workspace.db().prepare("UPDATE recipients SET language = 'es'").run();
    const view = await ok<DraftView>('drafts.get', { id: draftId });
    const merged = resolveMerge(mergeBlocks(view.baseDocument!, view.document, view.templateDocument), ['mine']);
    const refused = await dispatch(t.handlers, 'drafts.merge', { id: draftId, templateRevision: view.templateRevision, choices: ['mine'], merged });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', issues: [{ code: 'otherLanguage' }] } });
  });

  it('refuses a letter that was not edited by hand, an unknown draft and a malformed choice', async () => {
    const { draftId } = await handEditedDraft(BASE);
    await ok('drafts.revert', { id: draftId });
    const notEdited = await dispatch(t.handlers, 'drafts.merge', { id: draftId, templateRevision: 1, choices: [], merged: BASE });
    expect(notEdited).toMatchObject({ ok: false, error: { code: 'conflict', issues: [{ code: 'notEdited' }] } });
    const unknown = await dispatch(t.handlers, 'drafts.merge', { id: '0190e5a1-0000-7000-8000-00000000abcd', templateRevision: 1, choices: [], merged: BASE });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const malformed = (await dispatch(t.handlers, 'drafts.merge', {
      id: draftId,
      templateRevision: 1,
      choices: ['theirs'],
      merged: BASE,
    })) as ApiResult<unknown>;
    expect(malformed).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

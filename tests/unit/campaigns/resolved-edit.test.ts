import { describe, expect, it } from 'vitest';
import type { CampaignSummary, DraftRow } from '../../../shared/campaigns/schemas';
import type { TemplateSummary } from '../../../shared/templates/schemas';
import { mergeBlocks, resolveMerge } from '../../../shared/letter/block-merge';
import type { BlockNode, LetterDocument } from '../../../shared/letter/document';
import { holdsTemplateNodes, plainText } from '../../../shared/letter/merge';
import { workspaceForEachTest } from '../../helpers/workspace-per-test';

/* "Edit by hand" edits the finished letter, resolved for its recipient, and the template's later changes still merge into it. */

const { ok } = workspaceForEachTest();

interface DraftView {
  row: DraftRow;
  document: LetterDocument;
  editable: LetterDocument;
  merged: LetterDocument;
  templateDocument: LetterDocument;
  templateRevision: number;
  baseDocument: LetterDocument | null;
}

const text = (t: string) => ({ type: 'text' as const, text: t });
const para = (...content: NonNullable<Extract<BlockNode, { type: 'paragraph' }>['content']>): BlockNode => ({ type: 'paragraph', content });

/** A template with a name field, an office alternative and conditions for two groups. */
const TEMPLATE: LetterDocument = {
  type: 'doc',
  content: [
    para(text('Dear '), { type: 'mergeField', attrs: { field: 'recipient.name', format: null, allowEmpty: false } }, text(',')),
    para(
      text('As '),
      { type: 'choice', attrs: { by: 'officeType', options: { head_of_government: 'Prime Minister', head_of_state: 'President' }, other: 'leader' } },
      text(', you can act.'),
    ),
    { type: 'condition', attrs: { test: { kind: 'group', group: 'EU' }, negate: false }, content: [para(text('The Union has rules.'))] },
    { type: 'condition', attrs: { test: { kind: 'group', group: 'OAS' }, negate: false }, content: [para(text('The Americas have rules.'))] },
    para(text('Yours sincerely,')),
  ],
};

async function setUp() {
  const template = (await ok<TemplateSummary[]>('templates.list', {})).find((x) => x.kind === 'letter')!;
  await ok('templates.saveVariant', { templateId: template.id, language: 'en', document: TEMPLATE });
  await ok('recipients.create', { countryCode: 'IE', office: 'Taoiseach', officeType: 'head_of_government', name: 'Aoife Example', language: 'en' });
  const campaign = await ok<CampaignSummary>('campaigns.create', {
    name: 'Resolved',
    templateId: template.id,
    recipients: { by: 'countries', codes: ['IE'] },
    letterDate: '2026-11-22',
    referencePrefix: 'RES',
  });
  const [draft] = await ok<DraftRow[]>('campaigns.drafts', { id: campaign.id });
  return { templateId: template.id, draftId: draft!.id };
}

describe('edit by hand', () => {
  it("offers the letter resolved for the recipient: no fields, no other office's alternative, no other group's condition", async () => {
    const { draftId } = await setUp();
    const view = await ok<DraftView>('drafts.get', { id: draftId });
    expect(holdsTemplateNodes(view.editable)).toBe(false);
    expect(plainText(view.editable)).toBe('Dear Aoife Example,\n\nAs Prime Minister, you can act.\n\nThe Union has rules.\n\nYours sincerely,');
  });

  it('keeps the hand edit apart: a later template change merges into the resolved letter', async () => {
    const { templateId, draftId } = await setUp();
    const { editable } = await ok<DraftView>('drafts.get', { id: draftId });
    const mine: LetterDocument = { ...editable, content: editable.content.map((b, i) => (i === 1 ? para(text('As Prime Minister, you alone can act.')) : b)) };
    expect(await ok<DraftRow>('drafts.saveEdit', { id: draftId, document: mine })).toMatchObject({ editedByHand: true, templateChanged: false });

    // The template gains a closing line; the hand edit is untouched by it until merged.
    await ok('templates.saveVariant', {
      templateId,
      language: 'en',
      document: { ...TEMPLATE, content: [...TEMPLATE.content, para(text('P.S. We will write again.'))] },
    });
    const view = await ok<DraftView>('drafts.get', { id: draftId });
    expect(view.row).toMatchObject({ editedByHand: true, templateChanged: true });
    expect(holdsTemplateNodes(view.baseDocument!)).toBe(false);
    expect(holdsTemplateNodes(view.templateDocument)).toBe(false);

    const merge = mergeBlocks(view.baseDocument!, view.document, view.templateDocument);
    expect(merge).toMatchObject({ conflicts: 0, fromTemplate: 1, fromOurs: 1 });
    const merged = resolveMerge(merge, []);
    await ok('drafts.merge', { id: draftId, templateRevision: view.templateRevision, choices: [], merged });
    const after = await ok<DraftView>('drafts.get', { id: draftId });
    expect(after.row).toMatchObject({ editedByHand: true, templateChanged: false });
    expect(plainText(after.merged)).toBe(
      'Dear Aoife Example,\n\nAs Prime Minister, you alone can act.\n\nThe Union has rules.\n\nYours sincerely,\n\nP.S. We will write again.',
    );
  });
});

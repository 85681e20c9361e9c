import { describe, expect, it } from 'vitest';
import type { CampaignSummary, DraftRow } from '../../../shared/campaigns/schemas';
import type { TemplateSummary } from '../../../shared/templates/schemas';
import type { LetterDocument } from '../../../shared/letter/document';
import { plainText } from '../../../shared/letter/merge';
import { dispatch } from '../../../electron/core/api/dispatch';
import { workspaceForEachTest } from '../../helpers/workspace-per-test';

const { t, ok } = workspaceForEachTest();

const today = new Date().toISOString().slice(0, 10);

async function setUp() {
  const letter = (await ok<TemplateSummary[]>('templates.list', {})).find((x) => x.kind === 'letter' && x.name.startsWith('Political'))!;
  await ok('recipients.create', {
    countryCode: 'ES',
    office: 'Presidente del Gobierno',
    name: 'Pedro Ficticio',
    gender: 'male',
    language: 'es',
    verifiedOn: today,
  });
  await ok('recipients.create', {
    countryCode: 'NL',
    office: 'King',
    officeType: 'head_of_state',
    name: 'Willem Ficticio',
    gender: 'male',
    language: 'fr',
    verifiedOn: today,
  });
  await ok('recipients.create', { countryCode: 'JP', office: 'Prime Minister', name: 'Not In The EU', verifiedOn: today });
  t.workspace
    .db()
    .exec(
      `INSERT INTO signers (id, name, title, created_at, updated_at) VALUES ('0190e5a1-0000-7000-8000-000000000001', 'Dana Director', 'Executive Director', 'x', 'x')`,
    );
  const campaign = await ok<CampaignSummary>('campaigns.create', {
    name: 'EU prisoners 2026',
    templateId: letter.id,
    recipients: { by: 'group', group: 'EU' },
    signerIds: ['0190e5a1-0000-7000-8000-000000000001'],
    letterDate: '2026-11-22',
    referencePrefix: 'hrl',
  });
  return { letter, campaign };
}

describe('campaigns', () => {
  it("creates one draft per selected recipient with its own reference, in the recipient's language where the template has it", async () => {
    const { campaign } = await setUp();
    expect(campaign).toMatchObject({ draftCount: 2, referencePrefix: 'HRL' });
    const drafts = await ok<DraftRow[]>('campaigns.drafts', { id: campaign.id });
    expect(drafts.map((d) => [d.reference, d.countryCode, d.language, d.fellBack, d.state])).toEqual([
      ['HRL-2026-0001', 'NL', 'en', true, 'ready'],
      ['HRL-2026-0002', 'ES', 'es', false, 'ready'],
    ]);
    const spain = await ok<{ merged: LetterDocument }>('drafts.get', { id: drafts[1].id });
    const text = plainText(spain.merged);
    expect(text).toContain('Señor Presidente:');
    expect(text).toContain('España');
    const events = t.workspace.db().prepare("SELECT count(*) FROM contact_events WHERE kind = 'drafted'").pluck().get();
    expect(events).toBe(2);
  });

  it('counts the letters a selection would create before the campaign is made', async () => {
    await setUp();
    expect(await ok('campaigns.countRecipients', { recipients: { by: 'group', group: 'EU' } })).toEqual({ count: 2 });
    expect(await ok('campaigns.countRecipients', { recipients: { by: 'all' } })).toEqual({ count: 3 });
    expect(await ok('campaigns.countRecipients', { recipients: { by: 'countries', codes: ['FR'] } })).toEqual({ count: 0 });
    expect(await dispatch(t.handlers, 'campaigns.countRecipients', { recipients: { by: 'countries', codes: ['XX'] } })).toMatchObject({ ok: false });
  });

  it('refuses to delete a template a campaign is made from, and says which campaign', async () => {
    const { letter } = await setUp();
    const refused = await dispatch(t.handlers, 'templates.delete', { id: letter.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('"EU prisoners 2026"') } });
    expect((await ok<TemplateSummary[]>('templates.list', {})).some((x) => x.id === letter.id)).toBe(true);
  });

  it('flags drafts that need attention: no signer, a holder to verify', async () => {
    const { letter } = await setUp();
    await ok('recipients.create', { countryCode: 'FR', office: 'Président de la République' });
    const campaign = await ok<CampaignSummary>('campaigns.create', {
      name: 'France',
      templateId: letter.id,
      recipients: { by: 'countries', codes: ['FR'] },
      letterDate: '2026-11-22',
      referencePrefix: 'FR',
    });
    const [draft] = await ok<DraftRow[]>('campaigns.drafts', { id: campaign.id });
    expect(draft.state).toBe('attention');
    expect(draft.reasons.map((r) => r.code).sort()).toEqual(['noSigner', 'recipientToVerify']);
  });

  it('keeps hand edits apart from the template and reports template changes', async () => {
    const { letter, campaign } = await setUp();
    const [nl] = await ok<DraftRow[]>('campaigns.drafts', { id: campaign.id });
    const mine: LetterDocument = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'My own words to ' },
            { type: 'mergeField', attrs: { field: 'recipient.name', format: null, allowEmpty: false } },
          ],
        },
      ],
    };
    expect(await ok<DraftRow>('drafts.saveEdit', { id: nl.id, document: mine })).toMatchObject({ editedByHand: true, templateChanged: false });

    await ok('templates.saveVariant', {
      templateId: letter.id,
      language: 'en',
      document: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'New template text' }] }] },
    });
    const after = await ok<DraftRow[]>('campaigns.drafts', { id: campaign.id });
    expect(after.find((d) => d.id === nl.id)).toMatchObject({ editedByHand: true, templateChanged: true });
    expect(plainText((await ok<{ merged: LetterDocument }>('drafts.get', { id: nl.id })).merged)).toBe('My own words to Willem Ficticio');

    expect(await ok<DraftRow>('drafts.keepEdit', { id: nl.id })).toMatchObject({ editedByHand: true, templateChanged: false });
    expect(await ok<DraftRow>('drafts.revert', { id: nl.id })).toMatchObject({ editedByHand: false });
    expect(plainText((await ok<{ merged: LetterDocument }>('drafts.get', { id: nl.id })).merged)).toBe('New template text');
  });

  it('continues references across campaigns that share a prefix and year', async () => {
    const { letter } = await setUp();
    const second = await ok<CampaignSummary>('campaigns.create', {
      name: 'Again',
      templateId: letter.id,
      recipients: { by: 'countries', codes: ['ES', 'JP'] },
      letterDate: '2026-12-01',
      referencePrefix: 'HRL',
    });
    const refs = (await ok<DraftRow[]>('campaigns.drafts', { id: second.id })).map((d) => d.reference);
    expect(refs).toEqual(['HRL-2026-0003', 'HRL-2026-0004']);
  });

  it('refuses an empty selection, unknown countries and deleting a recipient with history', async () => {
    const { letter } = await setUp();
    const none = await dispatch(t.handlers, 'campaigns.create', {
      name: 'x',
      templateId: letter.id,
      recipients: { by: 'tag', tag: 'nobody' },
      letterDate: '2026-11-22',
      referencePrefix: 'X',
    });
    expect(none).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const unknown = await dispatch(t.handlers, 'campaigns.create', {
      name: 'x',
      templateId: letter.id,
      recipients: { by: 'countries', codes: ['XX'] },
      letterDate: '2026-11-22',
      referencePrefix: 'X',
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const spain = (await ok<{ rows: { id: string; countryCode: string }[] }>('recipients.list', {})).rows.find((r) => r.countryCode === 'ES')!;
    expect(await dispatch(t.handlers, 'recipients.delete', { id: spain.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(() => t.workspace.db().prepare('DELETE FROM contact_events').run()).toThrow(/append-only/);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OperationOutput } from '../../../shared/api/contract';
import { callHandler } from '../../helpers/call-handler';
import type { CampaignSummary } from '../../../shared/campaigns/schemas';
import type { Recipient } from '../../../shared/recipients/schemas';
import type { TemplateSummary } from '../../../shared/templates/schemas';
import { plainText } from '../../../shared/letter/merge';
import type { LetterDocument } from '../../../shared/letter/document';
import { chaserHandlers, type ChaserHandlers } from '../../../electron/core/campaigns/chaser-handlers';
import { recentActivity } from '../../../electron/core/db/activity-log';
import { callTracking, day, failure, ok, openTrackingWorkspace, TODAY, type Setup } from '../tracking/tracking-test-helpers';

/*
 * "Draft a chaser" through the real handlers on a real workspace: the
 * follow-up campaign, the draft quoting the original's date and reference in
 * the letter's language, the history, and the refusals.
 */

let s: Setup;
let spanish: Recipient;
beforeEach(async () => {
  s = await openTrackingWorkspace();
  spanish = await ok<Recipient>(s.t, 'recipients.create', {
    countryCode: 'AR',
    office: 'Presidenta de la Nación',
    name: 'Ana Ficticia',
    gender: 'female',
    language: 'es',
    verifiedOn: TODAY,
  });
  await ok(s.t, 'campaigns.addRecipients', { id: s.campaign.id, recipients: { by: 'ids', ids: [spanish.id] } });
});
afterEach(() => s.t.cleanup());

/** A chaser operation as dispatch runs it (input parsed, output checked), with "today" fixed. */
function call<K extends keyof ChaserHandlers>(name: K, input: unknown): Promise<OperationOutput<K>> {
  return callHandler(
    chaserHandlers(s.t.workspace, () => TODAY),
    name,
    input,
  );
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ES_MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
/** Written out by hand, not by the code under test: "3 March 2026", "3 de marzo de 2026". */
function writtenOut(iso: string, language: 'en' | 'es'): string {
  const [y, m, d] = iso.split('-').map(Number);
  return language === 'en' ? `${d} ${EN_MONTHS[m - 1]} ${y}` : `${d} de ${ES_MONTHS[m - 1]} de ${y}`;
}

async function letterText(draftId: string): Promise<string> {
  const draft = await ok<{ merged: LetterDocument; row: { reasons: { code: string }[]; language: string } }>(s.t, 'drafts.get', { id: draftId });
  return plainText(draft.merged);
}

async function referenceOf(campaign: CampaignSummary, recipientId: string): Promise<string> {
  const drafts = await ok<{ recipientId: string; reference: string }[]>(s.t, 'campaigns.drafts', { id: campaign.id });
  return drafts.find((d) => d.recipientId === recipientId)!.reference;
}

const sent = (recipientId: string, occurredOn: string) =>
  callTracking(s.t, 'tracking.record', { campaignId: s.campaign.id, recipientId, kind: 'sent', occurredOn, channel: 'post' });

describe('drafting a chaser', () => {
  it('refuses, in plain words, a letter that was neither exported nor sent', async () => {
    const options = await call('chasers.options', { campaignId: s.campaign.id, recipientId: s.france.id });
    expect(options.original).toMatchObject({
      recipientName: '=Jean Ficticio',
      date: null,
      dateSource: null,
      reference: await referenceOf(s.campaign, s.france.id),
    });
    const refused = await failure(Promise.resolve().then(() => call('chasers.draft', { campaignId: s.campaign.id, recipientId: s.france.id })));
    expect(refused.code).toBe('conflict');
    expect(refused.message).toBe(
      `The letter to =Jean Ficticio (${options.original.reference}) has not been exported or sent yet, so a chaser has no date to quote. Export it or record when it was sent first.`,
    );
    expect(s.t.workspace.db().prepare('SELECT count(*) FROM campaigns').pluck().get()).toBe(2);
  });

  it('drafts a chaser in English and in Spanish quoting the original date and reference, in one follow-up campaign', async () => {
    await sent(s.france.id, day(10));
    await sent(spanish.id, day(12));
    const options = await call('chasers.options', { campaignId: s.campaign.id, recipientId: s.france.id });
    expect(options.templates).toEqual([{ id: expect.any(String), name: 'Reminder quoting our earlier letter', isExample: true }]);
    expect(options).toMatchObject({
      defaultTemplateId: options.templates[0].id,
      existing: [],
      canAddExample: false,
      original: { date: day(10), dateSource: 'sent' },
    });

    // Through the real dispatch (the contract's input schema, the handlers as the app binds them).
    const en = await ok<{ campaignId: string; campaignName: string; draftId: string; reference: string; created: boolean; campaignCreated: boolean }>(
      s.t,
      'chasers.draft',
      {
        campaignId: s.campaign.id,
        recipientId: s.france.id,
      },
    );
    expect(en).toMatchObject({ campaignName: 'Chaser: EU prisoners 2026', created: true, campaignCreated: true });
    expect(en.reference).toMatch(/^EUF-\d{4}-0001$/);
    const frenchRef = await referenceOf(s.campaign, s.france.id);
    expect(await letterText(en.draftId)).toContain(
      `Further to our letter of ${writtenOut(day(10), 'en')}, reference ${frenchRef}, concerning people detained in France`,
    );

    const es = await call('chasers.draft', { campaignId: s.campaign.id, recipientId: spanish.id });
    expect(es).toMatchObject({ campaignId: en.campaignId, created: true, campaignCreated: false });
    expect(es.reference).toMatch(/^EUF-\d{4}-0002$/);
    expect(await letterText(es.draftId)).toContain(
      `En relación con nuestra carta de fecha ${writtenOut(day(12), 'es')}, con referencia ${await referenceOf(s.campaign, spanish.id)}, relativa a las personas detenidas en Argentina`,
    );

    // The follow-up campaign keeps the original's senders and points at it.
    const followUp = await ok<CampaignSummary>(s.t, 'campaigns.get', { id: en.campaignId });
    expect(followUp).toMatchObject({
      templateId: options.templates[0].id,
      referencePrefix: 'EUF',
      signerIds: s.campaign.signerIds,
      endorserIds: s.campaign.endorserIds,
      noReplyDays: 30,
      draftCount: 2,
    });
    expect(s.t.workspace.db().prepare('SELECT follows_campaign_id FROM campaigns WHERE id = ?').pluck().get(en.campaignId)).toBe(s.campaign.id);
    // The campaign list says which campaign is a follow-up, and of which.
    const listed = await ok<CampaignSummary[]>(s.t, 'campaigns.list', {});
    expect(listed.map((c) => [c.name, c.followsCampaignId, c.followsCampaignName])).toEqual(
      expect.arrayContaining([
        ['Chaser: EU prisoners 2026', s.campaign.id, 'EU prisoners 2026'],
        ['EU prisoners 2026', null, null],
      ]),
    );

    // Asked again: the same chaser, not a second one.
    expect(await call('chasers.draft', { campaignId: s.campaign.id, recipientId: s.france.id })).toMatchObject({ draftId: en.draftId, created: false });
    expect((await call('chasers.options', { campaignId: s.campaign.id, recipientId: s.france.id })).existing).toEqual([
      {
        campaignId: en.campaignId,
        campaignName: 'Chaser: EU prisoners 2026',
        draftId: en.draftId,
        reference: en.reference,
        templateId: options.templates[0].id,
        sent: false,
      },
    ]);
  });

  it('says before drafting what drafting will do: the follow-up campaign, the template, the reference, or the chaser that reopens', async () => {
    await sent(s.france.id, day(10));
    await sent(spanish.id, day(12));
    const ask = (recipientId: string, campaignName?: string) => call('chasers.options', { campaignId: s.campaign.id, recipientId, campaignName });
    expect((await call('chasers.options', { campaignId: s.campaign.id, recipientId: s.spain.id })).plans).toEqual([]);

    const before = await ask(s.france.id, 'Relance : EU prisoners 2026');
    const template = before.templates[0].id;
    const year = TODAY.slice(0, 4);
    expect(before.plans).toEqual([
      {
        templateId: template,
        campaignId: null,
        campaignName: 'Relance : EU prisoners 2026',
        campaignLetters: 0,
        reference: `EUF-${year}-0001`,
        reopens: false,
      },
    ]);
    // Nothing was made by asking.
    expect(s.t.workspace.db().prepare('SELECT count(*) FROM campaigns').pluck().get()).toBe(2);
    const en = await call('chasers.draft', {
      campaignId: s.campaign.id,
      recipientId: s.france.id,
      templateId: template,
      campaignName: 'Relance : EU prisoners 2026',
    });
    expect({ campaignName: en.campaignName, reference: en.reference, created: en.campaignCreated }).toEqual({
      campaignName: before.plans[0].campaignName,
      reference: before.plans[0].reference,
      created: true,
    });

    // The next chaser joins that campaign, with the next reference.
    const next = await ask(spanish.id);
    expect(next.plans).toEqual([
      { templateId: template, campaignId: en.campaignId, campaignName: en.campaignName, campaignLetters: 1, reference: `EUF-${year}-0002`, reopens: false },
    ]);
    const es = await call('chasers.draft', { campaignId: s.campaign.id, recipientId: spanish.id });
    expect([es.campaignId, es.reference]).toEqual([en.campaignId, `EUF-${year}-0002`]);

    // Asked again for France: the chaser already drafted opens.
    expect((await ask(s.france.id)).plans).toEqual([
      { templateId: template, campaignId: en.campaignId, campaignName: en.campaignName, campaignLetters: 2, reference: en.reference, reopens: true },
    ]);
  });

  it('records the chaser in both histories, and follows a corrected sending date', async () => {
    const first = await sent(s.france.id, day(10));
    const chaser = await call('chasers.draft', { campaignId: s.campaign.id, recipientId: s.france.id });
    const original = await callTracking(s.t, 'tracking.events', { campaignId: s.campaign.id, recipientId: s.france.id });
    expect(original.map((e) => [e.kind, e.occurredOn, e.reference])).toEqual([
      ['drafted', expect.any(String), ''],
      ['sent', day(10), ''],
      ['drafted', TODAY, chaser.reference],
    ]);
    const own = await callTracking(s.t, 'tracking.events', { campaignId: chaser.campaignId, recipientId: s.france.id });
    expect(own.map((e) => e.kind)).toEqual(['drafted']);
    expect(recentActivity(s.t.workspace.db(), 1)[0]).toMatchObject({
      entityType: 'draft',
      entityId: chaser.draftId,
      summary: expect.stringContaining(`Drafted chaser ${chaser.reference} to =Jean Ficticio`),
    });

    // The letter went out on another day: the chaser quotes the corrected one.
    await callTracking(s.t, 'tracking.correct', { eventId: first.id, fields: { occurredOn: day(8), channel: 'email' } });
    expect(await letterText(chaser.draftId)).toContain(`Further to our letter of ${writtenOut(day(8), 'en')},`);
  });

  it('starts a new follow-up campaign once the first one has gone out', async () => {
    await sent(s.france.id, day(10));
    await sent(spanish.id, day(10));
    const first = await call('chasers.draft', { campaignId: s.campaign.id, recipientId: s.france.id });
    await callTracking(s.t, 'tracking.record', { campaignId: first.campaignId, recipientId: s.france.id, kind: 'sent', occurredOn: TODAY, channel: 'email' });
    const next = await call('chasers.draft', { campaignId: s.campaign.id, recipientId: spanish.id });
    expect(next).toMatchObject({ campaignCreated: true, campaignName: 'Chaser: EU prisoners 2026 (2)' });
    expect(next.campaignId).not.toBe(first.campaignId);
    expect(next.reference).toMatch(/^EUF-\d{4}-0002$/);
  });

  it('lets the user pick among chaser templates and refuses a template that quotes nothing', async () => {
    await sent(s.france.id, day(10));
    const templates = await ok<TemplateSummary[]>(s.t, 'templates.list', {});
    const plain = templates.find((t) => t.name.startsWith('Political'))!;
    const own = await ok<TemplateSummary>(s.t, 'templates.create', { name: 'Short chaser', kind: 'letter', defaultLanguage: 'en' });
    await ok(s.t, 'templates.saveVariant', {
      templateId: own.id,
      language: 'en',
      title: '',
      document: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Our reference was ' },
              { type: 'mergeField', attrs: { field: 'original.reference', format: null, allowEmpty: false } },
              { type: 'text', text: '.' },
            ],
          },
        ],
      },
    });
    const options = await call('chasers.options', { campaignId: s.campaign.id, recipientId: s.france.id });
    expect(options.templates.map((t) => t.name)).toEqual(['Reminder quoting our earlier letter', 'Short chaser']);
    expect(options.defaultTemplateId).toBe(options.templates[0].id);

    const wrong = await failure(
      Promise.resolve().then(() => call('chasers.draft', { campaignId: s.campaign.id, recipientId: s.france.id, templateId: plain.id })),
    );
    expect(wrong.issues).toEqual([{ path: ['templateId'], code: 'notChaserTemplate' }]);
    const chaser = await call('chasers.draft', {
      campaignId: s.campaign.id,
      recipientId: s.france.id,
      templateId: own.id,
      campaignName: 'Relance : prisonniers UE',
    });
    expect(chaser.campaignName).toBe('Relance : prisonniers UE');
    expect(await letterText(chaser.draftId)).toBe(`Our reference was ${await referenceOf(s.campaign, s.france.id)}.`);
  });

  it('says so when there is no chaser template, and can add the example one', async () => {
    await sent(s.france.id, day(10));
    const example = (await ok<TemplateSummary[]>(s.t, 'templates.list', {})).find((t) => t.name === 'Reminder quoting our earlier letter')!;
    await ok(s.t, 'templates.delete', { id: example.id });
    const options = await call('chasers.options', { campaignId: s.campaign.id, recipientId: s.france.id });
    expect(options).toMatchObject({ templates: [], defaultTemplateId: null, canAddExample: true });
    const none = await failure(Promise.resolve().then(() => call('chasers.draft', { campaignId: s.campaign.id, recipientId: s.france.id })));
    expect(none.message).toMatch(/^There is no chaser template yet/);

    const added = await call('chasers.addExample', { language: 'es' });
    expect(added).toMatchObject({ name: 'Recordatorio con la fecha y la referencia de nuestra carta', isExample: true });
    expect(await call('chasers.addExample', {})).toEqual(added);
    expect((await call('chasers.options', { campaignId: s.campaign.id, recipientId: s.france.id })).templates).toEqual([added]);
  });

  it('refuses a recipient outside the campaign and bad ids', async () => {
    const outside = await failure(Promise.resolve().then(() => call('chasers.options', { campaignId: s.campaign.id, recipientId: s.japan.id })));
    expect(outside.message).toBe('That recipient has no letter in the campaign "EU prisoners 2026", so there is nothing to chase.');
    const bad = await dispatchFail('chasers.draft', { campaignId: 'nope', recipientId: s.france.id });
    expect(bad).toMatchObject({ code: 'invalid_input' });
  });
});

async function dispatchFail(name: string, input: unknown) {
  const { dispatch } = await import('../../../electron/core/api/dispatch');
  const result = await dispatch(s.t.handlers, name, input);
  if (result.ok) throw new Error(`${name} succeeded`);
  return result.error;
}

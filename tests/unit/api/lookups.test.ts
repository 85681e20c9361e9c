import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OperationInput, OperationName, OperationOutput } from '../../../shared/api/contract';
import { dispatch } from '../../../electron/core/api/dispatch';
import { lazyHandlers } from '../../../electron/core/api/lazy-handlers';
import { openTempWorkspace, type TempWorkspace } from '../../helpers/temp-workspace';
import { makePng } from '../senders/sender-test-helpers';

/*
 * The lookups by name the command line uses (campaigns.find, signers.find, …)
 * and the image taken in the same transaction as a signer or the
 * organisation, through dispatch on a real workspace; and lazyHandlers
 * answering as createHandlers does.
 */

let t: TempWorkspace;
beforeEach(async () => {
  t = await openTempWorkspace();
});
afterEach(() => t.cleanup());

async function ok<K extends OperationName>(name: K, input: OperationInput<K>): Promise<OperationOutput<K>> {
  const result = await dispatch(t.handlers, name, input);
  if (!result.ok) throw new Error(`${name} refused: ${result.error.message}`);
  return result.data as OperationOutput<K>;
}

async function refusal<K extends OperationName>(name: K, input: OperationInput<K>) {
  const result = await dispatch(t.handlers, name, input);
  if (result.ok) throw new Error(`${name} was expected to refuse`);
  return result.error;
}

const LETTER = 'political prisoners: letter to a head of state or government';

describe('lookups by id or name', () => {
  it('finds signers and endorsers by id or by name whatever the case, and says where to look when none or several match', async () => {
    const ana = await ok('signers.create', { name: 'Ana Pérez' });
    expect(await ok('signers.find', { nameOrId: '  ANA PÉREZ ' })).toMatchObject({ id: ana.id });
    expect(await ok('signers.find', { nameOrId: ana.id })).toMatchObject({ name: 'Ana Pérez' });
    expect(await refusal('signers.find', { nameOrId: 'Bo' })).toMatchObject({
      code: 'not_found',
      message: 'no signer called "Bo" (see "letterdesk signers list")',
    });
    const one = await ok('endorsers.create', { name: 'Global Network', countryCode: null, status: 'agreed' });
    const two = await ok('endorsers.create', { name: 'global network', countryCode: null, status: 'asked' });
    expect(await refusal('endorsers.find', { nameOrId: 'Global network' })).toMatchObject({
      code: 'conflict',
      message: `several endorsers are called "Global network": use the id (${[one.id, two.id].join(', ')})`,
    });
    expect(await ok('endorsers.find', { nameOrId: two.id })).toMatchObject({ status: 'asked' });
    expect(await refusal('signers.find', { nameOrId: '   ' })).toMatchObject({ code: 'invalid_input' });
  });

  it('finds a template, a campaign, a recipient of that campaign and a chaser template', async () => {
    const template = await ok('templates.find', { nameOrId: LETTER.toUpperCase() });
    expect(template.name.toLowerCase()).toBe(LETTER);
    expect((await refusal('templates.find', { nameOrId: 'Spain 2026' })).message).toBe('no template called "Spain 2026" (see "letterdesk templates list")');

    const pedro = await ok('recipients.create', { countryCode: 'ES', office: 'Presidente del Gobierno', name: 'Pedro Ficticio', language: 'es' });
    await ok('recipients.create', { countryCode: 'JP', office: 'Prime Minister', name: 'Not Chosen' });
    const campaign = await ok('campaigns.create', {
      name: 'Spain 2026',
      templateId: template.id,
      recipients: { by: 'countries', codes: ['ES'] },
      signerIds: [],
      endorserIds: [],
      letterDate: '2026-11-22',
      referencePrefix: 'HRL',
    });
    expect(await ok('campaigns.find', { nameOrId: 'spain 2026' })).toMatchObject({ id: campaign.id });
    expect((await refusal('campaigns.find', { nameOrId: 'Nope' })).message).toBe('no campaign called "Nope" (see "letterdesk campaigns list")');
    expect(await ok('campaigns.findRecipient', { campaignId: campaign.id, nameOrId: 'pedro ficticio' })).toEqual({ id: pedro.id, name: 'Pedro Ficticio' });
    expect((await refusal('campaigns.findRecipient', { campaignId: campaign.id, nameOrId: 'Not Chosen' })).message).toBe(
      `no recipient "Not Chosen" in the campaign "Spain 2026" (see "letterdesk status --campaign ${campaign.id}")`,
    );

    const chasers = await ok('chasers.addExample', {});
    expect(await ok('chasers.findTemplate', { nameOrId: chasers.name.toLowerCase() })).toMatchObject({ id: chasers.id });
    expect((await refusal('chasers.findTemplate', { nameOrId: LETTER })).message).toBe(
      `no chaser template called "${LETTER}"; chaser templates: "${chasers.name}"`,
    );
  });
});

describe('an image saved with the rest of the change', () => {
  const notAnImage = Buffer.from('just some words').toString('base64');

  it('adds a signer with its signature, or nothing when the image is refused', async () => {
    const png = (await makePng(2400, 800)).toString('base64');
    const refused = await refusal('signers.create', { name: 'Ana', signature: { fileName: 'sig.png', contentBase64: notAnImage } });
    expect(refused).toMatchObject({ code: 'invalid_input', message: 'This file is not a PNG or JPEG image.', issues: [{ path: ['contentBase64'] }] });
    expect(await ok('signers.list', {})).toEqual([]);
    const ana = await ok('signers.create', { name: 'Ana', signature: { fileName: 'sig.png', contentBase64: png } });
    expect(ana.signature).toMatchObject({ width: 1200, height: 400 });
  });

  it('changes the organisation and its logo together, or neither when the logo is refused', async () => {
    expect(await refusal('organisation.update', { name: 'Human Rights League', logo: { fileName: 'x.png', contentBase64: notAnImage } })).toMatchObject({
      code: 'invalid_input',
    });
    expect(await ok('organisation.get', {})).toMatchObject({ id: null, name: '' });
    const png = (await makePng(3200, 800)).toString('base64');
    const saved = await ok('organisation.update', { name: 'Human Rights League', logo: { fileName: 'logo.png', contentBase64: png } });
    expect(saved).toMatchObject({ name: 'Human Rights League', logo: { width: 1600, height: 400 } });
    expect(await ok('organisation.update', { logo: null })).toMatchObject({ name: 'Human Rights League', logo: null });
  });
});

describe('lazyHandlers', () => {
  it('answers every operation as createHandlers does, loading a domain on its first call', async () => {
    await ok('recipients.create', { countryCode: 'FR', office: 'Président de la République', name: 'Jean Fictif' });
    const lazy = lazyHandlers(t.workspace);
    expect(Object.keys(lazy).sort()).toEqual(Object.keys(t.handlers).sort());
    expect(await dispatch(lazy, 'recipients.list', { search: 'fictif' })).toEqual(await dispatch(t.handlers, 'recipients.list', { search: 'fictif' }));
    expect(await dispatch(lazy, 'signers.find', { nameOrId: 'nobody' })).toEqual(await dispatch(t.handlers, 'signers.find', { nameOrId: 'nobody' }));
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../shared/api/errors';
import { openTempWorkspace, type TempWorkspace } from '../../helpers/temp-workspace';
import { activityFor, callSender, imageCount, insertCampaign, linkToCampaign, makeJpeg, makePng } from './sender-test-helpers';

let t: TempWorkspace;
beforeEach(async () => {
  t = await openTempWorkspace();
});
afterEach(() => t.cleanup());

const db = () => t.workspace.db();
const b64 = (bytes: Buffer) => bytes.toString('base64');
const missingId = '0190a1b2-0000-7000-8000-000000000000';

async function failure(run: Promise<unknown>): Promise<ApiFailure> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiFailure)) throw new Error(`expected an ApiFailure, got ${String(error)}`);
  return error;
}

describe('signers', () => {
  it('creates, lists, updates and deletes signers, each write logged', async () => {
    const ana = await callSender(t.workspace, 'signers.create', { name: ' Ana Pérez ', title: 'Executive Director\r\nAmericas programme' });
    expect(ana).toMatchObject({ name: 'Ana Pérez', title: 'Executive Director\nAmericas programme', signature: null });
    const bo = await callSender(t.workspace, 'signers.create', { name: 'bo Lind' });
    expect((await callSender(t.workspace, 'signers.list')).map((s) => s.name)).toEqual(['Ana Pérez', 'bo Lind']);

    const renamed = await callSender(t.workspace, 'signers.update', { id: bo.id, fields: { name: 'Bo Lind', title: 'Chair' } });
    expect(renamed).toMatchObject({ id: bo.id, name: 'Bo Lind', title: 'Chair' });

    expect(await callSender(t.workspace, 'signers.delete', { id: ana.id })).toEqual({ id: ana.id });
    expect((await callSender(t.workspace, 'signers.list')).map((s) => s.id)).toEqual([bo.id]);
    expect(activityFor(db(), 'signer')).toEqual([
      { action: 'create', entityId: ana.id, summary: 'Added signer Ana Pérez' },
      { action: 'create', entityId: bo.id, summary: 'Added signer bo Lind' },
      { action: 'update', entityId: bo.id, summary: 'Updated signer Bo Lind' },
      { action: 'delete', entityId: ana.id, summary: 'Deleted signer Ana Pérez' },
    ]);
  });

  it('requires a name', async () => {
    for (const input of [{}, { name: '   ' }]) {
      expect((await failure(callSender(t.workspace, 'signers.create', input))).issues).toEqual([{ path: ['name'], code: 'required' }]);
    }
  });

  it('answers not_found for a signer that does not exist', async () => {
    const png = b64(await makePng(20, 10));
    const attempts = [
      () => callSender(t.workspace, 'signers.update', { id: missingId, fields: { name: 'X' } }),
      () => callSender(t.workspace, 'signers.delete', { id: missingId }),
      () => callSender(t.workspace, 'signers.clearSignature', { id: missingId }),
      () => callSender(t.workspace, 'signers.setSignature', { id: missingId, fileName: 's.png', contentBase64: png }),
    ];
    for (const attempt of attempts) expect((await failure(attempt())).code).toBe('not_found');
    expect(imageCount(db())).toBe(0);
  });

  it('sets, replaces and clears a signature; deleting the signer deletes it', async () => {
    const ana = await callSender(t.workspace, 'signers.create', { name: 'Ana Pérez' });
    const signed = await callSender(t.workspace, 'signers.setSignature', { id: ana.id, fileName: 'sig.png', contentBase64: b64(await makePng(2400, 800)) });
    expect(signed.signature).toMatchObject({ width: 1200, height: 400 });
    expect(await callSender(t.workspace, 'images.get', { id: signed.signature!.imageId })).toMatchObject({ purpose: 'signature', mime: 'image/png' });

    const rescanned = await callSender(t.workspace, 'signers.setSignature', { id: ana.id, fileName: 'sig.jpg', contentBase64: b64(await makeJpeg(600, 200)) });
    expect(rescanned.signature).toMatchObject({ width: 600, height: 200 });
    expect(imageCount(db())).toBe(1);

    expect((await callSender(t.workspace, 'signers.clearSignature', { id: ana.id })).signature).toBeNull();
    expect(imageCount(db())).toBe(0);

    await callSender(t.workspace, 'signers.setSignature', { id: ana.id, fileName: 'sig.png', contentBase64: b64(await makePng(300, 100)) });
    await callSender(t.workspace, 'signers.delete', { id: ana.id });
    expect(imageCount(db())).toBe(0);
    expect(activityFor(db(), 'signer').map((a) => a.summary)).toEqual([
      'Added signer Ana Pérez',
      'Set the signature of Ana Pérez (sig.png)',
      'Set the signature of Ana Pérez (sig.jpg)',
      'Removed the signature of Ana Pérez',
      'Set the signature of Ana Pérez (sig.png)',
      'Deleted signer Ana Pérez',
    ]);
  });

  it('refuses to delete a signer a campaign lists, naming the campaign', async () => {
    const ana = await callSender(t.workspace, 'signers.create', { name: 'Ana Pérez' });
    const campaign = insertCampaign(db(), 'Release the prisoners 2026');
    linkToCampaign(db(), 'campaign_signers', campaign, ana.id);

    const error = await failure(callSender(t.workspace, 'signers.delete', { id: ana.id }));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('Ana Pérez signs the campaign "Release the prisoners 2026", so they cannot be deleted. Remove them from the campaign first.');
    expect(await callSender(t.workspace, 'signers.list')).toHaveLength(1);
    expect(activityFor(db(), 'signer').map((a) => a.action)).toEqual(['create']);

    db().prepare('DELETE FROM campaign_signers WHERE signer_id = ?').run(ana.id);
    expect(await callSender(t.workspace, 'signers.delete', { id: ana.id })).toEqual({ id: ana.id });
  });
});

describe('endorsers', () => {
  it('creates with consent status and country, lists by status, logs status changes', async () => {
    const a = await callSender(t.workspace, 'endorsers.create', { name: 'Ligue des droits', countryCode: ' fr ' });
    expect(a).toMatchObject({ name: 'Ligue des droits', countryCode: 'FR', status: 'asked' });
    const b = await callSender(t.workspace, 'endorsers.create', { name: 'Global Network', countryCode: '', status: 'agreed' });
    expect(b.countryCode).toBeNull();

    const agreed = await callSender(t.workspace, 'endorsers.update', { id: a.id, fields: { name: 'Ligue des droits', countryCode: 'FR', status: 'agreed' } });
    expect(agreed.status).toBe('agreed');
    await callSender(t.workspace, 'endorsers.update', { id: b.id, fields: { name: 'Global Network', status: 'declined' } });

    expect((await callSender(t.workspace, 'endorsers.list', { status: 'agreed' })).map((e) => e.id)).toEqual([a.id]);
    expect((await callSender(t.workspace, 'endorsers.list')).map((e) => e.name)).toEqual(['Global Network', 'Ligue des droits']);
    expect(activityFor(db(), 'endorser').map((e) => e.summary)).toEqual([
      'Added endorser Ligue des droits (asked)',
      'Added endorser Global Network (agreed)',
      'Updated endorser Ligue des droits: asked → agreed',
      'Updated endorser Global Network: agreed → declined',
    ]);

    await callSender(t.workspace, 'endorsers.delete', { id: b.id });
    expect(activityFor(db(), 'endorser').at(-1)).toEqual({ action: 'delete', entityId: b.id, summary: 'Deleted endorser Global Network' });
  });

  it.each([
    ['a malformed country', { name: 'X', countryCode: 'FRA' }, 'unknownCountry'],
    ['an unknown country', { name: 'X', countryCode: 'XX' }, 'unknownCountry'],
    ['an unknown status', { name: 'X', status: 'maybe' }, 'invalid'],
    ['a missing name', { countryCode: 'FR' }, 'required'],
  ])('refuses %s', async (_label, input, code) => {
    const error = await failure(callSender(t.workspace, 'endorsers.create', input));
    expect(error.code).toBe('invalid_input');
    expect(error.issues.map((i) => i.code)).toEqual([code]);
    expect(await callSender(t.workspace, 'endorsers.list')).toEqual([]);
  });

  it('refuses to delete an endorser campaigns list, naming them', async () => {
    const e = await callSender(t.workspace, 'endorsers.create', { name: 'Ligue des droits', status: 'agreed' });
    for (const name of ['Spring appeal', 'EU letter']) linkToCampaign(db(), 'campaign_endorsers', insertCampaign(db(), name), e.id);
    const error = await failure(callSender(t.workspace, 'endorsers.delete', { id: e.id }));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe(
      'Ligue des droits endorses the campaigns "EU letter" and "Spring appeal", so it cannot be deleted. Remove it from the campaign first, or mark it as declined.',
    );
    expect(await callSender(t.workspace, 'endorsers.list')).toHaveLength(1);
  });
});

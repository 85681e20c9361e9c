import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../shared/api/errors';
import { openTempWorkspace, type TempWorkspace } from '../../helpers/temp-workspace';
import { activityFor, callSender, imageCount, makeJpeg, makePng } from './sender-test-helpers';

let t: TempWorkspace;
beforeEach(async () => {
  t = await openTempWorkspace();
});
afterEach(() => t.cleanup());

const db = () => t.workspace.db();
const b64 = (bytes: Buffer) => bytes.toString('base64');

async function failure(run: Promise<unknown>): Promise<ApiFailure> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiFailure)) throw new Error(`expected an ApiFailure, got ${String(error)}`);
  return error;
}

describe('organisation', () => {
  it('reads the defaults before it is first saved, without creating the row', async () => {
    expect(await callSender(t.workspace, 'organisation.get')).toEqual({
      id: null,
      name: '',
      address: '',
      contacts: '',
      paperSize: 'A4',
      place: '',
      logo: null,
      createdAt: null,
      updatedAt: null,
    });
    expect(db().prepare('SELECT count(*) FROM organisation').pluck().get()).toBe(0);
  });

  it('creates the single row on first save and changes only the fields given', async () => {
    const first = await callSender(t.workspace, 'organisation.update', {
      name: '  Human Rights League ',
      address: 'Rue de la Paix 1  \r\n1201 Geneva\r\nSwitzerland\r\n',
      place: 'Geneva',
    });
    expect(first).toMatchObject({ name: 'Human Rights League', address: 'Rue de la Paix 1\n1201 Geneva\nSwitzerland', place: 'Geneva', paperSize: 'A4' });
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);

    const second = await callSender(t.workspace, 'organisation.update', { paperSize: 'Letter', contacts: '+41 22 000 00 00\ninfo@example.org' });
    expect(second).toMatchObject({
      id: first.id,
      name: 'Human Rights League',
      place: 'Geneva',
      paperSize: 'Letter',
      contacts: '+41 22 000 00 00\ninfo@example.org',
    });
    expect(db().prepare('SELECT count(*) FROM organisation').pluck().get()).toBe(1);

    expect(activityFor(db(), 'organisation')).toEqual([
      { action: 'create', entityId: first.id, summary: 'Set up the organisation: name, address, place' },
      { action: 'update', entityId: first.id, summary: 'Updated the organisation: contacts, paper size' },
    ]);
  });

  it.each([
    ['an unknown paper size', { paperSize: 'A5' }, ['paperSize'], 'invalid'],
    ['a name too long', { name: 'x'.repeat(201) }, ['name'], 'tooLong'],
    ['an address of 13 lines', { address: Array.from({ length: 13 }, (_, i) => `line ${i}`).join('\n') }, ['address'], 'tooMany'],
    ['an unknown field', { motto: 'Never give up' }, [], 'unknownField'],
  ])('refuses %s', async (_label, input, path, code) => {
    const error = await failure(callSender(t.workspace, 'organisation.update', input));
    expect(error.issues).toEqual([{ path, code }]);
    expect(db().prepare('SELECT count(*) FROM organisation').pluck().get()).toBe(0);
  });

  it('sets, replaces and clears the logo, keeping no unused image', async () => {
    const withLogo = await callSender(t.workspace, 'organisation.setLogo', { fileName: 'logo.png', contentBase64: b64(await makePng(3200, 800)) });
    expect(withLogo.logo).toMatchObject({ width: 1600, height: 400 });
    expect(withLogo.id).not.toBeNull();

    const image = await callSender(t.workspace, 'images.get', { id: withLogo.logo!.imageId });
    expect(image).toMatchObject({ id: withLogo.logo!.imageId, purpose: 'logo', mime: 'image/png', width: 1600, height: 400 });
    expect((await sharp(Buffer.from(image.contentBase64, 'base64')).metadata()).format).toBe('png');

    const replaced = await callSender(t.workspace, 'organisation.setLogo', { fileName: 'logo.jpg', contentBase64: b64(await makeJpeg(500, 200)) });
    expect(replaced.logo).toMatchObject({ width: 500, height: 200 });
    expect(imageCount(db())).toBe(1);
    expect(db().prepare('SELECT mime FROM images').pluck().get()).toBe('image/jpeg');

    const cleared = await callSender(t.workspace, 'organisation.clearLogo');
    expect(cleared.logo).toBeNull();
    expect(imageCount(db())).toBe(0);
    expect(activityFor(db(), 'organisation').map((a) => a.summary)).toEqual([
      'Set up the organisation: logo (logo.png)',
      'Updated the organisation: logo (logo.jpg)',
      'Updated the organisation: logo removed',
    ]);
  });

  it('stores the same logo once when set twice', async () => {
    const png = b64(await makePng(300, 100));
    const a = await callSender(t.workspace, 'organisation.setLogo', { fileName: 'a.png', contentBase64: png });
    const b = await callSender(t.workspace, 'organisation.setLogo', { fileName: 'a.png', contentBase64: png });
    expect(b.logo!.imageId).toBe(a.logo!.imageId);
    expect(imageCount(db())).toBe(1);
  });

  it('refuses a 30 MB logo with a clear message and stores nothing', async () => {
    const bytes = Buffer.alloc(30 * 1024 * 1024);
    (await makePng(10, 10)).copy(bytes);
    const error = await failure(callSender(t.workspace, 'organisation.setLogo', { fileName: 'huge.png', contentBase64: b64(bytes) }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/^This image is 30 MB; Letterdesk accepts images up to 20 MB\./);
    expect(imageCount(db())).toBe(0);
    expect(db().prepare('SELECT count(*) FROM organisation').pluck().get()).toBe(0);
    expect(activityFor(db(), 'organisation')).toEqual([]);
  });

  it('refuses a text file named .png and content that is not base64', async () => {
    const text = await failure(callSender(t.workspace, 'organisation.setLogo', { fileName: 'logo.png', contentBase64: b64(Buffer.from('hello, I am text')) }));
    expect(text.message).toBe('This file is not a PNG or JPEG image.');
    const notBase64 = await failure(callSender(t.workspace, 'organisation.setLogo', { fileName: 'logo.png', contentBase64: 'not base64!' }));
    expect(notBase64.issues).toEqual([{ path: ['contentBase64'], code: 'invalid' }]);
    expect(imageCount(db())).toBe(0);
  });

  it('answers not_found for an image that does not exist', async () => {
    const error = await failure(callSender(t.workspace, 'images.get', { id: '0190a1b2-0000-7000-8000-000000000000' }));
    expect(error.code).toBe('not_found');
  });
});

import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../shared/api/errors';
import { MAX_IMAGE_BYTES } from '../../../shared/senders/schemas';
import { NOT_AN_IMAGE, prepareImage, sniffImageType } from '../../../electron/core/senders/images';
import { makeJpeg, makePng, pngBomb } from './sender-test-helpers';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'images', name));

/** The ApiFailure prepareImage throws, or a test failure when it accepts the bytes. */
async function refusal(bytes: Buffer, purpose: 'logo' | 'signature' = 'logo'): Promise<ApiFailure> {
  const error = await prepareImage(bytes, purpose).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiFailure)) throw new Error(`expected a refusal, got ${String(error)}`);
  expect(error.code).toBe('invalid_input');
  return error;
}

describe('image checks', () => {
  it('accepts a real PNG and keeps it PNG, with its size and hash', async () => {
    const image = await prepareImage(await makePng(400, 200), 'signature');
    expect(image).toMatchObject({ purpose: 'signature', mime: 'image/png', width: 400, height: 200 });
    expect(sniffImageType(image.data)).toBe('png');
    const meta = await sharp(image.data).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 400, 200]);
    expect(image.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts a real JPEG and keeps it JPEG', async () => {
    const image = await prepareImage(await makeJpeg(640, 480), 'logo');
    expect(image).toMatchObject({ mime: 'image/jpeg', width: 640, height: 480 });
    expect((await sharp(image.data).metadata()).format).toBe('jpeg');
  });

  it('refuses a text file named .png', async () => {
    const error = await refusal(fixture('not-an-image.png'));
    expect(error.message).toBe(NOT_AN_IMAGE);
    expect(error.message).toBe('This file is not a PNG or JPEG image.');
    expect(error.issues).toEqual([{ path: ['contentBase64'], code: 'imageType' }]);
  });

  it('refuses other image formats and empty files', async () => {
    const webp = await sharp({ create: { width: 20, height: 20, channels: 3, background: 'white' } })
      .webp()
      .toBuffer();
    const gif = await sharp({ create: { width: 20, height: 20, channels: 3, background: 'white' } })
      .gif()
      .toBuffer();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    for (const bytes of [webp, gif, svg]) expect((await refusal(bytes)).message).toBe(NOT_AN_IMAGE);
    expect((await refusal(Buffer.alloc(0))).message).toMatch(/empty/);
  });

  it('refuses a truncated PNG and a truncated JPEG as damaged', async () => {
    const png = await makePng(800, 600);
    const jpeg = await makeJpeg(800, 600);
    for (const bytes of [png.subarray(0, png.length / 2), jpeg.subarray(0, Math.floor(jpeg.length * 0.6))]) {
      const error = await refusal(bytes);
      expect(error.issues[0].code).toBe('imageDamaged');
      expect(error.message).toMatch(/damaged or incomplete/);
    }
  });

  it('refuses PNG magic followed by garbage', async () => {
    const bytes = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('not really a png at all')]);
    expect((await refusal(bytes)).issues[0].code).toBe('imageDamaged');
  });

  it('refuses a 30 MB file with a clear message, before decoding it', async () => {
    const bytes = Buffer.alloc(30 * 1024 * 1024);
    (await makePng(10, 10)).copy(bytes);
    const error = await refusal(bytes);
    expect(error.issues[0].code).toBe('imageTooLarge');
    expect(error.message).toBe(
      'This image is 30 MB; Letterdesk accepts images up to 20 MB. Save it smaller (a signature scanned at 300 dpi is well under 1 MB) and try again.',
    );
    expect(bytes.length).toBeGreaterThan(MAX_IMAGE_BYTES);
  });

  it('refuses a decompression bomb from its header, without decoding it', async () => {
    for (const [w, h] of [
      [100_000, 100_000],
      [10_000, 10_000],
    ]) {
      const bomb = pngBomb(w, h);
      expect(bomb.length).toBeLessThan(1000);
      const started = Date.now();
      const error = await refusal(bomb);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(error.issues[0].code).toBe('imagePixels');
      expect(error.message).toContain(`${w} × ${h} pixels`);
    }
  });
});

describe('image downscaling and re-encoding', () => {
  it('shrinks a large signature to 1200 px on its longest side', async () => {
    const image = await prepareImage(await makePng(3000, 1000), 'signature');
    expect([image.width, image.height]).toEqual([1200, 400]);
    const meta = await sharp(image.data).metadata();
    expect([meta.width, meta.height]).toEqual([1200, 400]);
  });

  it('shrinks a large logo to 1600 px, portrait too', async () => {
    const image = await prepareImage(await makeJpeg(1000, 4000), 'logo');
    expect(image).toMatchObject({ mime: 'image/jpeg', width: 400, height: 1600 });
  });

  it('never enlarges a small image', async () => {
    const image = await prepareImage(await makePng(120, 40), 'logo');
    expect([image.width, image.height]).toEqual([120, 40]);
  });

  it('keeps the transparency of a PNG', async () => {
    const image = await prepareImage(await makePng(2400, 600), 'signature');
    const { data, info } = await sharp(image.data).raw().toBuffer({ resolveWithObject: true });
    expect(info.channels).toBe(4);
    const alphaAt = (x: number, y: number) => data[(y * info.width + x) * info.channels + 3];
    expect(alphaAt(10, 10)).toBe(0); // the transparent half
    expect(alphaAt(info.width - 10, 10)).toBeGreaterThan(100); // the half-transparent blue
    expect(alphaAt(info.width - 10, 10)).toBeLessThan(160);
  });

  it('turns a photo upright from its EXIF orientation and drops the metadata', async () => {
    const photo = await makeJpeg(300, 100, 6); // stored landscape, shown portrait
    expect((await sharp(photo).metadata()).orientation).toBe(6);
    const image = await prepareImage(photo, 'signature');
    expect([image.width, image.height]).toEqual([100, 300]);
    const meta = await sharp(image.data).metadata();
    expect(meta.orientation).toBeUndefined();
    expect(meta.exif).toBeUndefined();
  });
});

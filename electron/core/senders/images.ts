import { createHash } from 'node:crypto';
import type Sharp from 'sharp';
import { ApiFailure } from '../../../shared/api/errors';
import { MAX_IMAGE_BYTES, tooLargeMessage, type ImageIssueCode, type ImageMime, type ImagePurpose } from '../../../shared/senders/schemas';

/**
 * libvips is loaded on first use, not at start-up: it adds about 20 MB to
 * every process (the CLI, imports) that never touches an image.
 */
let sharpModule: typeof Sharp | undefined;
async function loadSharp(): Promise<typeof Sharp> {
  sharpModule ??= (await import('sharp')).default;
  return sharpModule;
}

/*
 * Logos and scanned signatures. A file is accepted only when its first bytes
 * say PNG or JPEG *and* it decodes completely; it is then turned upright
 * (EXIF orientation), shrunk when large and encoded again in its own format
 * (PNG keeps transparency). Encoding again also drops EXIF, GPS and camera
 * metadata, which has no place in letters to governments.
 *
 * sharp (libvips) reads the header before any pixel: the size is checked
 * there, so a small file claiming 100 000 × 100 000 pixels is refused without
 * being decompressed (and limitInputPixels backs that up inside libvips).
 */

/** Longest side kept: enough for 300 dpi at the size these print at. */
export const IMAGE_MAX_SIDE: Record<ImagePurpose, number> = { signature: 1200, logo: 1600 };
/** 60 megapixels: a 600 dpi scan of a full A4 or Letter page is about 35. */
export const MAX_IMAGE_PIXELS = 60_000_000;

export interface PreparedImage {
  purpose: ImagePurpose;
  mime: ImageMime;
  width: number;
  height: number;
  sha256: string;
  data: Buffer;
}

export const NOT_AN_IMAGE = 'This file is not a PNG or JPEG image.';
const DAMAGED = 'This image could not be read: the file is damaged or incomplete. Save or scan it again as PNG or JPEG and try again.';

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];

/** The type the file's first bytes announce, or null. Never trusts the file name. */
export function sniffImageType(bytes: Uint8Array): 'png' | 'jpeg' | null {
  const starts = (magic: number[]) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
  if (starts(PNG_MAGIC)) return 'png';
  if (starts(JPEG_MAGIC)) return 'jpeg';
  return null;
}

function refuse(code: ImageIssueCode, message: string): never {
  throw new ApiFailure('invalid_input', message, [{ path: ['contentBase64'], code }]);
}

/** Checks, orients, downscales and re-encodes an image; throws ApiFailure('invalid_input') with a plain message. */
export async function prepareImage(bytes: Buffer, purpose: ImagePurpose): Promise<PreparedImage> {
  if (bytes.length === 0) refuse('imageType', `This file is empty. ${NOT_AN_IMAGE}`);
  if (bytes.length > MAX_IMAGE_BYTES) refuse('imageTooLarge', tooLargeMessage(bytes.length));
  const type = sniffImageType(bytes) ?? refuse('imageType', NOT_AN_IMAGE);

  // Header only: no pixel is decoded here, whatever size the header claims.
  const sharp = await loadSharp();
  const header = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => refuse('imageDamaged', DAMAGED));
  if (header.format !== type) refuse('imageType', NOT_AN_IMAGE);
  const { width, height } = header.autoOrient;
  if (!(width > 0 && height > 0)) refuse('imageDamaged', DAMAGED);
  if (width * height > MAX_IMAGE_PIXELS) {
    refuse(
      'imagePixels',
      `This image is ${width} × ${height} pixels, more than Letterdesk opens (${MAX_IMAGE_PIXELS / 1_000_000} megapixels). ` +
        'Scan it at 300 dpi or crop it, and try again.',
    );
  }

  const maxSide = IMAGE_MAX_SIDE[purpose];
  const pipeline = sharp(bytes, { failOn: 'error', limitInputPixels: MAX_IMAGE_PIXELS, autoOrient: true }).resize({
    width: maxSide,
    height: maxSide,
    fit: 'inside',
    withoutEnlargement: true,
  });
  const encoded = type === 'png' ? pipeline.png({ compressionLevel: 9 }) : pipeline.jpeg({ quality: 90, chromaSubsampling: '4:4:4' });
  // A truncated or corrupt file fails here, while decoding (failOn: 'error').
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true }).catch(() => refuse('imageDamaged', DAMAGED));
  return {
    purpose,
    mime: type === 'png' ? 'image/png' : 'image/jpeg',
    width: info.width,
    height: info.height,
    sha256: createHash('sha256').update(data).digest('hex'),
    data,
  };
}

/** Bytes from an API upload (already checked to be base64 by the schema). */
export function decodeUpload(contentBase64: string): Buffer {
  return Buffer.from(contentBase64, 'base64');
}

import { createRequire } from 'node:module';
import type Sharp from 'sharp';
import type { Picture } from '../docx/context';
import type { ExportImage } from '../docx/types';

/*
 * Pictures at print resolution: an image printed at more than 450 pixels per
 * inch is scaled down to 300 (sharp), one that has less is embedded as it is,
 * never scaled up. A 4,000-pixel scan of a signature printed 4.5 cm wide then
 * weighs tens of kilobytes, not megabytes, and still prints sharp.
 */

export const PRINT_PPI = 300;
const MAX_PPI = 450;
const EMU_PER_INCH = 914_400;

/** What the PDF embeds for an image printed at a size: its own bytes, or a smaller copy. */
export interface PrintImage {
  data: Buffer;
  widthPx: number;
  heightPx: number;
}

/** Copies already made, by original bytes and printed width. */
const scaled = new WeakMap<Uint8Array, Map<number, Promise<PrintImage>>>();

/** The pixels per inch of a picture as printed. */
export const printedPpi = (picture: Pick<Picture, 'cx'>, widthPx: number) => widthPx / (picture.cx / EMU_PER_INCH);

async function downscale(image: ExportImage, widthPx: number): Promise<PrintImage> {
  // require, not import(): see loadPdfKit in render-pdf.ts.
  const sharp = createRequire(__filename)('sharp') as typeof Sharp;
  const pipeline = sharp(image.data).resize({ width: widthPx });
  const { data, info } = await (image.type === 'png' ? pipeline.png({ compressionLevel: 9 }) : pipeline.jpeg({ quality: 90, mozjpeg: true })).toBuffer({
    resolveWithObject: true,
  });
  return { data, widthPx: info.width, heightPx: info.height };
}

/** The image to embed for a picture. */
export function printImage(picture: Picture): Promise<PrintImage> {
  const image = picture.image;
  const keep = printedPpi(picture, image.widthPx) <= MAX_PPI;
  // Width 0 stands for the image as it is; the same bytes give the same Buffer, so a document embeds them once.
  const target = keep ? 0 : Math.max(1, Math.round((picture.cx / EMU_PER_INCH) * PRINT_PPI));
  let byWidth = scaled.get(image.data);
  if (!byWidth) scaled.set(image.data, (byWidth = new Map()));
  let made = byWidth.get(target);
  if (!made) {
    made = keep
      ? Promise.resolve({
          data: Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength),
          widthPx: image.widthPx,
          heightPx: image.heightPx,
        })
      : downscale(image, target);
    byWidth.set(target, made);
  }
  return made;
}

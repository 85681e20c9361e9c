import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';

/*
 * Exported letters printed by LibreOffice and looked at as a reader would:
 * page 1 rasterised by poppler in grey at low resolution, then compared
 * pixel by pixel with a reference image committed under tests/fixtures.
 */

export const INSTALL_HINT = 'apt-get install -y libreoffice-writer-nogui poppler-utils (.ci/run installs them)';

/** Fails (never skips) when LibreOffice or poppler is missing. */
export function requireRenderTools(): void {
  const missing = ['soffice', 'pdftoppm', 'pdftotext', 'pdfinfo'].filter((t) => spawnSync('sh', ['-c', `command -v ${t}`]).status !== 0);
  if (missing.length > 0) throw new Error(`${missing.join(', ')} required for these tests but not installed: ${INSTALL_HINT}`);
}

/**
 * Prints every .docx to PDF in one LibreOffice run (it starts once, which is
 * most of its cost), with a profile of its own in `dir` so that parallel runs
 * never share a lock. Returns the PDFs' paths, in the order of `files`.
 */
export function printToPdf(files: { name: string; bytes: Uint8Array }[], dir: string): string[] {
  const inDir = path.join(dir, 'docx');
  const outDir = path.join(dir, 'pdf');
  fs.mkdirSync(inDir, { recursive: true });
  // Plain numbered names: LibreOffice writes <stem>.pdf, and letter names may carry characters a shell or URL would mind.
  const inputs = files.map((file, i) => {
    const input = path.join(inDir, `${String(i).padStart(3, '0')}.docx`);
    fs.writeFileSync(input, file.bytes);
    return input;
  });
  const profile = pathToFileURL(path.join(dir, 'lo-profile')).href;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...inputs], {
    stdio: 'pipe',
    timeout: 300_000,
  });
  return inputs.map((input) => {
    const pdf = path.join(outDir, `${path.basename(input, '.docx')}.pdf`);
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not print ${input}`);
    return pdf;
  });
}

export interface GreyImage {
  width: number;
  height: number;
  /** One byte per pixel, 0 black to 255 white, row by row. */
  pixels: Uint8Array;
}

/** Reads a binary PGM (P5, maxval 255) as pdftoppm writes it. */
export function parsePgm(bytes: Uint8Array): GreyImage {
  // Header: "P5", width, height, maxval, separated by whitespace, then one whitespace byte and the pixels.
  const fields: string[] = [];
  let i = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[i]))) i++;
    if (bytes[i] === 0x23) {
      while (bytes[i] !== 0x0a) i++; // a comment line
      continue;
    }
    let field = '';
    while (!/\s/.test(String.fromCharCode(bytes[i]))) field += String.fromCharCode(bytes[i++]);
    fields.push(field);
  }
  const [magic, width, height, maxval] = [fields[0], Number(fields[1]), Number(fields[2]), Number(fields[3])];
  if (magic !== 'P5' || maxval !== 255) throw new Error(`not an 8-bit binary PGM: ${fields.join(' ')}`);
  const pixels = bytes.subarray(i + 1, i + 1 + width * height);
  if (pixels.length !== width * height) throw new Error('truncated PGM');
  return { width, height, pixels: new Uint8Array(pixels) };
}

/** Page 1 of the PDF in grey at `dpi` dots per inch. */
export function rasterisePage1(pdf: string, dpi = 40): GreyImage {
  const prefix = pdf.replace(/\.pdf$/, `-p1-${dpi}`);
  execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', String(dpi), '-gray', '-singlefile', pdf, prefix], { stdio: 'pipe' });
  return parsePgm(fs.readFileSync(`${prefix}.pgm`));
}

/** Stored as greyscale PNG: a tenth of the PGM's size, and any image viewer shows it. */
export async function writeGreyPng(image: GreyImage, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const png = await sharp(Buffer.from(image.pixels), { raw: { width: image.width, height: image.height, channels: 1 } })
    .png({ compressionLevel: 9 })
    .toBuffer();
  fs.writeFileSync(file, png);
}

export async function readGreyPng(file: string): Promise<GreyImage> {
  const { data, info } = await sharp(file).greyscale().raw().toBuffer({ resolveWithObject: true });
  if (info.channels !== 1) throw new Error(`${file}: expected one grey channel, got ${info.channels}`);
  return { width: info.width, height: info.height, pixels: new Uint8Array(data) };
}

export interface RenderDifference {
  sameSize: boolean;
  /** Mean of |a - b| over all pixels, 0 to 255. */
  meanAbsDiff: number;
  /** Share of pixels whose grey level differs by more than PIXEL_TOLERANCE, 0 to 1. */
  differingShare: number;
}

/** Grey levels closer than this count as the same pixel: anti-aliasing noise, not a change. */
export const PIXEL_TOLERANCE = 32;

export function compareImages(actual: GreyImage, expected: GreyImage): RenderDifference {
  if (actual.width !== expected.width || actual.height !== expected.height) return { sameSize: false, meanAbsDiff: 255, differingShare: 1 };
  let sum = 0;
  let differing = 0;
  for (let i = 0; i < actual.pixels.length; i++) {
    const d = Math.abs(actual.pixels[i] - expected.pixels[i]);
    sum += d;
    if (d > PIXEL_TOLERANCE) differing++;
  }
  return { sameSize: true, meanAbsDiff: sum / actual.pixels.length, differingShare: differing / actual.pixels.length };
}

/** An image of where two renders differ (black where they do), for a failing test to leave behind. */
export function differenceImage(actual: GreyImage, expected: GreyImage): GreyImage {
  const pixels = new Uint8Array(actual.pixels.length).fill(255);
  for (let i = 0; i < pixels.length; i++) if (Math.abs(actual.pixels[i] - (expected.pixels[i] ?? 255)) > PIXEL_TOLERANCE) pixels[i] = 0;
  return { width: actual.width, height: actual.height, pixels };
}

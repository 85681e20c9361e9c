import fs from 'node:fs';
import path from 'node:path';

/*
 * The letters name Arial; the PDF embeds Liberation Sans 2 (SIL OFL), which
 * has Arial's metrics: the widths the page estimate measures with
 * (docx/arial-metrics.ts) and the font LibreOffice draws a DOCX's Arial with.
 * DejaVu Sans draws right-to-left text (Arabic, Hebrew names in an address).
 * The TTFs ship in resources/fonts/, found from the source tree or the bundles.
 */

export const FONT_FILES = {
  regular: 'LiberationSans-Regular.ttf',
  bold: 'LiberationSans-Bold.ttf',
  italics: 'LiberationSans-Italic.ttf',
  boldItalics: 'LiberationSans-BoldItalic.ttf',
  // Right-to-left text: Liberation Sans has no Arabic letters; DejaVu Sans has Arabic and Hebrew (as LibreOffice falls back to it).
  rtl: 'DejaVuSans.ttf',
  rtlBold: 'DejaVuSans-Bold.ttf',
} as const;
export type FontFace = keyof typeof FONT_FILES;

/** resources/fonts from electron/core/exports/pdf (sources, tests) or out/node and out/main (bundles, app.asar). */
const CANDIDATES = [path.join(__dirname, '..', '..', '..', '..', 'resources', 'fonts'), path.join(__dirname, '..', '..', 'resources', 'fonts')];

let found: string | undefined;

/** The folder holding the fonts. */
export function fontDir(): string {
  found ??= CANDIDATES.find((dir) => fs.existsSync(path.join(dir, FONT_FILES.regular)));
  if (!found) throw new Error(`The PDF fonts are missing: ${FONT_FILES.regular} is in none of ${CANDIDATES.join(', ')}.`);
  return found;
}

const loaded = new Map<FontFace, Buffer>();

/** A face's bytes, read once. */
export function fontBytes(face: FontFace): Buffer {
  let bytes = loaded.get(face);
  if (!bytes) {
    bytes = fs.readFileSync(path.join(fontDir(), FONT_FILES[face]));
    loaded.set(face, bytes);
  }
  return bytes;
}

/** The face for a style; right-to-left text upright in DejaVu Sans. */
export function faceOf(bold: boolean, italics: boolean, rtl = false): FontFace {
  if (rtl) return bold ? 'rtlBold' : 'rtl';
  return bold ? (italics ? 'boldItalics' : 'bold') : italics ? 'italics' : 'regular';
}

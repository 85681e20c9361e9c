import { createRequire } from 'node:module';
import type PDFDocument from 'pdfkit';
import type { Picture } from '../docx/context';
import type { ExportLetter } from '../docx/types';
import { drawLetter } from './draw';
import { FONT_FILES, fontBytes, type FontFace } from './fonts';
import { printImage, type PrintImage } from './images';
import { type LaidLetter, layOutLetter } from './layout';

/*
 * Letters to PDF/A-2b with pdfkit: laid out from the same blocks as the DOCX
 * (layout.ts), drawn (draw.ts) in Liberation Sans, embedded and subset, with
 * the pictures at print resolution (images.ts). One letter a file, or many in
 * one print file where each starts on a new page and counts its own pages.
 */

type Doc = InstanceType<typeof PDFDocument>;
type PdfKit = typeof PDFDocument;

let pdfkit: PdfKit | undefined;
/**
 * pdfkit is loaded when the first PDF is made, not when the CLI starts (nor for a DOCX export). With `require`:
 * the CLI's bundle runs as a vm.Script (for its code cache), where a dynamic import() of a package cannot load.
 */
function loadPdfKit(): PdfKit {
  pdfkit ??= createRequire(__filename)('pdfkit') as PdfKit;
  return pdfkit;
}

function newDocument(Pdf: PdfKit, first: ExportLetter, laid: LaidLetter, combined: boolean): Doc {
  const doc = new Pdf({
    autoFirstPage: false,
    // No default font, so pdfkit never loads its Helvetica (PDF/A wants every font embedded): draw.ts names a face for every piece
    // of text. (A default font that is one of the registered faces would make pdfkit parse the TTF again at each switch to it.)
    font: null as unknown as string,
    subset: 'PDF/A-2b',
    pdfVersion: '1.7',
    lang: laid.labels.langTag,
    displayTitle: !combined,
    info: {
      Title: combined ? first.organisation.name : (first.title ?? first.reference ?? first.organisation.name),
      Author: first.organisation.name,
      Creator: 'Letterdesk',
      Producer: 'Letterdesk',
    },
  });
  for (const face of Object.keys(FONT_FILES) as FontFace[]) doc.registerFont(face, fontBytes(face));
  return doc;
}

/** Switches faces, opening each on first use only (pdfkit embeds every font it opened, used or not). */
function fontSwitch(doc: Doc): (face: FontFace) => void {
  const opened = new Set<FontFace>();
  return (face) => {
    doc.font(face);
    if (!opened.has(face)) {
      opened.add(face);
      shareLayouts(doc, face);
    }
  };
}

/**
 * Shaping a word (fontkit's layout) costs far more than drawing it, and pdfkit
 * keeps the shaped words per font of one document. One cache a face for every
 * document instead: what it holds (glyph ids, advances, code points) is the
 * same in any document of the same font file, and a single letter then costs
 * what its new words cost. Emptied when it grows past a size no letter reaches.
 */
const layouts = new Map<FontFace, Record<string, unknown>>();
const MAX_WORDS = 50_000;

/** Gives the current font (`face`, just opened) the shared cache. */
function shareLayouts(doc: Doc, face: FontFace): void {
  let cache = layouts.get(face);
  if (!cache || Object.keys(cache).length > MAX_WORDS) layouts.set(face, (cache = Object.create(null) as Record<string, unknown>));
  const font = (doc as unknown as { _font?: { layoutCache?: Record<string, unknown> } })._font;
  if (font?.layoutCache) font.layoutCache = cache;
}

/** Every picture's print copy, worked out before drawing (sharp is asynchronous). */
async function printImages(laid: readonly LaidLetter[]): Promise<Map<Picture, PrintImage>> {
  const pictures = laid.flatMap((l) => l.pictures);
  const images = await Promise.all(pictures.map(printImage));
  return new Map(pictures.map((p, i) => [p, images[i]!]));
}

async function render(letters: readonly ExportLetter[], combined: boolean): Promise<Uint8Array> {
  if (letters.length === 0) throw new Error('There is no letter to export.');
  const Pdf = loadPdfKit();
  const laid = letters.map(layOutLetter);
  const prints = await printImages(laid);
  const doc = newDocument(Pdf, letters[0]!, laid[0]!, combined);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  // One image object per distinct picture bytes: the logo is embedded once in a print file of 195 letters.
  const opened = new Map<Buffer, Parameters<Doc['image']>[0]>();
  const opener = doc as unknown as { openImage: (src: Buffer) => Parameters<Doc['image']>[0] };
  const image = (picture: Picture) => {
    const print = prints.get(picture)!;
    let img = opened.get(print.data);
    if (!img) {
      img = opener.openImage(print.data);
      opened.set(print.data, img);
    }
    return img;
  };
  const font = fontSwitch(doc);
  for (const l of laid) drawLetter(doc, l, image, font);
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** One letter as a PDF. */
export function renderPdfLetter(letter: ExportLetter): Promise<Uint8Array> {
  return render([letter], false);
}

/** One print file: each letter from a new page, with its own letterhead and "Page 1 of N". */
export function renderPdfCombined(letters: readonly ExportLetter[]): Promise<Uint8Array> {
  return render(letters, true);
}

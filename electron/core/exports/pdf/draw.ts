import type PDFDocument from 'pdfkit';
import type { Para, Picture } from '../docx/context';
import { HEADER_DISTANCE } from '../docx/letter-blocks';
import { stackHeight, sum } from '../docx/measure';
import { CELL_MARGIN } from '../docx/page-estimate';
import { NORMAL, STYLES } from '../docx/styles';
import { faceOf, type FontFace } from './fonts';
import type { LaidLetter, Placed } from './layout';
import { type LaidOut, type Line, layOut, type LineOptions } from './lines';

/*
 * Draws laid-out letters with pdfkit: every line at the place the layout gave
 * it, each piece of text at the x its measured widths give, pictures on the baseline, the
 * letterhead on the first page, the small header on the others, the
 * footnotes at the page's foot and "Page X of Y" in the footer. Lengths are
 * twips until pdfkit gets them in points.
 */

type Doc = InstanceType<typeof PDFDocument>;
/** A picture's image, opened once in the document (pdfkit's openImage, which its types leave out, gives what `image` takes). */
export type OpenImage = (picture: Picture) => Parameters<Doc['image']>[0];

const pt = (twips: number) => twips / 20;
const TWIPS_PER_EMU = 1 / 635;
/** A footnote separator, as page-estimate.ts reserves it, and its rule's length (2 inches, as Word's). */
const NOTE_SEPARATOR = 92;
const SEPARATOR_LENGTH = 2880;
/** The letterhead's rule: 6 pt below the paragraph, 3/4 pt thick, grey (as docx/xml.ts's pBdr). */
const RULE_SPACE = 120;
const RULE_COLOR = '#999999';
/** The room the rule takes, as measure.ts counts it. */
const RULE_HEIGHT = 136;
const HANGING = 360;
/** Liberation Sans's underline: the middle of its stroke below the baseline, and its thickness, in em (post table). */
const UNDERLINE_DROP = 0.07;
const UNDERLINE_THICKNESS = 0.073;
/** A footnote's number is raised by a third of its size. */
const RAISE = 0.33;

export interface DrawContext {
  doc: Doc;
  /** Makes a face the current font. */
  font: (face: FontFace) => void;
  image: OpenImage;
  /** The x of the text's left edge, in twips. */
  x: number;
  listLabels: ReadonlyMap<Para, string>;
}

/**
 * Right-to-left text, in the current font: fontkit shapes each word and puts
 * its letters right to left, but pdfkit sets the words left to right in
 * reading order, so they are drawn here one by one from the last.
 */
function drawRightToLeft(doc: Doc, text: string, x: number, baseline: number): void {
  const space = doc.widthOfString(' ');
  let at = x;
  for (const word of text.trim().split(/ +/).reverse()) {
    doc.text(word, at, baseline, { lineBreak: false, baseline: 'alphabetic' });
    at += doc.widthOfString(word) + space;
  }
}

function drawLine(dc: DrawContext, laid: LaidOut, line: Line, top: number, label: string | undefined): void {
  const { doc } = dc;
  const align = laid.para.align ?? 'left';
  const free = laid.avail - line.width;
  let x = dc.x + laid.left;
  if (align === 'center') x += free / 2;
  else if (align === 'right') x += free;
  const baseline = top + line.height - line.descent;
  // Justified: the room left shared by the spaces between words (not those at the line's end).
  let spaceExtra = 0;
  if (align === 'both' && !line.last) {
    const inner =
      line.pieces
        .map((p) => (p.k === 'text' ? p.text : 'x'))
        .join('')
        .trimEnd()
        .split(' ').length - 1;
    if (inner > 0 && free > 0) spaceExtra = free / inner;
  }
  if (label !== undefined) {
    const first = line.pieces.find((p) => p.k === 'text');
    const size = first?.k === 'text' ? first.style.size : (STYLES[laid.para.style ?? '']?.size ?? NORMAL.size);
    dc.font(faceOf(false, false));
    doc
      .fontSize(size / 2)
      .fillColor('#000000')
      .text(label, pt(dc.x + laid.left - HANGING), pt(baseline), { lineBreak: false, baseline: 'alphabetic' });
  }
  for (const piece of line.pieces) {
    if (piece.k === 'img') {
      const w = piece.picture.cx * TWIPS_PER_EMU;
      const h = piece.picture.cy * TWIPS_PER_EMU;
      doc.image(dc.image(piece.picture), pt(x), pt(baseline - h), { width: pt(w), height: pt(h) });
      x += w;
      continue;
    }
    const spaces = spaceExtra > 0 ? piece.text.split(' ').length - 1 : 0;
    const { style } = piece;
    if (piece.text.trim() !== '' || style.underline) {
      const raise = style.raised ? style.size * 10 * RAISE : 0;
      dc.font(faceOf(style.bold, style.italics, style.rtl));
      doc.fontSize(style.size / 2).fillColor(`#${style.color}`);
      if (style.rtl) drawRightToLeft(doc, piece.text, pt(x), pt(baseline));
      else
        doc.text(piece.text, pt(x), pt(baseline - raise), { lineBreak: false, baseline: 'alphabetic', wordSpacing: spaces > 0 ? pt(spaceExtra) : undefined });
    }
    const width = piece.width + spaces * spaceExtra;
    // Underline and link drawn here: pdfkit places its own from the top of a line, not from a baseline.
    const em = style.size * 10;
    if (style.underline) {
      const under = pt(baseline + em * UNDERLINE_DROP);
      doc
        .moveTo(pt(x), under)
        .lineTo(pt(x + width), under)
        .lineWidth(pt(em * UNDERLINE_THICKNESS))
        .strokeColor(`#${style.color}`)
        .stroke();
    }
    if (style.href) doc.link(pt(x), pt(baseline - em * 0.8), pt(width), pt(em), style.href);
    x += width;
  }
}

/** Lines `first` to `first + count` of a paragraph, from `top` down; the list label on its first line. */
function drawLines(dc: DrawContext, laid: LaidOut, first: number, count: number, top: number): number {
  let y = top;
  for (let i = first; i < first + count; i++) {
    const line = laid.content[i]!;
    drawLine(dc, laid, line, y, i === 0 ? dc.listLabels.get(laid.para) : undefined);
    y += line.height;
  }
  return y;
}

/** Paragraphs stacked from `top` (letterhead, table cell, footnotes), spaced as stackHeight counts them. */
export function drawStack(dc: DrawContext, paras: readonly Para[], top: number, width: number, options: (p: Para) => LineOptions = () => ({})): number {
  let y = top;
  let after = 0;
  paras.forEach((p, i) => {
    const laid = layOut(p, width, options(p));
    y += i === 0 ? laid.before : Math.max(after, laid.before);
    y = drawLines(dc, laid, 0, laid.content.length, y);
    if (p.rule) {
      const ruleY = pt(y + RULE_SPACE);
      dc.doc
        .moveTo(pt(dc.x), ruleY)
        .lineTo(pt(dc.x + width), ruleY)
        .lineWidth(0.75)
        .strokeColor(RULE_COLOR)
        .stroke();
      y += RULE_HEIGHT;
    }
    after = laid.after;
  });
  return y + after;
}

function drawPlaced(dc: DrawContext, item: Placed, textWidth: number): void {
  if (item.k === 'lines') {
    drawLines(dc, item.laid, item.first, item.count, item.y);
    return;
  }
  const column = textWidth / item.table.columns;
  item.table.rows[item.row]!.forEach((cell, j) => drawStack({ ...dc, x: dc.x + j * column }, cell, item.y, column - CELL_MARGIN));
}

/** The footnotes at the foot of a page, above the bottom margin, under a short rule. */
function drawNotes(dc: DrawContext, notes: LaidLetter['pages'][number]['notes'], bottom: number, textWidth: number): void {
  if (notes.length === 0) return;
  const bodies = notes.map((n) => n.body);
  const height = NOTE_SEPARATOR + sum(bodies.map((b) => stackHeight(b, textWidth)));
  const top = bottom - height;
  const ruleY = pt(top + NOTE_SEPARATOR / 2);
  dc.doc
    .moveTo(pt(dc.x), ruleY)
    .lineTo(pt(dc.x + SEPARATOR_LENGTH), ruleY)
    .lineWidth(0.5)
    .strokeColor('#000000')
    .stroke();
  let y = top + NOTE_SEPARATOR;
  for (const note of notes) y = drawStack(dc, note.body, y, textWidth, () => ({ noteMark: note.id }));
}

/** Draws a laid-out letter on new pages of the document. */
export function drawLetter(doc: Doc, laid: LaidLetter, image: OpenImage, font: (face: FontFace) => void): void {
  const { paper, textWidth, pages, footer } = laid;
  const dc: DrawContext = { doc, font, image, x: paper.margin, listLabels: laid.listLabels };
  pages.forEach((page, i) => {
    doc.addPage({ size: [pt(paper.width), pt(paper.height)], margin: 0 });
    drawStack(dc, i === 0 ? laid.head : laid.continuation, HEADER_DISTANCE, textWidth);
    for (const item of page.items) drawPlaced(dc, item, textWidth);
    drawNotes(dc, page.notes, paper.height - paper.margin, textWidth);
    const field = (instr: string) => (instr === 'PAGE' ? String(i + 1) : String(pages.length));
    const height = sum(footer.map((p) => sum(layOut(p, textWidth, { field }).lines)));
    drawStack(dc, footer, paper.height - HEADER_DISTANCE - height, textWidth, () => ({ field }));
  });
}

import { charWidth, inkHeight, lineHeight } from './arial-metrics';
import type { Inline, Para, Run } from './context';
import { LIST_INDENT, NORMAL, STYLES, type StyleMetrics } from './styles';

/*
 * Paragraphs measured as LibreOffice lays them out (and Word, for these
 * letters): lines broken greedily at spaces and after hyphens, each as tall as
 * its tallest text or picture, in whole twips as LibreOffice rounds them. The
 * constants marked "measured" come from LibreOffice 7.4's own PDFs of test
 * letters (pdftotext -bbox), to the twip where they could be.
 */

const TWIPS_PER_EMU = 1 / 635;
/** A line with a picture is the picture's height and 1.3 pt, whatever the line spacing (measured). */
const PICTURE_LINE_EXTRA = 26;
/** A rule under a paragraph: its 6 pt spacing and its 3/4 pt line (136 twips, measured). */
const RULE_HEIGHT = 136;

export interface Measured {
  before: number;
  after: number;
  lines: number[];
  /** How much of each line must fit above the bottom margin: a page's last line may hang below it by the rest (measured). */
  bare: number[];
  /** Lines after which a page break follows. */
  breaks: number[];
  style?: string;
  contextual: boolean;
  keepNext: boolean;
  keepLines: boolean;
  pageBreakBefore: boolean;
  /** The height of the footnotes anchored in the paragraph. */
  notes: number;
}

/** How much of a text line must fit above the bottom margin: its ink and a hair (measured). */
const fitHeight = (em: number) => inkHeight(em) + 4;

const styleOf = (p: Para): StyleMetrics => (p.style ? (STYLES[p.style] ?? {}) : {});

/** Breaks a paragraph into lines, as tall as their tallest content, and gives its spacing. */
export function measure(p: Para, width: number): Measured {
  const style = styleOf(p);
  const size = style.size ?? NORMAL.size;
  const multiple = (style.line ?? NORMAL.line) / 240;
  const left = p.list ? LIST_INDENT * (p.list.level + 1) : (p.indent ?? style.left ?? 0);
  const avail = Math.max(width - left - (style.right ?? 0), 567);
  const lines: number[] = [];
  const bare: number[] = [];
  const breaks: number[] = [];
  let notes = 0;
  // The line being filled: its committed words and the spaces after them, and its height so far;
  // the word being read: its width and height (with and without the extra of the line spacing).
  let lineW = 0;
  let lineH = 0;
  let lineBare = 0;
  let wordW = 0;
  let wordH = 0;
  let wordBare = 0;
  const spaced = (em: number) => Math.round(lineHeight(em) * multiple);
  const endLine = () => {
    lines.push(lineH || spaced(size * 10));
    bare.push(lineBare || fitHeight(size * 10));
    lineW = lineH = lineBare = 0;
  };
  const commitWord = () => {
    if (wordW === 0) return;
    if (lineW > 0 && lineW + wordW > avail) endLine();
    // A word longer than the line breaks anywhere.
    for (; wordW > avail; wordW -= avail) {
      lineH = Math.max(lineH, wordH);
      lineBare = Math.max(lineBare, wordBare);
      endLine();
    }
    lineW += wordW;
    lineH = Math.max(lineH, wordH);
    lineBare = Math.max(lineBare, wordBare);
    wordW = wordH = wordBare = 0;
  };
  const text = (r: Pick<Run, 'text' | 'size' | 'bold'>) => {
    const twips = (r.size ?? size) * 10; // an em at this size
    const bold = r.bold ?? style.bold ?? false;
    const h = spaced(twips);
    const hInk = fitHeight(twips);
    for (let i = 0; i < r.text.length; i++) {
      const code = r.text.charCodeAt(i);
      if (code === 32) {
        commitWord();
        if (lineW > 0) lineW += charWidth(code, bold) * twips;
        lineH = Math.max(lineH, h);
        lineBare = Math.max(lineBare, hInk);
        continue;
      }
      wordW += charWidth(code, bold) * twips;
      wordH = Math.max(wordH, h);
      wordBare = Math.max(wordBare, hInk);
      // Lines may break after a hyphen or a dash.
      if (code === 0x2d || code === 0x2013 || code === 0x2014) commitWord();
    }
  };
  const kid = (k: Inline) => {
    switch (k.k) {
      case 'r':
        return text(k);
      case 'link':
        return k.runs.forEach(text);
      case 'field':
        return text({ text: k.result ?? '1', ...k.format });
      case 'img':
        commitWord();
        wordW = k.cx * TWIPS_PER_EMU;
        wordH = wordBare = k.cy * TWIPS_PER_EMU + PICTURE_LINE_EXTRA;
        return commitWord();
      case 'note':
        notes += stackHeight(k.body, width);
        return text({ text: '0', size: Math.round(size * 0.6) });
      case 'noteMark':
        return text({ text: '0', size: Math.round(size * 0.6) });
      case 'br':
        commitWord();
        return endLine();
      case 'pageBreak':
        commitWord();
        endLine();
        return breaks.push(lines.length);
    }
  };
  p.kids.forEach(kid);
  commitWord();
  if (lineW > 0 || lineH > 0 || lines.length === 0 || breaks.at(-1) === lines.length) endLine();
  return {
    before: p.before ?? style.before ?? 0,
    after: p.after ?? style.after ?? NORMAL.after,
    lines,
    bare,
    breaks,
    style: p.style,
    contextual: style.contextual ?? false,
    keepNext: p.keepNext ?? style.keepNext ?? false,
    keepLines: p.keepLines ?? style.keepLines ?? false,
    pageBreakBefore: p.pageBreakBefore ?? false,
    notes,
  };
}

export const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** The height of paragraphs stacked (the letterhead, a table cell, a footnote), their rules included. */
export function stackHeight(paras: readonly Para[], width: number): number {
  let height = 0;
  let after = 0;
  paras.forEach((p, i) => {
    const m = measure(p, width);
    height += (i === 0 ? m.before : Math.max(after, m.before)) + sum(m.lines) + (p.rule ? RULE_HEIGHT : 0);
    after = m.after;
  });
  return height + after;
}

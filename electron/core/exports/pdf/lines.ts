import { charWidth, inkHeight, lineHeight } from '../docx/arial-metrics';
import type { Inline, Para, Picture, Run } from '../docx/context';
import { type Measured, stackHeight } from '../docx/measure';
import { GREY, LIST_INDENT, NORMAL, SMALL_STYLE, STYLES, type StyleMetrics } from '../docx/styles';

/*
 * A paragraph broken into lines that keep their content, for drawing. The
 * breaks are measure.ts's (greedy at spaces and after hyphens, a word longer
 * than the line cut anywhere), with the same widths and heights, so the page
 * estimate that counts a DOCX's pages lays the PDF's pages out too.
 */

const TWIPS_PER_EMU = 1 / 635;
/** As measure.ts: a line with a picture is the picture's height and 1.3 pt. */
const PICTURE_LINE_EXTRA = 26;
const DESCENDER = 434 / 2048;
const HYPERLINK_COLOR = '1F4E79';

/** How a stretch of text is drawn (size in half-points, colour as hex). */
export interface TextStyle {
  bold: boolean;
  italics: boolean;
  underline: boolean;
  size: number;
  color: string;
  href?: string;
  /** A footnote's number, raised. */
  raised?: boolean;
  /** Right-to-left text (docx/inline.ts splits it out), drawn in a face that has its letters. */
  rtl?: boolean;
}

export type Piece = { k: 'text'; style: TextStyle; text: string; width: number } | { k: 'img'; picture: Picture; width: number };

export interface Line {
  pieces: Piece[];
  /** Width without the spaces at its end, in twips. */
  width: number;
  height: number;
  /** From the line's foot up to its text's baseline. */
  descent: number;
  /** Ended by a hard break or the paragraph's end: a justified paragraph leaves it ragged. */
  last: boolean;
}

/** A paragraph measured as the page estimate wants it, with its lines' content and where they start. */
export interface LaidOut extends Measured {
  para: Para;
  content: Line[];
  /** Left indent of the text, and the room it has, in twips. */
  left: number;
  avail: number;
  /** The footnotes anchored in it, in order, with their numbers. */
  notes: number;
  noteBodies: { id: number; body: Para[] }[];
}

export interface LineOptions {
  /** The number a footnote's own mark shows. */
  noteMark?: number;
  /** What a field shows: the page number or the page count. */
  field?: (instr: string) => string;
}

const styleOf = (p: Para): StyleMetrics => (p.style ? (STYLES[p.style] ?? {}) : {});

/** Breaks a paragraph into lines, as measure.ts does, keeping what each line holds. */
export function layOut(p: Para, width: number, options: LineOptions = {}): LaidOut {
  const style = styleOf(p);
  const size = style.size ?? NORMAL.size;
  const multiple = (style.line ?? NORMAL.line) / 240;
  const left = p.list ? LIST_INDENT * (p.list.level + 1) : (p.indent ?? style.left ?? 0);
  const avail = Math.max(width - left - (style.right ?? 0), 567);
  const baseColor = p.style === SMALL_STYLE ? GREY : '000000';
  const lines: number[] = [];
  const bare: number[] = [];
  const breaks: number[] = [];
  const content: Line[] = [];
  const noteBodies: { id: number; body: Para[] }[] = [];
  let notes = 0;

  let line: Piece[] = [];
  let lineW = 0;
  let lineH = 0;
  let lineBare = 0;
  let lineDescent = 0;
  let trailing = 0; // the width of the spaces at the line's end
  let word: Piece[] = [];
  let wordW = 0;
  let wordH = 0;
  let wordBare = 0;
  let wordDescent = 0;
  const spaced = (em: number) => Math.round(lineHeight(em) * multiple);
  const fit = (em: number) => inkHeight(em) + 4;

  const append = (to: Piece[], style: TextStyle, ch: string, w: number) => {
    const last = to.at(-1);
    if (last?.k === 'text' && last.style === style) {
      last.text += ch;
      last.width += w;
    } else to.push({ k: 'text', style, text: ch, width: w });
  };
  const endLine = (last: boolean) => {
    lines.push(lineH || spaced(size * 10));
    bare.push(lineBare || fit(size * 10));
    content.push({
      pieces: line,
      width: lineW - trailing,
      height: lineH || spaced(size * 10),
      descent: lineDescent || Math.round(size * 10 * DESCENDER),
      last,
    });
    line = [];
    lineW = lineH = lineBare = lineDescent = trailing = 0;
  };
  /** Moves pieces onto the line, joining text of one style into one piece (one string to draw). */
  const join = (pieces: Piece[]) => {
    for (const piece of pieces) {
      const last = line.at(-1);
      if (piece.k === 'text' && last?.k === 'text' && last.style === piece.style) {
        last.text += piece.text;
        last.width += piece.width;
      } else line.push(piece);
    }
  };
  const takeWord = () => {
    join(word);
    lineW += wordW;
    lineH = Math.max(lineH, wordH);
    lineBare = Math.max(lineBare, wordBare);
    lineDescent = Math.max(lineDescent, wordDescent);
    trailing = 0;
    word = [];
    wordW = wordH = wordBare = wordDescent = 0;
  };
  /** A word longer than the line: as much of it as fits goes on a line of its own. */
  const cutWord = () => {
    const head: Piece[] = [];
    let w = 0;
    while (word.length > 0) {
      const piece = word[0]!;
      if (piece.k === 'img' || w + piece.width <= avail) {
        if (w > 0 && w + piece.width > avail) break;
        head.push(word.shift()!);
        w += piece.width;
        continue;
      }
      // Split a text piece at the last character that fits.
      let cut = 0;
      let cw = 0;
      for (; cut < piece.text.length; cut++) {
        const next = charWidth(piece.text.charCodeAt(cut), piece.style.bold) * piece.style.size * 10;
        if (w + cw + next > avail && (cut > 0 || w > 0)) break;
        cw += next;
      }
      if (cut > 0) {
        head.push({ ...piece, text: piece.text.slice(0, cut), width: cw });
        word[0] = { ...piece, text: piece.text.slice(cut), width: piece.width - cw };
        w += cw;
      }
      break;
    }
    join(head);
    lineW += w;
    lineH = Math.max(lineH, wordH);
    lineBare = Math.max(lineBare, wordBare);
    lineDescent = Math.max(lineDescent, wordDescent);
    wordW -= w;
    endLine(false);
  };
  const commitWord = () => {
    if (word.length === 0) return;
    if (lineW > 0 && lineW + wordW > avail) endLine(false);
    while (wordW > avail && word.length > 0) cutWord();
    takeWord();
  };
  const text = (
    r: Pick<Run, 'text' | 'size' | 'bold' | 'italics' | 'underline' | 'color' | 'style' | 'rtl'>,
    extra: { href?: string; raised?: boolean } = {},
  ) => {
    const twips = (r.size ?? size) * 10;
    const bold = r.bold ?? style.bold ?? false;
    const link = r.style === 'Hyperlink';
    const runStyle: TextStyle = {
      bold,
      italics: r.italics ?? style.italics ?? false,
      underline: (r.underline ?? false) || link,
      size: r.size ?? size,
      color: r.color ?? (link ? HYPERLINK_COLOR : baseColor),
      ...(r.rtl ? { rtl: true } : {}),
      ...extra,
    };
    const h = spaced(twips);
    const hInk = fit(twips);
    const descent = Math.round(twips * DESCENDER);
    // By UTF-16 unit, as measure.ts counts; a word's characters taken as one slice of the run.
    const str = r.text;
    let from = -1; // where the part of the current word in this run starts
    let partW = 0;
    const endPart = (to: number) => {
      if (from >= 0 && to > from) word.push({ k: 'text', style: runStyle, text: str.slice(from, to), width: partW });
      from = -1;
      partW = 0;
    };
    for (let i = 0; i < str.length; i++) {
      const code = str.charCodeAt(i);
      const w = charWidth(code, bold) * twips;
      if (code === 32) {
        endPart(i);
        commitWord();
        if (lineW > 0) {
          append(line, runStyle, ' ', w);
          lineW += w;
          trailing += w;
        }
        lineH = Math.max(lineH, h);
        lineBare = Math.max(lineBare, hInk);
        lineDescent = Math.max(lineDescent, descent);
        continue;
      }
      if (from < 0) from = i;
      partW += w;
      wordW += w;
      wordH = Math.max(wordH, h);
      wordBare = Math.max(wordBare, hInk);
      wordDescent = Math.max(wordDescent, descent);
      if (code === 0x2d || code === 0x2013 || code === 0x2014) {
        endPart(i + 1);
        commitWord();
      }
    }
    // The word may go on in the next run.
    endPart(str.length);
  };
  const mark = (n: number) => text({ text: String(n), size: Math.round(size * 0.6) }, { raised: true });
  const kid = (k: Inline) => {
    switch (k.k) {
      case 'r':
        return text(k);
      case 'link':
        return k.runs.forEach((r) => text(r, { href: k.href }));
      case 'field':
        return text({ text: options.field?.(k.instr) ?? k.result ?? '1', ...k.format });
      case 'img': {
        commitWord();
        const w = k.cx * TWIPS_PER_EMU;
        word.push({ k: 'img', picture: k, width: w });
        wordW = w;
        wordH = wordBare = k.cy * TWIPS_PER_EMU + PICTURE_LINE_EXTRA;
        wordDescent = Math.round(size * 10 * DESCENDER);
        return commitWord();
      }
      case 'note':
        notes += stackHeight(k.body, width);
        noteBodies.push({ id: k.id, body: k.body });
        return mark(k.id);
      case 'noteMark':
        return mark(options.noteMark ?? 0);
      case 'br':
        commitWord();
        return endLine(true);
      case 'pageBreak':
        commitWord();
        endLine(true);
        return breaks.push(lines.length);
    }
  };
  p.kids.forEach(kid);
  commitWord();
  if (lineW > 0 || lineH > 0 || lines.length === 0 || breaks.at(-1) === lines.length) endLine(true);
  else if (content.length > 0) content.at(-1)!.last = true;
  return {
    para: p,
    content,
    left,
    avail,
    noteBodies,
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

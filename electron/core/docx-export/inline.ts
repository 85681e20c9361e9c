import { ExternalHyperlink, FootnoteReferenceRun, type IRunOptions, type ParagraphChild, TextRun } from 'docx';
import type { InlineNode } from '../../../shared/letter/document';
import type { Anchor, LetterContext } from './context';

/** Run formatting the caller adds on top of the marks (e.g. small grey text in the letterhead). */
export type RunStyle = Pick<IRunOptions, 'bold' | 'italics' | 'underline' | 'size' | 'color' | 'style'>;

// Strong right-to-left letters: Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan and the Arabic presentation forms.
const RTL = '\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc';
// A right-to-left stretch: from one RTL letter to the last, with the spaces, digits and
// punctuation between them, so "محمد بن سلمان" is one run and "Dear " / "," stay left-to-right.
const RTL_STRETCH = new RegExp(`[${RTL}](?:[${RTL}\\s\\d.,'’\\-]*[${RTL}])?`, 'gu');

/** Splits text into left-to-right and right-to-left pieces. */
export function splitDirection(text: string): { text: string; rtl: boolean }[] {
  const pieces: { text: string; rtl: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(RTL_STRETCH)) {
    if (m.index > last) pieces.push({ text: text.slice(last, m.index), rtl: false });
    pieces.push({ text: m[0], rtl: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), rtl: false });
  return pieces;
}

/**
 * Text runs for a piece of text: right-to-left pieces get w:rtl (and the complex-script
 * bold/italic, which Word uses for them), and the letter's w:lang when it differs from the document's.
 */
export function textRuns(text: string, style: RunStyle, ctx: LetterContext): TextRun[] {
  return splitDirection(text).map(
    (piece) =>
      new TextRun({
        ...style,
        text: piece.text,
        ...(piece.rtl ? { rightToLeft: true, boldComplexScript: style.bold, italicsComplexScript: style.italics } : {}),
        ...(ctx.runLanguage ? { language: { value: ctx.runLanguage } } : {}),
      }),
  );
}

function markStyle(node: InlineNode, base: RunStyle): { style: RunStyle; href?: string } {
  let style: RunStyle = base;
  let href: string | undefined;
  for (const mark of 'marks' in node ? (node.marks ?? []) : []) {
    if (mark.type === 'bold') style = { ...style, bold: true };
    else if (mark.type === 'italic') style = { ...style, italics: true };
    else if (mark.type === 'underline') style = { ...style, underline: {} };
    else href = mark.attrs.href;
  }
  return { style, href };
}

/**
 * The runs of a paragraph's inline content: marks, hard breaks, links as external
 * hyperlinks (consecutive nodes with the same link make one hyperlink), and the
 * footnote references anchored in this paragraph (after the text of the fact they cite).
 */
export function inlineChildren(nodes: readonly InlineNode[] | undefined, ctx: LetterContext, base: RunStyle = {}, anchors: readonly Anchor[] = []): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let link: { href: string; runs: ParagraphChild[] } | null = null;
  const flushLink = () => {
    if (link) out.push(new ExternalHyperlink({ link: link.href, children: link.runs }));
    link = null;
  };
  const emit = (runs: ParagraphChild[], href: string | undefined) => {
    if (href === undefined) {
      flushLink();
      out.push(...runs);
      return;
    }
    if (link?.href !== href) {
      flushLink();
      link = { href, runs: [] };
    }
    link.runs.push(...runs);
  };

  let offset = 0;
  let pending = [...anchors].sort((a, b) => a.offset - b.offset);
  for (const node of nodes ?? []) {
    if (node.type === 'hardBreak') {
      emit([new TextRun({ break: 1 })], undefined);
      offset += 1;
      continue;
    }
    if (node.type !== 'text') throw new Error(`The DOCX export needs a merged document, but it holds a "${node.type}" node.`);
    const { style, href } = markStyle(node, base);
    const linkStyle: RunStyle = href ? { ...style, style: 'Hyperlink' } : style;
    const end = offset + node.text.length;
    let cut = 0;
    for (const anchor of pending.filter((a) => a.offset > offset && a.offset <= end)) {
      const at = anchor.offset - offset;
      if (at > cut) emit(textRuns(node.text.slice(cut, at), linkStyle, ctx), href);
      emit([new FootnoteReferenceRun({ children: anchor.note })], undefined);
      cut = at;
    }
    pending = pending.filter((a) => a.offset > end);
    if (cut < node.text.length) emit(textRuns(node.text.slice(cut), linkStyle, ctx), href);
    offset = end;
  }
  flushLink();
  return out;
}

/** The plain text of inline content, as `inlineChildren` counts offsets (a hard break is one character). */
export function inlineText(nodes: readonly InlineNode[] | undefined): string {
  return (nodes ?? []).map((n) => (n.type === 'text' ? n.text : n.type === 'hardBreak' ? '\n' : '')).join('');
}

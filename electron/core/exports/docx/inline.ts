import type { InlineNode } from '../../../../shared/letter/document';
import type { Anchor, Inline, LetterContext, Run } from './context';

/** Run formatting the caller adds on top of the marks (e.g. small grey text in the letterhead). */
export type RunStyle = Pick<Run, 'bold' | 'italics' | 'underline' | 'size' | 'color' | 'style'>;

// Strong right-to-left letters: Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan and the Arabic presentation forms.
const RTL = '\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc';
const HAS_RTL = new RegExp(`[${RTL}]`, 'u');
// A right-to-left stretch: from one RTL letter to the last, with the spaces, digits and
// punctuation between them, so "محمد بن سلمان" is one run and "Dear " / "," stay left-to-right.
const RTL_STRETCH = new RegExp(`[${RTL}](?:[${RTL}\\s\\d.,'’\\-]*[${RTL}])?`, 'gu');

/** Splits text into left-to-right and right-to-left pieces. */
export function splitDirection(text: string): { text: string; rtl: boolean }[] {
  if (!HAS_RTL.test(text)) return [{ text, rtl: false }];
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
 * Text runs for a piece of text: right-to-left pieces get w:rtl (Word then uses the
 * complex-script bold and italic, written with the plain ones), and the letter's
 * w:lang when it differs from the document's.
 */
export function textRuns(text: string, style: RunStyle, ctx: Pick<LetterContext, 'runLanguage'>): Run[] {
  if (text === '') return [];
  const lang = ctx.runLanguage;
  if (!HAS_RTL.test(text)) return [{ k: 'r', ...style, text, ...(lang ? { lang } : {}) }];
  return splitDirection(text).map((piece) => ({ k: 'r', ...style, text: piece.text, ...(piece.rtl ? { rtl: true } : {}), ...(lang ? { lang } : {}) }));
}

function markStyle(node: InlineNode, base: RunStyle): { style: RunStyle; href?: string } {
  let style: RunStyle = base;
  let href: string | undefined;
  for (const mark of 'marks' in node ? (node.marks ?? []) : []) {
    if (mark.type === 'bold') style = { ...style, bold: true };
    else if (mark.type === 'italic') style = { ...style, italics: true };
    else if (mark.type === 'underline') style = { ...style, underline: true };
    else href = mark.attrs.href;
  }
  return { style, href };
}

/**
 * The runs of a paragraph's inline content: marks, hard breaks, links as external
 * hyperlinks (consecutive nodes with the same link make one hyperlink), and the
 * footnote references anchored in this paragraph (after the text of the fact they cite).
 */
export function inlineChildren(nodes: readonly InlineNode[] | undefined, ctx: LetterContext, base: RunStyle = {}, anchors: readonly Anchor[] = []): Inline[] {
  const out: Inline[] = [];
  let link: { k: 'link'; href: string; runs: Run[] } | null = null;
  const emit = (runs: Run[], href: string | undefined) => {
    if (href === undefined) {
      link = null;
      out.push(...runs);
      return;
    }
    if (link?.href !== href) {
      link = { k: 'link', href, runs: [] };
      out.push(link);
    }
    link.runs.push(...runs);
  };

  let offset = 0;
  let pending = anchors.length > 0 ? [...anchors].sort((a, b) => a.offset - b.offset) : [];
  for (const node of nodes ?? []) {
    if (node.type === 'hardBreak') {
      link = null;
      out.push({ k: 'br' });
      offset += 1;
      continue;
    }
    if (node.type !== 'text') throw new Error(`The DOCX export needs a merged document, but it holds a "${node.type}" node.`);
    const { style, href } = node.marks ? markStyle(node, base) : { style: base, href: undefined };
    const linkStyle: RunStyle = href ? { ...style, style: 'Hyperlink' } : style;
    const end = offset + node.text.length;
    let cut = 0;
    if (pending.length > 0) {
      for (const anchor of pending.filter((a) => a.offset > offset && a.offset <= end)) {
        const at = anchor.offset - offset;
        if (at > cut) emit(textRuns(node.text.slice(cut, at), linkStyle, ctx), href);
        link = null;
        out.push({ k: 'note', id: ctx.file.newFootnote(anchor.note), body: anchor.note });
        cut = at;
      }
      pending = pending.filter((a) => a.offset > end);
    }
    if (cut < node.text.length) emit(textRuns(node.text.slice(cut), linkStyle, ctx), href);
    offset = end;
  }
  return out;
}

/** The plain text of inline content, as `inlineChildren` counts offsets (a hard break is one character). */
export function inlineText(nodes: readonly InlineNode[] | undefined): string {
  return (nodes ?? []).map((n) => (n.type === 'text' ? n.text : n.type === 'hardBreak' ? '\n' : '')).join('');
}

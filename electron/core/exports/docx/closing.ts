import type { BlockNode } from '../../../../shared/letter/document';
import { type Anchor, type Block, type Inline, type LetterContext, type Para, para, type Table } from './context';
import { inlineText, textRuns } from './inline';
import type { Labels } from './labels';
import { fittedImage } from './page-furniture';
import { FOOTNOTE_STYLE, SOURCE_STYLE } from './styles';
import type { ExportLetter, ExportSource } from './types';

type Signer = ExportLetter['signers'][number];

/** One signer: the signature image (about 4.5 cm wide) or room to sign by hand, then name and title. */
function signerParagraphs(signer: Signer, ctx: LetterContext): Para[] {
  const signature = signer.signature
    ? para([fittedImage(signer.signature, 4.5, 2.2, `Signature of ${signer.name}`)], { before: 120, after: 40, keepNext: true })
    : para([], { before: 720, after: 0, keepNext: true });
  return [signature, para(textRuns(signer.name, { bold: true }, ctx), { after: 0, keepNext: true }), para(textRuns(signer.title, {}, ctx), { after: 0 })];
}

/**
 * The signers in a borderless table whose rows never split across pages:
 * side by side, up to three a row, or one alone in a single column. A lone
 * signer is a table too because LibreOffice drops "keep with next" from the
 * close when the paragraphs after it are a chain (signature, name, title)
 * that moves to the next page, while it keeps the close with a table's row.
 */
export function signersBlock(signers: ExportLetter['signers'], ctx: LetterContext): Block[] {
  if (signers.length === 0) return [];
  if (signers.length === 1) return [{ k: 'tbl', columns: 1, rows: [[signerParagraphs(signers[0], ctx)]] } satisfies Table];
  const columns = signers.length === 2 || signers.length === 4 ? 2 : 3;
  const rows: Para[][][] = [];
  for (let i = 0; i < signers.length; i += columns) {
    const group = signers.slice(i, i + columns);
    rows.push(Array.from({ length: columns }, (_, j) => (group[j] ? signerParagraphs(group[j], ctx) : [para([])])));
  }
  const table: Table = { k: 'tbl', columns, rows };
  return [para([], { after: 0, keepNext: true }), table];
}

/** How long a close may be and still be kept in one piece: "Veuillez agréer, Monsieur le Président, …" is about 120 characters. */
const SHORT_CLOSE = 300;

/** The characters a paragraph shows (runs and links). */
const shownText = (p: Para) => p.kids.map((kid) => (kid.k === 'r' ? kid.text : kid.k === 'link' ? kid.runs.map((r) => r.text).join('') : '')).join('');
const isBlank = (p: Para) => p.kids.every((kid) => kid.k === 'br' || kid.k === 'r' || kid.k === 'link') && shownText(p).trim() === '';

/**
 * Keeps the complimentary close ("Yours sincerely,") on the page of the
 * signatures: the body's last paragraph with text, and any empty ones after
 * it, keep with the next; a short close also keeps its lines together. The
 * signers' table (signersBlock) has rows that never split, so the close and
 * the first row move to the next page together. Not when the body ends with
 * a page break: the signatures were sent to a page of their own on purpose.
 */
export function keepCloseWithSigners(body: Para[]): void {
  for (let i = body.length - 1; i >= 0; i--) {
    const p = body[i]!;
    if (p.kids.some((kid) => kid.k === 'pageBreak')) return;
    p.keepNext = true;
    if (isBlank(p)) continue;
    if (shownText(p).length <= SHORT_CLOSE) p.keepLines = true;
    return;
  }
}

/** "Endorsed by" and the endorsing organisations, one a line, with their country. */
export function endorsersBlock(endorsers: ExportLetter['endorsers'], ctx: LetterContext): Para[] {
  if (endorsers.length === 0) return [];
  return [
    para(textRuns(ctx.labels.endorsedBy, { bold: true }, ctx), { before: 360, after: 120, keepNext: true }),
    ...endorsers.map((e, i) =>
      para([...textRuns(e.name, {}, ctx), ...(e.country ? textRuns(` (${e.country})`, { color: '555555' }, ctx) : [])], {
        after: 40,
        // A short list stays together with its heading.
        keepNext: i < endorsers.length - 1 && endorsers.length < 8,
      }),
    ),
  ];
}

/** A source in one line: "Name, https://… (as of 2025-06-30)". */
export function sourceLine(source: ExportSource, labels: Labels): string {
  const main = [source.sourceName, source.sourceUrl].filter((s) => s && s.trim() !== '').join(', ');
  const asOf = source.asOf ? `${labels.asOf} ${source.asOf}` : '';
  return main && asOf ? `${main} (${asOf})` : main || asOf;
}

const hasSource = (s: ExportSource) => [s.sourceName, s.sourceUrl, s.asOf].some((v) => v !== undefined && v.trim() !== '');

/**
 * Where each fact's footnote goes: right after the first place its text appears
 * in a paragraph or heading of the body. Facts whose text is not found (or that
 * have none) are returned, to be listed in a Sources section instead.
 */
export function planFootnotes(
  body: readonly BlockNode[],
  facts: readonly ExportSource[],
  ctx: Pick<LetterContext, 'labels' | 'runLanguage'>,
): { anchors: Map<BlockNode, Anchor[]>; unplaced: ExportSource[] } {
  const blocks: { node: BlockNode; text: string }[] = [];
  const walk = (nodes: readonly BlockNode[]) => {
    for (const node of nodes) {
      if (node.type === 'paragraph' || node.type === 'heading') blocks.push({ node, text: inlineText(node.content) });
      else if (node.type === 'bulletList' || node.type === 'orderedList') node.content.forEach((item) => walk(item.content));
      else if (node.type === 'blockquote' || node.type === 'condition') walk(node.content);
    }
  };
  walk(body);
  const anchors = new Map<BlockNode, Anchor[]>();
  const unplaced: ExportSource[] = [];
  for (const fact of facts.filter(hasSource)) {
    const needle = fact.text?.trim();
    const found = needle ? blocks.find((b) => b.text.includes(needle)) : undefined;
    if (!found || !needle) {
      unplaced.push(fact);
      continue;
    }
    const offset = found.text.indexOf(needle) + needle.length;
    const note = [para([{ k: 'noteMark' }, ...textRuns(` ${sourceLine(fact, ctx.labels)}`, {}, ctx)], { style: FOOTNOTE_STYLE })];
    anchors.set(found.node, [...(anchors.get(found.node) ?? []), { offset, note }]);
  }
  return { anchors, unplaced };
}

/** The "Sources" section: one numbered line per source, its link clickable. */
export function sourcesSection(sources: readonly ExportSource[], ctx: LetterContext): Para[] {
  const listed = sources.filter(hasSource);
  if (listed.length === 0) return [];
  return [
    para(textRuns(ctx.labels.sources, { bold: true }, ctx), { before: 360, after: 120, keepNext: true }),
    ...listed.map((source, i) => {
      const line = sourceLine(source, ctx.labels);
      const url = source.sourceUrl && /^(https?:|mailto:)/i.test(source.sourceUrl) ? source.sourceUrl : undefined;
      const at = url ? line.indexOf(url) : -1;
      const kids: Inline[] =
        at < 0 || !url
          ? textRuns(line, {}, ctx)
          : [
              ...textRuns(line.slice(0, at), {}, ctx),
              { k: 'link', href: url, runs: textRuns(url, { style: 'Hyperlink' }, ctx) },
              ...textRuns(line.slice(at + url.length), {}, ctx),
            ];
      return para([...textRuns(`${i + 1}. `, {}, ctx), ...kids], { style: SOURCE_STYLE });
    }),
  ];
}

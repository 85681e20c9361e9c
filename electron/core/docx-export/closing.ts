import {
  ExternalHyperlink,
  type FileChild,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import type { BlockNode } from '../../../shared/letter/document';
import type { Anchor, LetterContext } from './context';
import { inlineText, textRuns } from './inline';
import type { Labels } from './labels';
import { fittedImage } from './page-furniture';
import { SOURCE_STYLE } from './styles';
import type { ExportLetter, ExportSource } from './types';

type Signer = ExportLetter['signers'][number];

/** One signer: the signature image (about 4.5 cm wide) or room to sign by hand, then name and title. */
function signerParagraphs(signer: Signer, ctx: LetterContext): Paragraph[] {
  const signature = signer.signature
    ? new Paragraph({ spacing: { before: 120, after: 40 }, keepNext: true, children: [fittedImage(signer.signature, 4.5, 2.2, `Signature of ${signer.name}`)] })
    : new Paragraph({ spacing: { before: 720, after: 0 }, keepNext: true, children: [] });
  return [
    signature,
    new Paragraph({ spacing: { after: 0 }, keepNext: true, children: textRuns(signer.name, { bold: true }, ctx) }),
    new Paragraph({ spacing: { after: 0 }, children: textRuns(signer.title, {}, ctx) }),
  ];
}

/**
 * The signers: one under the other when alone, else side by side (up to three
 * a row) in a borderless table whose rows never split across pages.
 */
export function signersBlock(signers: ExportLetter['signers'], ctx: LetterContext): FileChild[] {
  if (signers.length === 0) return [];
  if (signers.length === 1) return signerParagraphs(signers[0], ctx);
  const perRow = signers.length === 2 || signers.length === 4 ? 2 : 3;
  const widthPct = Math.floor(100 / perRow);
  const rows: TableRow[] = [];
  for (let i = 0; i < signers.length; i += perRow) {
    const group = signers.slice(i, i + perRow);
    const cells = [...group, ...Array<Signer | null>(perRow - group.length).fill(null)].map(
      (signer) =>
        new TableCell({
          width: { size: widthPct, type: WidthType.PERCENTAGE },
          children: signer ? signerParagraphs(signer, ctx) : [new Paragraph({})],
        }),
    );
    rows.push(new TableRow({ cantSplit: true, children: cells }));
  }
  return [
    new Paragraph({ spacing: { after: 0 }, keepNext: true, children: [] }),
    // No cell padding on the left, so names line up with the text above.
    new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE }, layout: TableLayoutType.FIXED, borders: TableBorders.NONE, margins: { left: 0, right: 113 } }),
  ];
}

/** "Endorsed by" and the endorsing organisations, one a line, with their country. */
export function endorsersBlock(endorsers: ExportLetter['endorsers'], ctx: LetterContext): Paragraph[] {
  if (endorsers.length === 0) return [];
  return [
    new Paragraph({ spacing: { before: 360, after: 120 }, keepNext: true, children: textRuns(ctx.labels.endorsedBy, { bold: true }, ctx) }),
    ...endorsers.map(
      (e, i) =>
        new Paragraph({
          spacing: { after: 40 },
          keepNext: i < endorsers.length - 1 && endorsers.length < 8,
          children: [...textRuns(e.name, {}, ctx), ...(e.country ? textRuns(` (${e.country})`, { color: '555555' }, ctx) : [])],
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
export function planFootnotes(body: readonly BlockNode[], facts: readonly ExportSource[], ctx: Omit<LetterContext, 'anchors'>): { anchors: Map<BlockNode, Anchor[]>; unplaced: ExportSource[] } {
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
    const note = [new Paragraph({ style: 'FootnoteText', children: textRuns(` ${sourceLine(fact, ctx.labels)}`, {}, { ...ctx, anchors }) })];
    anchors.set(found.node, [...(anchors.get(found.node) ?? []), { offset, note }]);
  }
  return { anchors, unplaced };
}

/** The "Sources" section: one numbered line per source, its link clickable. */
export function sourcesSection(sources: readonly ExportSource[], ctx: LetterContext): Paragraph[] {
  const listed = sources.filter(hasSource);
  if (listed.length === 0) return [];
  return [
    new Paragraph({ spacing: { before: 360, after: 120 }, keepNext: true, children: textRuns(ctx.labels.sources, { bold: true }, ctx) }),
    ...listed.map((source, i) => {
      const line = sourceLine(source, ctx.labels);
      const url = source.sourceUrl && /^(https?:|mailto:)/i.test(source.sourceUrl) ? source.sourceUrl : undefined;
      const at = url ? line.indexOf(url) : -1;
      const children =
        at < 0 || !url
          ? textRuns(line, {}, ctx)
          : [
              ...textRuns(line.slice(0, at), {}, ctx),
              new ExternalHyperlink({ link: url, children: textRuns(url, { style: 'Hyperlink' }, ctx) }),
              ...textRuns(line.slice(at + url.length), {}, ctx),
            ];
      return new Paragraph({ style: SOURCE_STYLE, children: [...textRuns(`${i + 1}. `, {}, ctx), ...children] });
    }),
  ];
}

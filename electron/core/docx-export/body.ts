import { AlignmentType, HeadingLevel, type IParagraphOptions, type NumberingDefinition, PageBreak, Paragraph } from 'docx';
import type { BlockNode, ListItemNode } from '../../../shared/letter/document';
import type { LetterContext } from './context';
import { inlineChildren } from './inline';
import { BULLET_LIST, LIST_INDENT, ORDERED_LIST, orderedListFrom, QUOTE_STYLE } from './styles';

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;
const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** Where a block sits: inside a quote, or in a list item (as its first paragraph, which carries the number, or after it). */
interface Place {
  quote: boolean;
  list?: { reference: string | NumberingDefinition; level: number; instance: number; numbered: boolean };
  /** Indentation level of list content outside any numbered paragraph (a paragraph after an item's first). */
  indentLevel: number;
}

/** Makes a body paragraph, taking a waiting page break as "page break before". */
function paragraph(ctx: LetterContext, options: IParagraphOptions): Paragraph {
  const pageBreakBefore = ctx.pendingPageBreak || undefined;
  ctx.pendingPageBreak = false;
  return new Paragraph({ ...options, pageBreakBefore });
}

function textBlock(node: Extract<BlockNode, { type: 'paragraph' | 'heading' }>, ctx: LetterContext, place: Place): Paragraph {
  const options: IParagraphOptions = {
    children: inlineChildren(node.content, ctx, {}, ctx.anchors.get(node)),
    ...(node.type === 'heading' ? { heading: HEADING[node.attrs.level] } : place.quote ? { style: QUOTE_STYLE } : {}),
    ...(node.type === 'paragraph' && node.attrs?.textAlign ? { alignment: ALIGN[node.attrs.textAlign] } : {}),
  };
  if (place.list?.numbered) {
    const { reference, level, instance } = place.list;
    return paragraph(ctx, { ...options, numbering: { reference, level, instance } });
  }
  if (place.indentLevel > 0) {
    return paragraph(ctx, { ...options, indent: { left: LIST_INDENT * place.indentLevel }, style: 'ListParagraph' });
  }
  return paragraph(ctx, options);
}

function listBlock(node: Extract<BlockNode, { type: 'bulletList' | 'orderedList' }>, ctx: LetterContext, place: Place): Paragraph[] {
  // Each list is its own numbering instance: a second numbered list counts from 1 again.
  const level = Math.min(place.list ? place.list.level + 1 : 0, 8);
  const start = node.type === 'orderedList' ? (node.attrs?.start ?? 1) : 1;
  const reference = node.type === 'bulletList' ? BULLET_LIST.reference : start === 1 ? ORDERED_LIST.reference : orderedListFrom(start);
  const instance = ctx.nextListInstance();
  return node.content.flatMap((item: ListItemNode) =>
    item.content.flatMap((child, i) =>
      renderBlock(child, ctx, { quote: place.quote, list: { reference, level, instance, numbered: i === 0 }, indentLevel: level + 1 }),
    ),
  );
}

function renderBlock(node: BlockNode, ctx: LetterContext, place: Place): Paragraph[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return [textBlock(node, ctx, place)];
    case 'bulletList':
    case 'orderedList':
      return listBlock(node, ctx, place);
    case 'blockquote':
      return node.content.flatMap((child) => renderBlock(child, ctx, { ...place, quote: true, list: place.list && { ...place.list, numbered: false } }));
    case 'pageBreak':
      ctx.pendingPageBreak = true;
      return [];
    case 'condition':
      throw new Error('The DOCX export needs a merged document, but it holds a "condition" node.');
  }
}

/** The letter's body as Word paragraphs: real lists, quotes, headings, page breaks and inline formatting. */
export function renderBody(blocks: readonly BlockNode[], ctx: LetterContext): Paragraph[] {
  const out = blocks.flatMap((block) => renderBlock(block, ctx, { quote: false, indentLevel: 0 }));
  if (ctx.pendingPageBreak) {
    // A break at the very end: what follows the body (the signatures) starts on a new page.
    ctx.pendingPageBreak = false;
    out.push(new Paragraph({ children: [new PageBreak()] }));
  }
  return out;
}

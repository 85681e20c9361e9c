import type { BlockNode, ListItemNode } from '../../../../shared/letter/document';
import { type Align, type LetterContext, type Para, para } from './context';
import { inlineChildren } from './inline';
import { LIST_INDENT, LIST_STYLE, QUOTE_STYLE } from './styles';

const ALIGN: Record<string, Align> = { left: 'left', center: 'center', right: 'right', justify: 'both' };

/** Where a block sits: inside a quote, or in a list item (as its first paragraph, which carries the number, or after it). */
interface Place {
  quote: boolean;
  list?: { numId: number; level: number; numbered: boolean };
  /** Indentation level of list content outside any numbered paragraph (a paragraph after an item's first). */
  indentLevel: number;
}

/** Makes a body paragraph, taking a waiting page break as "page break before". */
function paragraph(ctx: LetterContext, props: Omit<Para, 'k'>): Para {
  const p: Para = { k: 'p', ...props };
  if (ctx.pendingPageBreak) p.pageBreakBefore = true;
  ctx.pendingPageBreak = false;
  return p;
}

function textBlock(node: Extract<BlockNode, { type: 'paragraph' | 'heading' }>, ctx: LetterContext, place: Place): Para {
  const kids = inlineChildren(node.content, ctx, {}, ctx.anchors.get(node));
  const style = node.type === 'heading' ? `Heading${node.attrs.level}` : place.quote ? QUOTE_STYLE : undefined;
  const align = node.type === 'paragraph' && node.attrs?.textAlign ? ALIGN[node.attrs.textAlign] : undefined;
  if (place.list?.numbered) {
    // A numbered paragraph without a style of its own is a "List Paragraph", as Word makes it.
    const { numId, level } = place.list;
    return paragraph(ctx, { style: style ?? LIST_STYLE, list: { numId, level }, align, kids });
  }
  if (place.indentLevel > 0) {
    // A list item's later paragraphs line up with its text; a heading keeps its style.
    return paragraph(ctx, { style: node.type === 'heading' ? style : LIST_STYLE, indent: LIST_INDENT * place.indentLevel, align, kids });
  }
  return paragraph(ctx, { style, align, kids });
}

function listBlock(node: Extract<BlockNode, { type: 'bulletList' | 'orderedList' }>, ctx: LetterContext, place: Place): Para[] {
  // Each list is its own numbering instance: a second numbered list counts from 1 again.
  const level = Math.min(place.list ? place.list.level + 1 : 0, 8);
  const start = node.type === 'orderedList' ? (node.attrs?.start ?? 1) : 1;
  const numId = ctx.file.newList(node.type === 'bulletList' ? 'bullet' : 'ordered', level, start);
  return node.content.flatMap((item: ListItemNode) =>
    item.content.flatMap((child, i) => renderBlock(child, ctx, { quote: place.quote, list: { numId, level, numbered: i === 0 }, indentLevel: level + 1 })),
  );
}

function renderBlock(node: BlockNode, ctx: LetterContext, place: Place): Para[] {
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

/** The letter's body as paragraphs: real lists, quotes, headings, page breaks and inline formatting. */
export function renderBody(blocks: readonly BlockNode[], ctx: LetterContext): Para[] {
  const out: Para[] = [];
  for (const block of blocks) out.push(...renderBlock(block, ctx, { quote: false, indentLevel: 0 }));
  if (ctx.pendingPageBreak) {
    // A break at the very end: what follows the body (the signatures) starts on a new page.
    ctx.pendingPageBreak = false;
    out.push(para([{ k: 'pageBreak' }]));
  }
  return out;
}

import { letterDocumentSchema, type BlockNode, type InlineNode, type LetterDocument, type ListItemNode } from '../../../../shared/letter/document';
import { TemplateImportError } from './template-import-errors';
import type { PlaceholderDecision, PlaceholderSlot, SkeletonBlock, SkeletonInline, TemplateSkeleton } from './types';

export interface ResolvedPlaceholder {
  decision: PlaceholderDecision;
  marker: string;
}

const MAX_TEXT = 100_000;

/**
 * The letter document for a skeleton and a decision per placeholder. An
 * unmapped placeholder stays visible as its marker text ("[[COUNTRY]]"), so
 * it can never vanish unnoticed. The result is checked against the document
 * schema: a document too large for the editor is refused, never cut short.
 */
export function renderSkeleton(skeleton: TemplateSkeleton, resolve: (id: string) => ResolvedPlaceholder | undefined): LetterDocument {
  const document = { type: 'doc' as const, content: skeleton.content.map((block) => renderBlock(block, resolve)) };
  const checked = letterDocumentSchema.safeParse(document);
  if (!checked.success) {
    throw new TemplateImportError(
      'tooComplex',
      'The document is too large or too complex to become a template (too many paragraphs, list items or formatting changes). Split it into smaller documents.',
      checked.error,
    );
  }
  return checked.data;
}

type Resolve = (id: string) => ResolvedPlaceholder | undefined;

function renderBlock(block: SkeletonBlock, resolve: Resolve): BlockNode {
  switch (block.type) {
    case 'paragraph':
    case 'heading': {
      const content = block.content ? renderInlines(block.content, resolve) : [];
      const { content: _ignored, ...rest } = block;
      return (content.length > 0 ? { ...rest, content } : rest) as BlockNode;
    }
    case 'bulletList':
    case 'orderedList':
      return {
        ...block,
        content: block.content.map((item): ListItemNode => ({ type: 'listItem', content: item.content.map((b) => renderBlock(b, resolve)) })),
      };
    case 'blockquote':
      return { type: 'blockquote', content: block.content.map((b) => renderBlock(b, resolve)) };
    case 'pageBreak':
      return { type: 'pageBreak' };
  }
}

function renderSlot(slot: PlaceholderSlot, resolve: Resolve): InlineNode | null {
  const resolved = resolve(slot.attrs.id);
  if (!resolved)
    throw new TemplateImportError(
      'unknownPlaceholder',
      `The document refers to a placeholder "${slot.attrs.id}" this import does not have. Import the file again.`,
    );
  const { decision, marker } = resolved;
  const marks = slot.marks ? { marks: slot.marks } : {};
  switch (decision.type) {
    case 'field':
      return { type: 'mergeField', attrs: { field: decision.field, format: decision.format ?? slot.attrs.format ?? null, allowEmpty: false }, ...marks };
    case 'choice': {
      const { type: _choice, ...attrs } = decision;
      return { type: 'choice', attrs, ...marks };
    }
    case 'text':
      return decision.text === '' ? null : { type: 'text', text: decision.text, ...marks };
    case 'unmapped':
      return { type: 'text', text: marker, ...marks };
  }
}

/** Renders slots, then joins neighbouring texts with the same marks and splits over-long ones. */
function renderInlines(inlines: readonly SkeletonInline[], resolve: Resolve): InlineNode[] {
  const out: InlineNode[] = [];
  for (const inline of inlines) {
    const node = inline.type === 'placeholder' ? renderSlot(inline, resolve) : inline;
    if (!node) continue;
    const last = out.at(-1);
    if (node.type === 'text' && last?.type === 'text' && sameMarks(last.marks, node.marks)) {
      out[out.length - 1] = { ...last, text: last.text + node.text };
    } else {
      out.push(node);
    }
  }
  return out.flatMap((node) => (node.type === 'text' && node.text.length > MAX_TEXT ? splitText(node) : [node]));
}

function sameMarks(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

function splitText(node: Extract<InlineNode, { type: 'text' }>): InlineNode[] {
  const parts: InlineNode[] = [];
  for (let i = 0; i < node.text.length; i += MAX_TEXT) parts.push({ ...node, text: node.text.slice(i, i + MAX_TEXT) });
  return parts;
}

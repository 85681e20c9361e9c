import { isFactStale } from '../../facts/schemas';
import type { BlockNode, InlineNode, LetterDocument, ListItemNode } from '../document';
import type { MergeFieldId } from '../fields';
import { chooseText, conditionHolds } from './choices-and-conditions';
import { applyFormat } from './field-format';
import { fieldValues, type FieldValues } from './field-values';
import { inlineBuilder } from './inline-builder';
import type { CitedFact, MergeContext, MergeResult } from './types';

/*
 * The merge: a template or draft plus one recipient gives the letter as sent.
 * Every Letterdesk node is replaced by plain text (merge fields, choices,
 * facts) or by its content (conditions), so the result holds only the
 * standard nodes the DOCX export renders. Pure and deterministic: the same
 * document and context always give the same result, and neither is changed.
 */

interface MergeState {
  ctx: MergeContext;
  values: FieldValues;
  missing: Map<MergeFieldId, number>;
  facts: Map<string, CitedFact>;
  unresolvedChoices: number;
}

export function mergeLetter(doc: LetterDocument, ctx: MergeContext): MergeResult {
  const state: MergeState = { ctx, values: fieldValues(ctx), missing: new Map(), facts: new Map(), unresolvedChoices: 0 };
  const content = mergeBlocks(doc.content, state);
  return {
    // A document holds at least one block (ProseMirror's doc is block+).
    document: { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] },
    missing: [...state.missing].map(([field, count]) => ({ field, count })),
    facts: [...state.facts.values()],
    unresolvedChoices: state.unresolvedChoices,
  };
}

function mergeBlocks(blocks: readonly BlockNode[], state: MergeState): BlockNode[] {
  return blocks.flatMap((block) => mergeBlock(block, state));
}

/*
 * Containers that a condition emptied go too (a list item, list or quote
 * with nothing in it is not a valid ProseMirror node), but a paragraph stays,
 * even empty: blank lines are the author's.
 */
function mergeBlock(block: BlockNode, state: MergeState): BlockNode[] {
  switch (block.type) {
    case 'paragraph': {
      const content = mergeInline(block.content, state);
      return [{ type: 'paragraph', ...(block.attrs ? { attrs: { ...block.attrs } } : {}), ...(content.length > 0 ? { content } : {}) }];
    }
    case 'heading': {
      const content = mergeInline(block.content, state);
      return [{ type: 'heading', attrs: { ...block.attrs }, ...(content.length > 0 ? { content } : {}) }];
    }
    case 'bulletList': {
      const content = mergeItems(block.content, state);
      return content.length > 0 ? [{ type: 'bulletList', content }] : [];
    }
    case 'orderedList': {
      const content = mergeItems(block.content, state);
      return content.length > 0 ? [{ type: 'orderedList', ...(block.attrs ? { attrs: { ...block.attrs } } : {}), content }] : [];
    }
    case 'blockquote': {
      const content = mergeBlocks(block.content, state);
      return content.length > 0 ? [{ type: 'blockquote', content }] : [];
    }
    case 'pageBreak':
      return [{ type: 'pageBreak' }];
    case 'condition':
      return conditionHolds(block.attrs.test, block.attrs.negate, state.ctx) ? mergeBlocks(block.content, state) : [];
  }
}

function mergeItems(items: readonly ListItemNode[], state: MergeState): ListItemNode[] {
  return items.flatMap((item): ListItemNode[] => {
    const content = mergeBlocks(item.content, state);
    return content.length > 0 ? [{ type: 'listItem', content }] : [];
  });
}

function mergeInline(nodes: readonly InlineNode[] | undefined, state: MergeState): InlineNode[] {
  const out = inlineBuilder();
  for (const node of nodes ?? []) {
    switch (node.type) {
      case 'text':
        out.text(node.text, node.marks);
        break;
      case 'hardBreak':
        out.hardBreak();
        break;
      case 'mergeField': {
        const { field, format, allowEmpty } = node.attrs;
        const value = applyFormat(state.values(field), format, state.ctx.language);
        if (value !== '') out.value(value, node.marks);
        else {
          out.gap();
          if (allowEmpty !== true) state.missing.set(field, (state.missing.get(field) ?? 0) + 1);
        }
        break;
      }
      case 'choice': {
        const { text, unresolved } = chooseText(node, state.ctx);
        if (unresolved) state.unresolvedChoices += 1;
        if (text !== '') out.value(text, node.marks);
        else out.gap();
        break;
      }
      case 'fact': {
        const text = citeFact(node.attrs.factId, state);
        if (state.ctx.keepFacts === true) out.node(node);
        else if (text !== '') out.value(text, node.marks);
        else out.gap();
        break;
      }
    }
  }
  return out.finish();
}

/** Records the citation and returns the fact's text ('' when it is not in the library). */
function citeFact(id: string, state: MergeState): string {
  const fact = state.ctx.facts.get(id);
  if (!state.facts.has(id)) {
    state.facts.set(
      id,
      fact
        ? {
            id,
            stale: isFactStale(fact, state.ctx.today),
            missing: false,
            sourceName: fact.sourceName,
            ...(fact.sourceUrl ? { sourceUrl: fact.sourceUrl } : {}),
            asOf: fact.asOf,
          }
        : { id, stale: false, missing: true },
    );
  }
  return fact?.text.trim() ?? '';
}

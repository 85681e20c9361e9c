import type { BlockNode, InlineNode, LetterDocument } from '../document';
import type { MergeFieldId } from '../fields';

export interface DocumentFields {
  /** Each merge field used, once, in order of first use. */
  fields: MergeFieldId[];
  /** Each fact cited, once, in order of first use. */
  factIds: string[];
}

/**
 * What a template uses, in every branch of every condition: for the editor's
 * lists and for telling whether a template's change touches a draft.
 */
export function documentFields(doc: LetterDocument): DocumentFields {
  const fields = new Set<MergeFieldId>();
  const factIds = new Set<string>();
  const inline = (nodes: readonly InlineNode[] | undefined) => {
    for (const node of nodes ?? []) {
      if (node.type === 'mergeField') fields.add(node.attrs.field);
      else if (node.type === 'fact') factIds.add(node.attrs.factId);
    }
  };
  const blocks = (nodes: readonly BlockNode[]) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'paragraph':
        case 'heading':
          inline(node.content);
          break;
        case 'bulletList':
        case 'orderedList':
          for (const item of node.content) blocks(item.content);
          break;
        case 'blockquote':
        case 'condition':
          blocks(node.content);
          break;
        case 'pageBreak':
          break;
      }
    }
  };
  blocks(doc.content);
  return { fields: [...fields], factIds: [...factIds] };
}

import type { BlockNode, LetterDocument } from '../document';

/*
 * Whether a document is still a template (merge fields, alternatives,
 * conditions) or a letter already resolved for one recipient, as a hand edit
 * is now. Facts do not count: a resolved letter keeps them live.
 */

function blockHolds(block: BlockNode): boolean {
  switch (block.type) {
    case 'condition':
      return true;
    case 'paragraph':
    case 'heading':
      return (block.content ?? []).some((node) => node.type === 'mergeField' || node.type === 'choice');
    case 'bulletList':
    case 'orderedList':
      return block.content.some((item) => item.content.some(blockHolds));
    case 'blockquote':
      return block.content.some(blockHolds);
    case 'pageBreak':
      return false;
  }
}

/** True when the document holds a merge field, an alternative or a condition anywhere. */
export function holdsTemplateNodes(doc: LetterDocument): boolean {
  return doc.content.some(blockHolds);
}

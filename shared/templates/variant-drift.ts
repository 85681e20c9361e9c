import type { BlockNode, LetterDocument } from '../letter/document';
import { documentFields } from '../letter/merge/document-fields';
import type { MergeFieldId } from '../letter/fields';
import type { Language } from '../recipients/schemas';

/*
 * Whether the language versions of a template still say the same thing in
 * the same shape. Translations differ in every word, so the text is not
 * compared: the outline is (paragraphs, headings, list items, quotes,
 * conditions and page breaks, blank lines left out), and so are the merge
 * fields and facts each version uses. A paragraph added to one version only,
 * or a field used in one only, is drift.
 */

export interface VariantDrift {
  language: Language;
  /** Blocks with text in this version and in the reference one. */
  blocks: number;
  referenceBlocks: number;
  /** The outlines differ even where the counts agree (a heading in one, a paragraph in the other). */
  outlineDiffers: boolean;
  /** Fields and facts used here but not in the reference version, and the other way round. */
  onlyHere: { fields: MergeFieldId[]; facts: string[] };
  missingHere: { fields: MergeFieldId[]; facts: string[] };
}

const isBlank = (block: BlockNode) => block.type === 'paragraph' && (block.content ?? []).every((n) => n.type === 'text' && n.text.trim() === '');

function outline(blocks: readonly BlockNode[]): string[] {
  return blocks.flatMap((block): string[] => {
    if (isBlank(block)) return [];
    switch (block.type) {
      case 'paragraph':
        return ['p'];
      case 'heading':
        return [`h${block.attrs.level}`];
      case 'bulletList':
      case 'orderedList':
        return block.content.flatMap((item) => ['li', ...outline(item.content).slice(1)]);
      case 'blockquote':
        return ['quote(', ...outline(block.content), ')'];
      case 'condition':
        return [`if ${JSON.stringify(block.attrs)}(`, ...outline(block.content), ')'];
      case 'pageBreak':
        return ['page'];
    }
  });
}

const blockCount = (items: readonly string[]) => items.filter((x) => x !== ')' && !x.endsWith('(')).length;
const minus = <T>(a: readonly T[], b: readonly T[]) => a.filter((x) => !b.includes(x));

/** Each version that drifted from the reference one (the default language), in the order given. */
export function variantDrift(variants: readonly { language: Language; document: LetterDocument }[], reference: Language): VariantDrift[] {
  const ref = variants.find((v) => v.language === reference);
  if (!ref) return [];
  const refOutline = outline(ref.document.content);
  const refUses = documentFields(ref.document);
  return variants.flatMap((variant): VariantDrift[] => {
    if (variant.language === reference) return [];
    const mine = outline(variant.document.content);
    const uses = documentFields(variant.document);
    const drift: VariantDrift = {
      language: variant.language,
      blocks: blockCount(mine),
      referenceBlocks: blockCount(refOutline),
      outlineDiffers: mine.join('\n') !== refOutline.join('\n'),
      onlyHere: { fields: minus(uses.fields, refUses.fields), facts: minus(uses.factIds, refUses.factIds) },
      missingHere: { fields: minus(refUses.fields, uses.fields), facts: minus(refUses.factIds, uses.factIds) },
    };
    const fieldsDiffer = [drift.onlyHere, drift.missingHere].some((x) => x.fields.length + x.facts.length > 0);
    return drift.outlineDiffers || fieldsDiffer ? [drift] : [];
  });
}

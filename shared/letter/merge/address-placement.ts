import type { BlockNode, LetterDocument } from '../document';
import { documentFields } from './document-fields';

/*
 * A letter prints the recipient's address block once. The export (and the
 * preview) print it above the text, after the place and date; a letter whose
 * own text holds the address-block field (an imported letter, whose address
 * lines became that field) must not get a second one.
 */

export interface AddressPlacement {
  /** The text to merge: without its opening address-block paragraph when that one is taken into the address's place. */
  body: LetterDocument;
  /** Print the address block above the text (false: the text prints it where the author put it). */
  frame: boolean;
}

const isAddressParagraph = (block: BlockNode): boolean =>
  block.type === 'paragraph' &&
  block.content?.length === 1 &&
  block.content[0]!.type === 'mergeField' &&
  block.content[0]!.attrs.field === 'recipient.addressBlock';

const isEmptyParagraph = (block: BlockNode): boolean => block.type === 'paragraph' && (block.content ?? []).length === 0;

/**
 * Where the address goes. The text opening with the address-block field alone
 * (as an import makes it) is the usual place: that paragraph is taken out and
 * the address printed in the letter's own address style. The field anywhere
 * else stays where it is, and no second block is printed.
 */
export function addressPlacement(doc: LetterDocument): AddressPlacement {
  const first = doc.content.findIndex((block) => !isEmptyParagraph(block));
  if (first >= 0 && isAddressParagraph(doc.content[first]!)) {
    const rest = doc.content.filter((_, i) => i !== first);
    const body: LetterDocument = { type: 'doc', content: rest.length > 0 ? rest : [{ type: 'paragraph' }] };
    // A second address-block field further down still prints there: then none above.
    return { body, frame: !documentFields(body).fields.includes('recipient.addressBlock') };
  }
  return { body: doc, frame: !documentFields(doc).fields.includes('recipient.addressBlock') };
}

import type { Paragraph } from 'docx';
import type { BlockNode } from '../../../shared/letter/document';
import type { Labels } from './labels';

/** A footnote reference to place in a paragraph, after `offset` characters of its text. */
export interface Anchor {
  offset: number;
  note: Paragraph[];
}

/** What rendering one letter needs to know besides the node at hand. */
export interface LetterContext {
  labels: Labels;
  /** The letter's w:lang on every run, when it differs from the document's default (combined files). */
  runLanguage?: string;
  /** A new numbering instance for each list, unique in the whole file, so every list counts from its start. */
  nextListInstance: () => number;
  /** Footnotes by the paragraph or heading node they are anchored in. */
  anchors: ReadonlyMap<BlockNode, readonly Anchor[]>;
  /** A page break waits for the next paragraph (as "page break before"), so no empty line starts the page. */
  pendingPageBreak: boolean;
}

export function counter(): () => number {
  let n = 0;
  return () => ++n;
}

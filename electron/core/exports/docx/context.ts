import type { BlockNode } from '../../../../shared/letter/document';
import type { Labels } from './labels';
import type { ListKind } from './styles';
import type { ExportImage } from './types';

/*
 * A letter is first built as plain blocks (paragraphs and tables of runs), then
 * written out as WordprocessingML by xml.ts and measured by measure.ts:
 * one description, two readers, and no object model per element.
 */

/** A run of text and its formatting (sizes in half-points). */
export interface Run {
  k: 'r';
  text: string;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  size?: number;
  color?: string;
  /** A character style, e.g. "Hyperlink". */
  style?: string;
  /** Right-to-left text (w:rtl). */
  rtl?: boolean;
  /** w:lang, when it differs from the document's default. */
  lang?: string;
}

/** An inline picture, its size in EMU. */
export interface Picture {
  k: 'img';
  image: ExportImage;
  cx: number;
  cy: number;
  alt: string;
}

/** A field such as PAGE, with the result it shows until a reader updates it. */
export interface Field {
  k: 'field';
  instr: string;
  result?: string;
  format: Omit<Run, 'k' | 'text'>;
}

export type Inline =
  | Run
  | Picture
  | Field
  | { k: 'br' }
  | { k: 'pageBreak' }
  | { k: 'note'; id: number; body: Para[] }
  /** The footnote's own number, at the start of its text. */
  | { k: 'noteMark' }
  | { k: 'link'; href: string; runs: Run[] };

export type Align = 'left' | 'center' | 'right' | 'both';

export interface Para {
  k: 'p';
  style?: string;
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
  list?: { numId: number; level: number };
  /** A thin grey rule under the paragraph (the letterhead's). */
  rule?: boolean;
  before?: number;
  after?: number;
  /** Left indent in twips. */
  indent?: number;
  /** An empty paragraph 1 pt tall: the one that ends a section after a table, so it never spills onto a page of its own. */
  hairline?: boolean;
  align?: Align;
  kids: Inline[];
}

/** A borderless table of equal columns whose rows never split across pages (the signers). */
export interface Table {
  k: 'tbl';
  columns: number;
  rows: Para[][][];
}

export type Block = Para | Table;

/** A footnote reference to place in a paragraph, after `offset` characters of its text. */
export interface Anchor {
  offset: number;
  note: Para[];
}

/** What a letter needs from the file it is written into. */
export interface FileServices {
  /** A new list instance, unique in the whole file, so every list counts from its start. */
  newList: (kind: ListKind, level: number, start: number) => number;
  /** Registers a footnote and gives its id. */
  newFootnote: (body: Para[]) => number;
}

/** What rendering one letter needs to know besides the node at hand. */
export interface LetterContext {
  labels: Labels;
  /** The letter's w:lang on every run, when it differs from the document's default (combined files). */
  runLanguage?: string;
  file: FileServices;
  /** Footnotes by the paragraph or heading node they are anchored in. */
  anchors: ReadonlyMap<BlockNode, readonly Anchor[]>;
  /** A page break waits for the next paragraph (as "page break before"), so no empty line starts the page. */
  pendingPageBreak: boolean;
}

/** A paragraph. */
export const para = (kids: Inline[], props: Omit<Para, 'k' | 'kids'> = {}): Para => ({ k: 'p', ...props, kids });

import type { Language } from '../../../../shared/recipients/schemas';
import type { InlineNode, LetterDocument, Mark } from '../../../../shared/letter/document';
import type { MergeFieldId } from '../../../../shared/letter/fields';
import type { FieldFormat } from '../../../../shared/letter/merge/field-format';
import type { TemplateVoice } from '../../../../shared/templates/schemas';
import type { LetterParts } from './letter-parts';
import type { ImportWarning } from './template-import-errors';

export type TemplateFormat = 'docx' | 'txt' | 'md' | 'html';

export interface ImportTemplateOptions {
  /** The letter language; detected from the text when not given. */
  language?: Language;
}

type ChoiceAttrs = Extract<InlineNode, { type: 'choice' }>['attrs'];

/** What a placeholder becomes in the document. */
export type PlaceholderMapping = { type: 'field'; field: MergeFieldId; format?: FieldFormat } | ({ type: 'choice' } & ChoiceAttrs) | { type: 'unmapped' };

/** A reviewer's decision: a mapping, or plain text typed in its place ('' removes it). */
export type PlaceholderDecision = PlaceholderMapping | { type: 'text'; text: string };

export interface DetectedPlaceholder {
  /** Stable within one import: "p1", "p2"… in order of first appearance. */
  id: string;
  /**
   * As written: "[COUNTRY]", "His/Her Excellency", "the Republic of **COUNTRY**".
   * Bold all-caps text is written "**COUNTRY**" whatever the format, so a
   * bold "COUNTRY" in Word and "**COUNTRY**" typed in a text file read alike.
   */
  raw: string;
  kind: 'marker' | 'alternative';
  occurrences: number;
  mapping: PlaceholderMapping;
  /** The text left in `document` while unmapped: "[[COUNTRY]]". */
  marker: string;
}

/**
 * The imported document with every placeholder occurrence kept as a slot.
 * applyPlaceholderMappings renders it again with the reviewer's decisions;
 * keep it with the import, it is not meant for display.
 */
export interface PlaceholderSlot {
  type: 'placeholder';
  attrs: { id: string; format?: FieldFormat };
  marks?: Mark[];
}
export type SkeletonInline = InlineNode | PlaceholderSlot;
type Align = 'left' | 'center' | 'right' | 'justify';
export type SkeletonBlock =
  | { type: 'paragraph'; attrs?: { textAlign?: Align | null }; content?: SkeletonInline[] }
  | { type: 'heading'; attrs: { level: 1 | 2 | 3 }; content?: SkeletonInline[] }
  | { type: 'bulletList'; content: SkeletonListItem[] }
  | { type: 'orderedList'; attrs?: { start?: number }; content: SkeletonListItem[] }
  | { type: 'blockquote'; content: SkeletonBlock[] }
  | { type: 'pageBreak' };
export interface SkeletonListItem {
  type: 'listItem';
  content: SkeletonBlock[];
}
export interface TemplateSkeleton {
  type: 'doc';
  content: SkeletonBlock[];
}

export interface TemplateImport {
  format: TemplateFormat;
  /** Mapped placeholders as mergeField/choice nodes; unmapped ones as their `marker` text. */
  document: LetterDocument;
  /** Everything detected, mapped or not, in order of first appearance. */
  placeholders: DetectedPlaceholder[];
  warnings: ImportWarning[];
  /** From the first heading, else the file name. */
  suggestedName: string;
  /** Detected, unless given in the options. */
  language: Language;
  skeleton: TemplateSkeleton;
  /** The address lines found at the top, and whether a salutation and a close are missing: the review's proposals. */
  parts: LetterParts;
  /** "plural" when the letter speaks as "we" (its close should too), else "auto". */
  voice: TemplateVoice;
}

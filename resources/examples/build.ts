import type { BlockNode, ConditionTest, InlineNode, LetterDocument, ListItemNode } from '../../shared/letter/document';
import type { MergeFieldId } from '../../shared/letter/fields';
import { OFFICE_TYPES, type OfficeType } from '../../shared/protocol/types';

/*
 * Small builders for the example templates, so their content reads as prose
 * rather than nested JSON. Each returns exactly what `letterDocumentSchema`
 * produces on parsing (defaults filled in), so a parsed example deep-equals
 * the one written here.
 */

type MergeFieldNode = Extract<InlineNode, { type: 'mergeField' }>;
type ChoiceNode = Extract<InlineNode, { type: 'choice' }>;
type FieldFormat = MergeFieldNode['attrs']['format'];

/** Inline content: a plain string becomes a text node. */
export type Inline = string | InlineNode;

function inline(parts: readonly Inline[]): InlineNode[] {
  return parts.map((part) => (typeof part === 'string' ? { type: 'text', text: part } : part));
}

export function doc(...content: BlockNode[]): LetterDocument {
  return { type: 'doc', content };
}

export function p(...parts: Inline[]): BlockNode {
  return { type: 'paragraph', content: inline(parts) };
}

export function bold(text: string): InlineNode {
  return { type: 'text', text, marks: [{ type: 'bold' }] };
}

export function italic(text: string): InlineNode {
  return { type: 'text', text, marks: [{ type: 'italic' }] };
}

export function field(id: MergeFieldId, options: { format?: FieldFormat; allowEmpty?: boolean } = {}): MergeFieldNode {
  return { type: 'mergeField', attrs: { field: id, format: options.format ?? null, allowEmpty: options.allowEmpty ?? false } };
}

export type ChoiceSpec =
  | { by: 'gender'; options: { female?: string; male?: string; unspecified?: string }; other: string }
  | { by: 'officeType'; options: Partial<Record<OfficeType, string>>; other: string };

/**
 * Alternatives per recipient; `other` should be non-empty so that every
 * recipient gets a sentence. For office types, every type without an option
 * of its own is given `other` explicitly: `choiceNodeSchema` declares its
 * options with `z.record` over an enum, which zod 4 treats as exhaustive, so a
 * partial set of options would not validate. The merged text is the same.
 */
export function choice(spec: ChoiceSpec): ChoiceNode {
  if (spec.by === 'gender') return { type: 'choice', attrs: spec };
  const options = Object.fromEntries(OFFICE_TYPES.map((office) => [office, spec.options[office] ?? spec.other])) as Record<OfficeType, string>;
  return { type: 'choice', attrs: { by: 'officeType', options, other: spec.other } };
}

/** Blocks kept only when `test` holds (or, with `negate`, only when it does not). */
export function condition(test: ConditionTest, content: BlockNode[], negate = false): BlockNode {
  return { type: 'condition', attrs: { test, negate }, content };
}

/** Each item is one paragraph of inline parts (a string or an array of parts). */
function items(list: ReadonlyArray<string | readonly Inline[]>): ListItemNode[] {
  return list.map((item) => ({ type: 'listItem', content: [p(...(typeof item === 'string' ? [item] : item))] }));
}

export function bullets(list: ReadonlyArray<string | readonly Inline[]>): BlockNode {
  return { type: 'bulletList', content: items(list) };
}

export function numbered(list: ReadonlyArray<string | readonly Inline[]>): BlockNode {
  return { type: 'orderedList', content: items(list) };
}

import * as z from 'zod';
import { GENDERS, LANGUAGES, officeTypeSchema } from '../recipients/schemas';
import { GROUP_IDS } from '../protocol/types';
import { MERGE_FIELD_IDS } from './fields';

/*
 * The letter document model: a subset of ProseMirror/TipTap JSON, so the
 * editor stores its own document as is, plus four Letterdesk nodes:
 *
 * - mergeField (inline): a value from the recipient, country, sender,
 *   campaign or date, e.g. {field: "recipient.honorific", format: "upper"}.
 * - choice (inline): alternatives chosen per recipient, by gender ("His" /
 *   "Her") or by office type ("President" / "Prime Minister").
 * - condition (block): blocks kept only when a test holds (office type,
 *   letter language, group membership).
 * - fact (inline): a reusable figure or quote from the facts library, with
 *   its source, merged as its current text.
 *
 * Templates, drafts and the merge engine all speak this model; the DOCX
 * export renders merged documents, which contain only standard nodes.
 */

export const MARK_TYPES = ['bold', 'italic', 'underline', 'link'] as const;

export const markSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('bold') }),
  z.strictObject({ type: z.literal('italic') }),
  z.strictObject({ type: z.literal('underline') }),
  z.strictObject({
    type: z.literal('link'),
    // Only web and mail links: a letter never links to a local file or script.
    attrs: z
      .object({
        href: z
          .string()
          .max(2000)
          .regex(/^(https?:|mailto:)/i),
      })
      .passthrough(),
  }),
]);
export type Mark = z.infer<typeof markSchema>;

export const FIELD_FORMATS = ['upper', 'lower', 'capitalize'] as const;

export const textNodeSchema = z.strictObject({
  type: z.literal('text'),
  text: z.string().min(1).max(100_000),
  marks: z.array(markSchema).max(8).optional(),
});

export const mergeFieldNodeSchema = z.strictObject({
  type: z.literal('mergeField'),
  attrs: z.strictObject({
    field: z.enum(MERGE_FIELD_IDS),
    format: z.enum(FIELD_FORMATS).nullable().default(null),
    /** Explicitly allowed to stay empty: a missing value then does not block export. */
    allowEmpty: z.boolean().default(false),
  }),
  marks: z.array(markSchema).max(8).optional(),
});

/** Alternatives: by gender (female/male/unspecified) or by office type; `other` when none applies. */
export const choiceNodeSchema = z.strictObject({
  type: z.literal('choice'),
  attrs: z.discriminatedUnion('by', [
    z.strictObject({
      by: z.literal('gender'),
      options: z.strictObject(
        Object.fromEntries(GENDERS.map((g) => [g, z.string().max(500).optional()])) as Record<(typeof GENDERS)[number], z.ZodOptional<z.ZodString>>,
      ),
      other: z.string().max(500).default(''),
    }),
    z.strictObject({
      by: z.literal('officeType'),
      options: z.partialRecord(officeTypeSchema, z.string().max(500)),
      other: z.string().max(500).default(''),
    }),
  ]),
  marks: z.array(markSchema).max(8).optional(),
});

export const factNodeSchema = z.strictObject({
  type: z.literal('fact'),
  attrs: z.strictObject({ factId: z.string().max(64) }),
  marks: z.array(markSchema).max(8).optional(),
});

export const inlineNodeSchema = z.union([
  textNodeSchema,
  mergeFieldNodeSchema,
  choiceNodeSchema,
  factNodeSchema,
  z.strictObject({ type: z.literal('hardBreak') }),
]);
export type InlineNode = z.infer<typeof inlineNodeSchema>;

export const conditionTestSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('officeType'), in: z.array(officeTypeSchema).min(1) }),
  z.strictObject({ kind: z.literal('language'), in: z.array(z.enum(LANGUAGES)).min(1) }),
  z.strictObject({ kind: z.literal('group'), group: z.enum(GROUP_IDS) }),
]);
export type ConditionTest = z.infer<typeof conditionTestSchema>;

const inlineContent = z.array(inlineNodeSchema).max(10_000).optional();

export type BlockNode =
  | { type: 'paragraph'; attrs?: { textAlign?: 'left' | 'center' | 'right' | 'justify' | null }; content?: InlineNode[] }
  | { type: 'heading'; attrs: { level: 1 | 2 | 3 }; content?: InlineNode[] }
  | { type: 'bulletList'; content: ListItemNode[] }
  | { type: 'orderedList'; attrs?: { start?: number }; content: ListItemNode[] }
  | { type: 'blockquote'; content: BlockNode[] }
  | { type: 'pageBreak' }
  | { type: 'condition'; attrs: { test: ConditionTest; negate: boolean }; content: BlockNode[] };
export type ListItemNode = { type: 'listItem'; content: BlockNode[] };

export const blockNodeSchema: z.ZodType<BlockNode> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('paragraph'),
      attrs: z.object({ textAlign: z.enum(['left', 'center', 'right', 'justify']).nullable().optional() }).optional(),
      content: inlineContent,
    }),
    z.strictObject({ type: z.literal('heading'), attrs: z.object({ level: z.union([z.literal(1), z.literal(2), z.literal(3)]) }), content: inlineContent }),
    z.strictObject({ type: z.literal('bulletList'), content: z.array(listItemSchema).max(5_000) }),
    z.strictObject({
      type: z.literal('orderedList'),
      attrs: z.object({ start: z.number().int().min(0).optional() }).optional(),
      content: z.array(listItemSchema).max(5_000),
    }),
    z.strictObject({ type: z.literal('blockquote'), content: z.array(blockNodeSchema).max(5_000) }),
    z.strictObject({ type: z.literal('pageBreak') }),
    z.strictObject({
      type: z.literal('condition'),
      attrs: z.strictObject({ test: conditionTestSchema, negate: z.boolean().default(false) }),
      content: z.array(blockNodeSchema).max(5_000),
    }),
  ]),
) as z.ZodType<BlockNode>;

const listItemSchema: z.ZodType<ListItemNode> = z.lazy(() =>
  z.strictObject({ type: z.literal('listItem'), content: z.array(blockNodeSchema).min(1).max(1_000) }),
) as z.ZodType<ListItemNode>;

export const letterDocumentSchema = z.strictObject({
  type: z.literal('doc'),
  content: z.array(blockNodeSchema).max(20_000),
});
export type LetterDocument = z.infer<typeof letterDocumentSchema>;

export const emptyDocument = (): LetterDocument => ({ type: 'doc', content: [{ type: 'paragraph' }] });

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENDERS, LANGUAGES, type AddressOverrides } from '../../../shared/recipients/schemas';
import { letterDocumentSchema, type BlockNode, type ConditionTest, type InlineNode, type LetterDocument, type Mark } from '../../../shared/letter/document';
import { MERGE_FIELD_IDS } from '../../../shared/letter/fields';
import { mergeLetter, plainText, type MergeContext } from '../../../shared/letter/merge';
import { GROUP_IDS, listCountries, OFFICE_TYPES } from '../../../shared/protocol';
import { makeFact } from './doc-builders';

/*
 * Properties of the merge over random letters and random recipients in any
 * of the 195 states, any gender, office and language.
 */

// ---- documents -------------------------------------------------------------

const markArb: fc.Arbitrary<Mark[] | undefined> = fc.option(
  fc.subarray<Mark>([{ type: 'bold' }, { type: 'italic' }, { type: 'underline' }, { type: 'link', attrs: { href: 'https://example.org/a' } }], {
    minLength: 1,
  }),
  { nil: undefined },
);
const withMarks = <T extends object>(node: T, marks: Mark[] | undefined): T => (marks ? { ...node, marks } : node);

// Sentinels mark where each merge field sits; random text never contains them.
const textArb = fc
  .oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), fc.constantFrom(' ', ', ', ' and ', '.', '  '))
  .filter((s) => s.length > 0 && !/[⟦⟧]/.test(s));
const optionText = fc.oneof(fc.constantFrom('', 'His', 'Her', 'Their', 'President'), fc.string({ maxLength: 8 }));

const inlineArb: fc.Arbitrary<InlineNode> = fc.oneof(
  fc.tuple(textArb, markArb).map(([text, marks]) => withMarks<InlineNode>({ type: 'text', text }, marks)),
  fc.constant<InlineNode>({ type: 'hardBreak' }),
  fc
    .record({
      field: fc.constantFrom(...MERGE_FIELD_IDS),
      format: fc.constantFrom(null, 'upper', 'lower', 'capitalize'),
      allowEmpty: fc.boolean(),
      marks: markArb,
    })
    .map(({ marks, ...attrs }) => withMarks<InlineNode>({ type: 'mergeField', attrs }, marks)),
  fc
    .record({ options: fc.record({ female: optionText, male: optionText, unspecified: optionText }, { requiredKeys: [] }), other: optionText, marks: markArb })
    .map(({ marks, options, other }) => withMarks<InlineNode>({ type: 'choice', attrs: { by: 'gender', options, other } }, marks)),
  fc
    .record({ options: fc.dictionary(fc.constantFrom(...OFFICE_TYPES), optionText), other: optionText, marks: markArb })
    .map(({ marks, options, other }) => withMarks({ type: 'choice', attrs: { by: 'officeType', options, other } } as InlineNode, marks)),
  fc.tuple(fc.constantFrom('current', 'stale', 'deleted'), markArb).map(([factId, marks]) => withMarks<InlineNode>({ type: 'fact', attrs: { factId } }, marks)),
);

const testArb: fc.Arbitrary<ConditionTest> = fc.oneof(
  fc.uniqueArray(fc.constantFrom(...OFFICE_TYPES), { minLength: 1 }).map((list) => ({ kind: 'officeType' as const, in: list })),
  fc.uniqueArray(fc.constantFrom(...LANGUAGES), { minLength: 1 }).map((list) => ({ kind: 'language' as const, in: list })),
  fc.constantFrom(...GROUP_IDS).map((group) => ({ kind: 'group' as const, group })),
);

const { block: blockArb } = fc.letrec<{ block: BlockNode; item: { type: 'listItem'; content: BlockNode[] } }>((tie) => ({
  block: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'block' },
    fc.array(inlineArb, { maxLength: 8 }).map((content): BlockNode => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' })),
    fc
      .tuple(fc.constantFrom(1 as const, 2 as const, 3 as const), fc.array(inlineArb, { maxLength: 4 }))
      .map(([level, content]): BlockNode => ({ type: 'heading', attrs: { level }, content })),
    fc.constant<BlockNode>({ type: 'pageBreak' }),
    fc.array(tie('item'), { minLength: 1, maxLength: 3 }).map((content): BlockNode => ({ type: 'bulletList', content })),
    fc.array(tie('item'), { minLength: 1, maxLength: 3 }).map((content): BlockNode => ({ type: 'orderedList', attrs: { start: 1 }, content })),
    fc.array(tie('block'), { minLength: 1, maxLength: 3 }).map((content): BlockNode => ({ type: 'blockquote', content })),
    fc
      .record({ test: testArb, negate: fc.boolean(), content: fc.array(tie('block'), { maxLength: 3 }) })
      .map(({ content, ...attrs }): BlockNode => ({ type: 'condition', attrs, content })),
  ),
  item: fc.array(tie('block'), { minLength: 1, maxLength: 2 }).map((content) => ({ type: 'listItem' as const, content })),
}));
const docArb: fc.Arbitrary<LetterDocument> = fc.array(blockArb, { maxLength: 6 }).map((content) => ({ type: 'doc', content }));

// ---- recipients and contexts ----------------------------------------------

const countryCodes = [...listCountries().map((c) => c.alpha2), 'ZZ'];
const overrideText = fc.constantFrom('', '  ', 'Custom', 'Line one\nLine two');
const contextArb: fc.Arbitrary<MergeContext> = fc.record({
  language: fc.constantFrom(...LANGUAGES),
  recipient: fc.record({
    name: fc.constantFrom('', 'Jane Roe', 'Felipe VI', 'Ngozi Okonjo-Iweala'),
    gender: fc.constantFrom(...GENDERS),
    officeType: fc.constantFrom(...OFFICE_TYPES),
    office: fc.constantFrom('Minister of Justice', 'Mayor', 'Président', ''),
    email: fc.constantFrom('', 'office@example.org'),
    postalAddress: fc.constantFrom('', '1 Main Street\nCapital City'),
    countryCode: fc.constantFrom(...countryCodes),
    overrides: fc.record(
      { honorific: overrideText, fullTitle: overrideText, addressBlock: overrideText, salutation: overrideText, complimentaryClose: overrideText },
      { requiredKeys: [] },
    ) as fc.Arbitrary<AddressOverrides>,
  }),
  sender: fc.option(
    fc.record(
      { organisation: fc.constantFrom('', 'Rights Watch'), address: fc.constantFrom('', 'A\nB'), signerName: fc.constant('Ana'), signerTitle: fc.constant('') },
      { requiredKeys: [] },
    ),
    { nil: undefined },
  ),
  campaign: fc.option(fc.record({ name: fc.constantFrom('', 'Free the Press'), reference: fc.constant('X-1') }, { requiredKeys: [] }), { nil: undefined }),
  letterDate: fc.option(
    fc.oneof(
      fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      fc.constant('2026-13-40'),
    ),
    { nil: undefined },
  ),
  today: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
  facts: fc.constant(
    new Map([
      ['current', makeFact('current', { asOf: '2099-12-31' })],
      ['stale', makeFact('stale', { asOf: '1999-01-01' })],
    ]),
  ),
});

// ---- helpers ---------------------------------------------------------------

const LETTERDESK_NODES = new Set(['mergeField', 'choice', 'condition', 'fact']);
const STANDARD_NODES = new Set(['doc', 'text', 'hardBreak', 'paragraph', 'heading', 'bulletList', 'orderedList', 'listItem', 'blockquote', 'pageBreak']);

function nodeTypes(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => nodeTypes(n, out));
  else if (node && typeof node === 'object') {
    const { type, content } = node as { type?: unknown; content?: unknown };
    // Marks are not followed: only nodes, through `content`.
    if (typeof type === 'string') out.push(type);
    if (content) nodeTypes(content, out);
  }
  return out;
}

/** Wraps each merge field in numbered sentinels "⟦k⟧…⟦/k⟧" and returns what each k is. */
function tagFields(doc: LetterDocument): { doc: LetterDocument; tags: { field: string; allowEmpty: boolean }[] } {
  const tags: { field: string; allowEmpty: boolean }[] = [];
  const inline = (nodes: InlineNode[]): InlineNode[] =>
    nodes.flatMap((node): InlineNode[] => {
      if (node.type !== 'mergeField') return [node];
      const k = tags.push({ field: node.attrs.field, allowEmpty: node.attrs.allowEmpty }) - 1;
      return [{ type: 'text', text: `⟦${k}⟧` }, node, { type: 'text', text: `⟦/${k}⟧` }];
    });
  const block = (b: BlockNode): BlockNode => {
    if (b.type === 'paragraph' || b.type === 'heading') return b.content ? { ...b, content: inline(b.content) } : b;
    if (b.type === 'bulletList' || b.type === 'orderedList') return { ...b, content: b.content.map((item) => ({ ...item, content: item.content.map(block) })) };
    if (b.type === 'blockquote' || b.type === 'condition') return { ...b, content: b.content.map(block) } as BlockNode;
    return b;
  };
  return { doc: { ...doc, content: doc.content.map(block) }, tags };
}

/** The current schema wants every office type in an officeType choice; fill them for the sanity check only. */
function withFullOfficeChoices(doc: LetterDocument): unknown {
  return JSON.parse(JSON.stringify(doc), (_key, value: unknown) => {
    if (value && typeof value === 'object' && (value as { by?: unknown }).by === 'officeType') {
      const choice = value as { options: Record<string, string> };
      return { ...choice, options: { ...Object.fromEntries(OFFICE_TYPES.map((o) => [o, ''])), ...choice.options } };
    }
    return value;
  });
}

// ---- properties ------------------------------------------------------------

describe('merge properties', () => {
  it('generates valid letters (sanity check of the generator)', () => {
    fc.assert(
      fc.property(docArb, (doc) => letterDocumentSchema.safeParse(withFullOfficeChoices(doc)).success),
      { numRuns: 200 },
    );
  });

  it('leaves only standard nodes, and a document that validates', () => {
    fc.assert(
      fc.property(docArb, contextArb, (doc, ctx) => {
        const { document } = mergeLetter(doc, ctx);
        const types = nodeTypes(document);
        expect(types.filter((type) => LETTERDESK_NODES.has(type))).toEqual([]);
        expect(types.filter((type) => !STANDARD_NODES.has(type))).toEqual([]);
        const parsed = letterDocumentSchema.safeParse(document);
        expect(parsed.error?.issues ?? []).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('every merge field in the letter either produced text or is counted missing (unless allowEmpty)', () => {
    fc.assert(
      fc.property(docArb, contextArb, (source, ctx) => {
        const { doc, tags } = tagFields(source);
        const result = mergeLetter(doc, ctx);
        const text = plainText(result.document);
        const expected = new Map<string, number>();
        tags.forEach(({ field, allowEmpty }, k) => {
          const found = [...text.matchAll(new RegExp(`⟦${k}⟧([\\s\\S]*?)⟦/${k}⟧`, 'g'))];
          expect(found.length).toBeLessThanOrEqual(1); // 0: inside a condition that did not hold
          if (found.length === 1 && found[0][1] === '' && !allowEmpty) expected.set(field, (expected.get(field) ?? 0) + 1);
        });
        expect(new Map(result.missing.map((m) => [m.field, m.count]))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and leaves its input unchanged', () => {
    fc.assert(
      fc.property(docArb, contextArb, (doc, ctx) => {
        const before = structuredClone(doc);
        const first = mergeLetter(doc, ctx);
        expect(doc).toEqual(before);
        expect(mergeLetter(structuredClone(doc), ctx)).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it('merging a merged letter changes nothing', () => {
    fc.assert(
      fc.property(docArb, contextArb, (doc, ctx) => {
        const once = mergeLetter(doc, ctx).document;
        expect(mergeLetter(once, ctx)).toEqual({ document: once, missing: [], facts: [], unresolvedChoices: 0 });
      }),
      { numRuns: 200 },
    );
  });
});

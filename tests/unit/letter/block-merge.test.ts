import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromUnits, mergeBlocks, resolveMerge, toUnits, type BlockMerge, type ConflictChoice } from '../../../shared/letter/block-merge';
import { letterDocumentSchema, type BlockNode, type LetterDocument, type ListItemNode } from '../../../shared/letter/document';
import { plainText } from '../../../shared/letter/merge';
import { bold, doc, f, p, t } from './doc-builders';

/* The three-way merge of a hand-edited draft with its changed template, block by block. */

const item = (text: string): ListItemNode => ({ type: 'listItem', content: [p(t(text))] });
const bullets = (...texts: string[]): BlockNode => ({ type: 'bulletList', content: texts.map(item) });
const numbered = (start: number | undefined, ...texts: string[]): BlockNode => ({
  type: 'orderedList',
  ...(start === undefined ? {} : { attrs: { start } }),
  content: texts.map(item),
});
const para = (text: string) => p(t(text));
const texts = (d: LetterDocument) => plainText(d).split('\n\n');

function settle(merge: BlockMerge, choice: ConflictChoice = 'mine'): LetterDocument {
  return resolveMerge(
    merge,
    Array.from({ length: merge.conflicts }, () => choice),
  );
}

const BASE = doc(para('Dear Minister,'), para('We write about the detainees.'), para('We ask for their release.'), para('Yours sincerely,'));

describe('mergeBlocks', () => {
  it('applies a template fix and a hand edit to neighbouring paragraphs without asking', () => {
    const ours = doc(para('Dear Minister,'), para('We write to you about the 120 detainees.'), para('We ask for their release.'), para('Yours sincerely,'));
    const theirs = doc(para('Dear Minister,'), para('We write about the detainees.'), para('We ask for their immediate release.'), para('Yours sincerely,'));
    const merge = mergeBlocks(BASE, ours, theirs);
    expect(merge).toMatchObject({ conflicts: 0, fromTemplate: 1, fromOurs: 1 });
    expect(texts(settle(merge))).toEqual([
      'Dear Minister,',
      'We write to you about the 120 detainees.',
      'We ask for their immediate release.',
      'Yours sincerely,',
    ]);
  });

  it('applies insertions and deletions from both sides', () => {
    const ours = doc(
      para('Dear Minister,'),
      para('We write about the detainees.'),
      para('My own paragraph.'),
      para('We ask for their release.'),
      para('Yours sincerely,'),
    );
    const theirs = doc(para('Dear Minister,'), para('We ask for their release.'), para('Yours sincerely,'), para('P.S. A new closing note.'));
    const merged = settle(mergeBlocks(BASE, ours, theirs));
    expect(texts(merged)).toEqual(['Dear Minister,', 'My own paragraph.', 'We ask for their release.', 'Yours sincerely,', 'P.S. A new closing note.']);
  });

  it('applies a paragraph split in two by hand and a template fix to the next paragraph', () => {
    const ours = doc(para('Dear Minister,'), para('We write'), para('about the detainees.'), para('We ask for their release.'), para('Yours sincerely,'));
    const theirs = doc(para('Dear Minister,'), para('We write about the detainees.'), para('We ask for their immediate release.'), para('Yours sincerely,'));
    const merge = mergeBlocks(BASE, ours, theirs);
    expect(merge.conflicts).toBe(0);
    expect(texts(settle(merge))).toEqual(['Dear Minister,', 'We write', 'about the detainees.', 'We ask for their immediate release.', 'Yours sincerely,']);
  });

  it('asks when both changed the same paragraph, and settles it by the choice', () => {
    const ours = doc(para('Dear Minister,'), para('Mine: about the detainees.'), para('We ask for their release.'), para('Yours sincerely,'));
    const theirs = doc(para('Dear Minister,'), para('Template: about the detainees.'), para('We ask for their release.'), para('Yours truly,'));
    const merge = mergeBlocks(BASE, ours, theirs);
    expect(merge.conflicts).toBe(1);
    const conflict = merge.parts.find((part) => part.kind === 'conflict')!;
    expect(conflict).toMatchObject({ kind: 'conflict' });
    if (conflict.kind !== 'conflict') throw new Error('no conflict');
    expect(plainText(fromUnits(conflict.base))).toBe('We write about the detainees.');
    expect(plainText(fromUnits(conflict.ours))).toBe('Mine: about the detainees.');
    expect(plainText(fromUnits(conflict.theirs))).toBe('Template: about the detainees.');
    expect(texts(settle(merge, 'mine'))).toEqual(['Dear Minister,', 'Mine: about the detainees.', 'We ask for their release.', 'Yours truly,']);
    expect(texts(settle(merge, 'template'))).toEqual(['Dear Minister,', 'Template: about the detainees.', 'We ask for their release.', 'Yours truly,']);
    expect(texts(settle(merge, 'both'))).toEqual([
      'Dear Minister,',
      'Mine: about the detainees.',
      'Template: about the detainees.',
      'We ask for their release.',
      'Yours truly,',
    ]);
  });

  it('narrows overlapping replacements to the blocks both sides changed', () => {
    const base = doc(para('one'), para('two'), para('three'), para('four'));
    const ours = doc(para('one'), para('TWO mine'), para('THREE mine'), para('four'));
    const theirs = doc(para('one'), para('two'), para('THREE template'), para('FOUR template'));
    const merge = mergeBlocks(base, ours, theirs);
    expect(merge.conflicts).toBe(1);
    expect(texts(settle(merge, 'template'))).toEqual(['one', 'TWO mine', 'THREE template', 'FOUR template']);
  });

  it('asks when both inserted at the same place, but not when they inserted the same', () => {
    const same = mergeBlocks(BASE, doc(...BASE.content, para('P.S.')), doc(...BASE.content, para('P.S.')));
    expect(same.conflicts).toBe(0);
    const different = mergeBlocks(BASE, doc(...BASE.content, para('P.S. mine')), doc(...BASE.content, para('P.S. template')));
    expect(different.conflicts).toBe(1);
    expect(texts(settle(different, 'both')).slice(-2)).toEqual(['P.S. mine', 'P.S. template']);
  });

  it('merges list items one by one, keeping each list and its numbering', () => {
    const base = doc(para('We ask you to:'), numbered(undefined, 'release them', 'allow visits', 'report back'), para('Thank you.'));
    const ours = doc(para('We ask you to:'), numbered(undefined, 'release them all', 'allow visits', 'report back'), para('Thank you.'));
    const theirs = doc(
      para('We ask you to:'),
      numbered(undefined, 'release them', 'allow visits', 'report back', 'repeal the law'),
      bullets('a new note'),
      para('Thank you.'),
    );
    const merged = settle(mergeBlocks(base, ours, theirs));
    expect(merged).toEqual(
      doc(
        para('We ask you to:'),
        numbered(undefined, 'release them all', 'allow visits', 'report back', 'repeal the law'),
        bullets('a new note'),
        para('Thank you.'),
      ),
    );
  });

  it('sees a list renumbered by the template as a change to the list, not to its items', () => {
    const base = doc(numbered(undefined, 'a', 'b'));
    const ours = doc(numbered(undefined, 'a mine', 'b'));
    const theirs = doc(numbered(3, 'a', 'b'));
    expect(settle(mergeBlocks(base, ours, theirs))).toEqual(doc(numbered(3, 'a mine', 'b')));
  });

  it('does not take what the editor adds without meaning as a change', () => {
    // The editor writes `textAlign: null`, splits runs and orders keys its own way; the template was imported without.
    const base = doc(p(t('Dear '), t('Minister,')), p(t('Body text with '), t('bold', bold), t('.')), para('Yours sincerely,'));
    const ours: LetterDocument = {
      type: 'doc',
      content: [
        { attrs: { textAlign: null }, type: 'paragraph', content: [{ text: 'Dear Minister,', type: 'text' }] },
        { type: 'paragraph', attrs: { textAlign: null }, content: [t('Body text with '), t('bold', bold), t('.')] },
        { type: 'paragraph', attrs: { textAlign: null }, content: [t('Yours very sincerely,')] },
      ],
    };
    const theirs = doc(p(t('Dear '), t('Minister,')), p(t('New body text with '), t('bold', bold), t('.')), para('Yours sincerely,'));
    const merge = mergeBlocks(base, ours, theirs);
    expect(merge.conflicts).toBe(0);
    expect(texts(settle(merge))).toEqual(['Dear Minister,', 'New body text with bold.', 'Yours very sincerely,']);
  });

  it('keeps merge fields as fields', () => {
    const base = doc(p(t('Dear '), f('recipient.salutation')), para('Body.'));
    const ours = doc(p(t('Dear '), f('recipient.salutation')), para('Body, edited.'));
    const theirs = doc(p(f('recipient.salutation', { format: 'upper' })), para('Body.'));
    expect(settle(mergeBlocks(base, ours, theirs))).toEqual(doc(p(f('recipient.salutation', { format: 'upper' })), para('Body, edited.')));
  });

  it('refuses a wrong number of choices', () => {
    const merge = mergeBlocks(BASE, doc(para('mine')), doc(para('template')));
    expect(() => resolveMerge(merge, [])).toThrow(/1 conflicts but 0 choices/);
  });
});

// ---- properties ------------------------------------------------------------------

const word = fc.constantFrom('Dear', 'Minister', 'detainees', 'release', 'we', 'ask', 'Yours', 'sincerely', 'rights', 'law');
const sentence = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const paragraphArb: fc.Arbitrary<BlockNode> = fc.tuple(sentence, fc.constantFrom(undefined, null, 'center'), fc.boolean()).map(([text, align, bolded]) => ({
  type: 'paragraph',
  ...(align === undefined ? {} : { attrs: { textAlign: align } }),
  content: [bolded ? t(text, bold) : t(text)],
}));
const itemArb: fc.Arbitrary<ListItemNode> = sentence.map(item);
const blockArb: fc.Arbitrary<BlockNode> = fc.oneof(
  { weight: 5, arbitrary: paragraphArb },
  { weight: 1, arbitrary: fc.array(itemArb, { maxLength: 4 }).map((content): BlockNode => ({ type: 'bulletList', content })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }), fc.array(itemArb, { maxLength: 4 }))
      .map(([start, content]): BlockNode => ({ type: 'orderedList', ...(start === undefined ? {} : { attrs: { start } }), content })),
  },
  { weight: 1, arbitrary: sentence.map((s): BlockNode => ({ type: 'heading', attrs: { level: 2 }, content: [t(s)] })) },
  { weight: 1, arbitrary: fc.constant<BlockNode>({ type: 'pageBreak' }) },
);
const docArb = fc.array(blockArb, { maxLength: 10 }).map((content): LetterDocument => ({ type: 'doc', content }));

/** A document and an edit of it: blocks and list items removed, replaced and added. */
const editOf = (base: LetterDocument) =>
  fc.array(fc.tuple(fc.nat(), fc.constantFrom('drop', 'replace', 'insert', 'item', 'reformat'), blockArb, itemArb), { maxLength: 4 }).map((edits) => {
    const content = structuredClone(base.content);
    for (const [at, kind, block, listItem] of edits) {
      const i = content.length ? at % content.length : 0;
      if (kind === 'insert' || content.length === 0) content.splice(i, 0, block);
      else if (kind === 'drop') content.splice(i, 1);
      else if (kind === 'replace') content[i] = block;
      else if (kind === 'reformat') {
        // What an editor does to a paragraph it did not change: the same text, `textAlign: null` added or dropped.
        const target = content[i]!;
        if (target.type === 'paragraph') content[i] = target.attrs ? { type: 'paragraph', content: target.content } : { ...target, attrs: { textAlign: null } };
      } else {
        const target = content[i]!;
        if (target.type === 'bulletList' || target.type === 'orderedList') target.content.splice(at % (target.content.length + 1), 0, listItem);
        else content.splice(i, 0, block);
      }
    }
    return { type: 'doc', content } as LetterDocument;
  });
const triple = docArb.chain((base) => fc.tuple(fc.constant(base), editOf(base), editOf(base)));

describe('mergeBlocks properties', () => {
  it('units and back give the same document', () => {
    fc.assert(
      fc.property(docArb, (d) => {
        expect(fromUnits(toUnits(d))).toEqual(d);
      }),
    );
  });

  it('merge(base, x, base) is x: a template that did not change leaves the hand edit as it is', () => {
    fc.assert(
      fc.property(triple, ([base, x]) => {
        const merge = mergeBlocks(base, x, base);
        expect(merge.conflicts).toBe(0);
        expect(resolveMerge(merge, [])).toEqual(x);
      }),
    );
  });

  it('merge(base, base, y) is y: a draft that was not changed takes the template as it is', () => {
    fc.assert(
      fc.property(triple, ([base, , y]) => {
        const merge = mergeBlocks(base, base, y);
        expect(merge.conflicts).toBe(0);
        expect(resolveMerge(merge, [])).toEqual(y);
      }),
    );
  });

  it('merge(base, x, x) is x: the same change on both sides is no conflict', () => {
    fc.assert(
      fc.property(triple, ([base, x]) => {
        const merge = mergeBlocks(base, x, x);
        expect(merge.conflicts).toBe(0);
        expect(resolveMerge(merge, [])).toEqual(x);
      }),
    );
  });

  it('any choice for the conflicts gives a valid letter', () => {
    fc.assert(
      fc.property(triple, fc.constantFrom<ConflictChoice>('mine', 'template', 'both'), ([base, x, y], choice) => {
        const merged = settle(mergeBlocks(base, x, y), choice);
        expect(letterDocumentSchema.safeParse(merged).success).toBe(true);
      }),
    );
  });

  it('changes to different paragraphs of a letter all arrive, without conflict', () => {
    const distinct = fc.uniqueArray(sentence, { minLength: 2, maxLength: 12 });
    fc.assert(
      fc.property(distinct, fc.array(fc.nat(), { maxLength: 6 }), (lines, picks) => {
        const base = doc(...lines.map(para));
        // Even picks are changed by hand, odd ones by the template; each paragraph by one side at most.
        const mine = new Set(picks.filter((_, i) => i % 2 === 0).map((n) => n % lines.length));
        const template = new Set(
          picks
            .filter((_, i) => i % 2 === 1)
            .map((n) => n % lines.length)
            .filter((n) => !mine.has(n)),
        );
        const ours = doc(...lines.map((l, i) => para(mine.has(i) ? `${l} (mine)` : l)));
        const theirs = doc(...lines.map((l, i) => para(template.has(i) ? `${l} (template)` : l)));
        const merge = mergeBlocks(base, ours, theirs);
        expect(merge.conflicts).toBe(0);
        expect(resolveMerge(merge, [])).toEqual(doc(...lines.map((l, i) => para(mine.has(i) ? `${l} (mine)` : template.has(i) ? `${l} (template)` : l))));
      }),
    );
  });
});

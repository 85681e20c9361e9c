import { describe, expect, it } from 'vitest';
import { EXAMPLE_TEMPLATES } from '../../../resources/examples/example-templates';
import type { BlockNode, LetterDocument } from '../../../shared/letter/document';
import { variantDrift } from '../../../shared/templates/variant-drift';

/* The language versions of a template drift when one gains a paragraph, or a field, that the others lack. */

const p = (text: string): BlockNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const doc = (...content: BlockNode[]): LetterDocument => ({ type: 'doc', content });
const name: BlockNode = { type: 'paragraph', content: [{ type: 'mergeField', attrs: { field: 'recipient.name', format: null, allowEmpty: false } }] };

describe('variantDrift', () => {
  it('finds nothing between translations of the same outline, blank lines aside', () => {
    const en = doc(name, p('We write to you.'), p('Yours sincerely,'));
    const es = doc(name, { type: 'paragraph' }, p('Le escribimos.'), p('Atentamente,'));
    expect(
      variantDrift(
        [
          { language: 'en', document: en },
          { language: 'es', document: es },
        ],
        'en',
      ),
    ).toEqual([]);
  });

  it('reports a paragraph added to one version only, and a field used in one only', () => {
    const en = doc(name, p('We write to you.'), p('We also ask for a meeting.'), p('Yours sincerely,'));
    const es = doc(p('Señor:'), p('Le escribimos.'), p('Atentamente,'));
    expect(
      variantDrift(
        [
          { language: 'en', document: en },
          { language: 'es', document: es },
        ],
        'en',
      ),
    ).toEqual([
      {
        language: 'es',
        blocks: 3,
        referenceBlocks: 4,
        outlineDiffers: true,
        onlyHere: { fields: [], facts: [] },
        missingHere: { fields: ['recipient.name'], facts: [] },
      },
    ]);
  });

  it('finds no drift in the example templates shipped', () => {
    for (const example of EXAMPLE_TEMPLATES) {
      const variants = Object.entries(example.variants).map(([language, v]) => ({ language: language as 'en' | 'es', document: v.document }));
      expect(variantDrift(variants, example.defaultLanguage), example.key).toEqual([]);
    }
  });
});

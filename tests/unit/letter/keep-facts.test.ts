import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../shared/facts/schemas';
import type { LetterDocument } from '../../../shared/letter/document';
import { holdsTemplateNodes, mergeLetter, plainText } from '../../../shared/letter/merge';

/* A letter resolved for hand editing keeps its facts live (still cited, still checked for staleness) while every other node is settled. */

const fact: Fact = {
  id: 'f1',
  label: 'Prisoners',
  text: 'over 1,100 political prisoners',
  sourceName: 'Monitor',
  sourceUrl: '',
  asOf: '2020-01-01',
  staleAfterDays: 365,
  createdAt: 'x',
  updatedAt: 'x',
};

const doc: LetterDocument = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'mergeField', attrs: { field: 'recipient.name', format: null, allowEmpty: false } },
        { type: 'text', text: ', there are ' },
        { type: 'fact', attrs: { factId: 'f1' } },
        { type: 'text', text: '.' },
      ],
    },
  ],
};

const ctx = {
  language: 'en' as const,
  recipient: {
    name: 'Aoife Byrne',
    gender: 'female' as const,
    officeType: 'head_of_government' as const,
    office: 'Taoiseach',
    email: '',
    postalAddress: '',
    countryCode: 'IE',
    overrides: {},
  },
  today: new Date(2026, 11, 4),
  facts: new Map([[fact.id, fact]]),
};

describe('mergeLetter with keepFacts', () => {
  it('settles fields but leaves the fact node, still cited and flagged stale', () => {
    const kept = mergeLetter(doc, { ...ctx, keepFacts: true });
    expect(kept.document.content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Aoife Byrne, there are ' },
        { type: 'fact', attrs: { factId: 'f1' } },
        { type: 'text', text: '.' },
      ],
    });
    expect(holdsTemplateNodes(kept.document)).toBe(false);
    expect(kept.facts).toMatchObject([{ id: 'f1', stale: true }]);
    // Merged again for print, the fact becomes its text.
    expect(plainText(mergeLetter(kept.document, ctx).document)).toBe('Aoife Byrne, there are over 1,100 political prisoners.');
  });
});

import { describe, expect, it } from 'vitest';
import type { LetterDocument } from '../../../shared/letter/document';
import type { Recipient } from '../../../shared/recipients/schemas';
import { plainText } from '../../../shared/letter/merge';
import { mergePreview } from '../../../renderer/screens/preview/letter-merge';

/* The template preview merges the sender as saved: no "no value" alarm for the organisation it has, and the place before the date. */

const recipient: Recipient = {
  id: 'r1',
  countryCode: 'IE',
  office: 'Taoiseach',
  officeType: 'head_of_government',
  name: 'Aoife Byrne',
  gender: 'female',
  email: '',
  postalAddress: '',
  language: 'en',
  tags: [],
  notes: '',
  verifiedOn: '2026-11-01',
  overrides: {},
  toVerify: false,
  createdAt: 'x',
  updatedAt: 'x',
};

const signedBy: LetterDocument = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Yours, ' },
        { type: 'mergeField', attrs: { field: 'sender.signerName', format: null, allowEmpty: false } },
      ],
    },
    { type: 'paragraph', content: [{ type: 'mergeField', attrs: { field: 'sender.organisation', format: null, allowEmpty: false } }] },
  ],
};

const input = {
  kind: 'letter' as const,
  defaultLanguage: 'en' as const,
  variants: { en: { title: '', document: signedBy } },
  recipient,
  language: null,
  facts: [],
  today: new Date(2026, 11, 4),
};

describe('mergePreview', () => {
  it('fills the sender fields with the organisation and signer saved, and prints the place before the date', () => {
    const result = mergePreview({ ...input, sender: { organisation: 'Rights Watch', signerName: 'Maria Pérez' }, place: 'Geneva' })!;
    expect(result.missing).toEqual([]);
    expect(plainText(result.body)).toBe('Yours, Maria Pérez\n\nRights Watch');
    expect(plainText({ type: 'doc', content: result.frame!.date })).toBe('Geneva, 4 December 2026');
  });

  it('still reports a sender field the organisation has not filled in', () => {
    const result = mergePreview({ ...input, sender: { organisation: '' } })!;
    expect(result.missing.map((m) => m.field)).toEqual(['sender.signerName', 'sender.organisation']);
  });
});

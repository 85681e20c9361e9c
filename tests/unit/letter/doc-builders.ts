import type { Fact } from '../../../shared/facts/schemas';
import type { BlockNode, ConditionTest, InlineNode, LetterDocument, Mark } from '../../../shared/letter/document';
import type { MergeFieldId } from '../../../shared/letter/fields';
import type { MergeContext, MergeRecipient } from '../../../shared/letter/merge';

/*
 * Small builders for letter documents and merge contexts, so each test reads
 * as the letter it is about.
 */

export const doc = (...content: BlockNode[]): LetterDocument => ({ type: 'doc', content });
export const p = (...content: InlineNode[]): BlockNode => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' });
export const t = (text: string, ...marks: Mark[]): InlineNode => (marks.length ? { type: 'text', text, marks } : { type: 'text', text });
export const br: InlineNode = { type: 'hardBreak' };
export const bold: Mark = { type: 'bold' };
export const italic: Mark = { type: 'italic' };

export function f(field: MergeFieldId, opts: { format?: 'upper' | 'lower' | 'capitalize'; allowEmpty?: boolean; marks?: Mark[] } = {}): InlineNode {
  return {
    type: 'mergeField',
    attrs: { field, format: opts.format ?? null, allowEmpty: opts.allowEmpty ?? false },
    ...(opts.marks ? { marks: opts.marks } : {}),
  };
}

export const byGender = (options: { female?: string; male?: string; unspecified?: string }, other = ''): InlineNode => ({
  type: 'choice',
  attrs: { by: 'gender', options, other },
});

export const byOffice = (options: Partial<Record<MergeRecipient['officeType'], string>>, other = ''): InlineNode => ({
  type: 'choice',
  attrs: { by: 'officeType', options: options as Record<MergeRecipient['officeType'], string>, other },
});

export const fact = (factId: string, ...marks: Mark[]): InlineNode => ({ type: 'fact', attrs: { factId }, ...(marks.length ? { marks } : {}) });

export const when = (test: ConditionTest, content: BlockNode[], negate = false): BlockNode => ({ type: 'condition', attrs: { test, negate }, content });

export function recipient(over: Partial<MergeRecipient> = {}): MergeRecipient {
  return {
    name: 'Pedro Sánchez',
    gender: 'male',
    officeType: 'head_of_government',
    office: 'Presidente del Gobierno',
    email: 'presidente@example.es',
    postalAddress: 'Complejo de la Moncloa\n28071 Madrid',
    countryCode: 'ES',
    overrides: {},
    ...over,
  };
}

export function makeFact(id: string, over: Partial<Fact> = {}): Fact {
  return {
    id,
    label: id,
    text: 'over 1,100 political prisoners',
    sourceName: 'Freedom House',
    sourceUrl: 'https://freedomhouse.org/report',
    asOf: '2026-03-01',
    staleAfterDays: 365,
    createdAt: '2026-03-01T00:00:00Z',
    updatedAt: '2026-03-01T00:00:00Z',
    ...over,
  };
}

export function context(over: Partial<MergeContext> = {}): MergeContext {
  return {
    language: 'en',
    recipient: recipient(),
    sender: { organisation: 'Rights Watch', address: '1 Example Street\nLondon', signerName: 'Ana Ruiz', signerTitle: 'Director' },
    campaign: { name: 'Free the Press', reference: 'FTP-2026' },
    letterDate: '2026-11-22',
    today: new Date(2026, 10, 20),
    facts: new Map(),
    ...over,
  };
}

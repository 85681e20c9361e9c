import { describe, expect, it } from 'vitest';
import { mergeLetter, plainText } from '../../../shared/letter/merge';
import type { BlockNode, ConditionTest } from '../../../shared/letter/document';
import { byGender, byOffice, context, doc, f, p, recipient, t, when } from './doc-builders';

const merged = (d: ReturnType<typeof doc>, ctx = context()) => plainText(mergeLetter(d, ctx).document);

describe('choices', () => {
  const pronoun = doc(p(byGender({ female: 'Her', male: 'His' }, 'Your'), t(' government')));

  it('by gender: the option for the gender, else other', () => {
    expect(merged(pronoun, context({ recipient: recipient({ gender: 'female' }) }))).toBe('Her government');
    expect(merged(pronoun, context({ recipient: recipient({ gender: 'male' }) }))).toBe('His government');
    expect(merged(pronoun, context({ recipient: recipient({ gender: 'unspecified' }) }))).toBe('Your government');
  });

  it('an unspecified gender with no option and no other is an unresolved choice', () => {
    const d = doc(p(t('Dear '), byGender({ female: 'Madam', male: 'Sir' }), t(',')));
    const result = mergeLetter(d, context({ recipient: recipient({ gender: 'unspecified' }) }));
    expect(result.unresolvedChoices).toBe(1);
    expect(result.missing).toEqual([]);
    expect(plainText(result.document)).toBe('Dear,');
  });

  it('an option set to "" on purpose is not unresolved', () => {
    const d = doc(p(byGender({ unspecified: '' }, 'x'), t('end')));
    const result = mergeLetter(d, context({ recipient: recipient({ gender: 'unspecified' }) }));
    expect(result.unresolvedChoices).toBe(0);
    expect(plainText(result.document)).toBe('end');
  });

  it('by office type: the option for the office, else other', () => {
    const d = doc(p(t('Mr '), byOffice({ head_of_state: 'President', head_of_government: 'Prime Minister' }, 'Minister')));
    expect(merged(d, context({ recipient: recipient({ officeType: 'head_of_state' }) }))).toBe('Mr President');
    expect(merged(d, context({ recipient: recipient({ officeType: 'head_of_government' }) }))).toBe('Mr Prime Minister');
    expect(merged(d, context({ recipient: recipient({ officeType: 'foreign_minister' }) }))).toBe('Mr Minister');
    const noOther = doc(p(byOffice({ head_of_state: 'President' })));
    expect(mergeLetter(noOther, context({ recipient: recipient({ officeType: 'ambassador' }) })).unresolvedChoices).toBe(1);
  });

  it('keeps the choice node’s marks', () => {
    const d = doc(p({ type: 'choice', attrs: { by: 'gender', options: { male: 'His' }, other: '' }, marks: [{ type: 'italic' }] }));
    expect(mergeLetter(d, context()).document.content[0]).toEqual(p(t('His', { type: 'italic' })));
  });
});

describe('conditions', () => {
  const both = (test: Parameters<typeof when>[0]): BlockNode[] => [when(test, [p(t('yes'))]), when(test, [p(t('no'))], true)];

  it('by office type', () => {
    const d = doc(...both({ kind: 'officeType', in: ['head_of_state', 'head_of_government'] }));
    expect(merged(d)).toBe('yes');
    expect(merged(d, context({ recipient: recipient({ officeType: 'ambassador' }) }))).toBe('no');
  });

  it('by letter language', () => {
    const d = doc(...both({ kind: 'language', in: ['es', 'fr'] }));
    expect(merged(d, context({ language: 'es' }))).toBe('yes');
    expect(merged(d, context({ language: 'en' }))).toBe('no');
  });

  it('by group membership, with the recipient’s country', () => {
    const d = doc(...both({ kind: 'group', group: 'EU' }));
    expect(merged(d)).toBe('yes');
    expect(merged(d, context({ recipient: recipient({ countryCode: 'NO' }) }))).toBe('no');
    // An unknown country is a member of nothing.
    expect(merged(d, context({ recipient: recipient({ countryCode: 'ZZ' }) }))).toBe('no');
    // Alpha-3 codes are countries too.
    expect(merged(d, context({ recipient: recipient({ countryCode: 'esp' }) }))).toBe('yes');
  });

  it('splices the content in place, nested conditions included', () => {
    const d = doc(
      p(t('before')),
      when({ kind: 'language', in: ['en'] }, [p(t('one')), when({ kind: 'group', group: 'NATO' }, [p(t('two'))]), p()]),
      p(t('after')),
    );
    const result = mergeLetter(d, context());
    expect(result.document).toEqual(doc(p(t('before')), p(t('one')), p(t('two')), p(), p(t('after'))));
  });

  it('only fields in kept content count as missing', () => {
    const d = doc(when({ kind: 'language', in: ['fr'] }, [p(f('campaign.name'))]), p(f('sender.organisation')));
    const result = mergeLetter(d, context({ sender: undefined, campaign: undefined }));
    expect(result.missing).toEqual([{ field: 'sender.organisation', count: 1 }]);
  });

  it('drops list items, lists and quotes a condition emptied, keeps the rest', () => {
    const never: ConditionTest = { kind: 'language', in: ['fr'] };
    const d = doc(
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [when(never, [p(t('gone'))])] },
          { type: 'listItem', content: [p(t('kept'))] },
        ],
      },
      { type: 'orderedList', content: [{ type: 'listItem', content: [when(never, [p(t('gone'))])] }] },
      { type: 'blockquote', content: [when(never, [p(t('gone'))])] },
      when(never, [p(t('gone'))]),
    );
    expect(mergeLetter(d, context()).document).toEqual(doc({ type: 'bulletList', content: [{ type: 'listItem', content: [p(t('kept'))] }] }));
  });

  it('a letter that is all excluded content merges to one empty paragraph', () => {
    const d = doc(when({ kind: 'language', in: ['fr'] }, [p(t('x'))]));
    expect(mergeLetter(d, context()).document).toEqual(doc(p()));
  });
});

import { describe, expect, it } from 'vitest';
import { documentFields, plainText } from '../../../shared/letter/merge';
import { br, byGender, byOffice, doc, f, fact, p, t, when } from './doc-builders';

describe('plainText', () => {
  it('separates blocks by blank lines and prefixes list items', () => {
    const d = doc(
      { type: 'heading', attrs: { level: 1 }, content: [t('Title')] },
      p(t('one'), br, t('two')),
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [p(t('a'))] },
          { type: 'listItem', content: [p(t('b')), p(t('b2'))] },
        ],
      },
      { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [p(t('c'))] }] },
      { type: 'blockquote', content: [p(t('q'))] },
      { type: 'pageBreak' },
      p(),
    );
    expect(plainText(d)).toBe('Title\n\none\ntwo\n\n• a\n• b\n\n  b2\n\n3. c\n\n> q\n\n\f\n\n');
  });

  it('shows an unmerged template’s placeholders', () => {
    const d = doc(
      p(
        f('recipient.name', { format: 'upper' }),
        t(' '),
        byGender({ female: 'Her', male: 'His' }),
        t(' '),
        byOffice({ ambassador: 'Ambassador' }, 'Minister'),
        t(' '),
        fact('f1'),
      ),
      when({ kind: 'group', group: 'EU' }, [p(t('eu'))], true),
    );
    expect(plainText(d)).toBe(
      '{recipient.name|upper} {gender: female "Her" | male "His" | other ""} {officeType: ambassador "Ambassador" | other "Minister"} {fact:f1}\n\n[if not member of EU]\neu\n[end if]',
    );
  });
});

describe('documentFields', () => {
  it('lists each field and fact once, in order of first use, in every branch', () => {
    const d = doc(p(f('recipient.salutation'), fact('a')), when({ kind: 'language', in: ['fr'] }, [p(f('country.name'), fact('b'))]), {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [{ type: 'blockquote', content: [p(f('recipient.salutation'), f('date.letter'), fact('a'))] }] }],
    });
    expect(documentFields(d)).toEqual({ fields: ['recipient.salutation', 'country.name', 'date.letter'], factIds: ['a', 'b'] });
  });
});

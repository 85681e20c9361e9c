import { describe, expect, it } from 'vitest';
import { formatIsoDate, mergeLetter, plainText } from '../../../shared/letter/merge';
import { bold, br, context, doc, f, fact, italic, makeFact, p, recipient, t } from './doc-builders';

describe('fields', () => {
  it('formats: upper (locale-aware), lower, capitalize', () => {
    const d = doc(
      p(f('recipient.name', { format: 'upper' }), t('|'), f('country.name', { format: 'lower' }), t('|'), f('campaign.name', { format: 'capitalize' })),
    );
    const ctx = context({ recipient: recipient({ name: 'élodie straße' }), campaign: { name: 'ñandú watch' } });
    expect(plainText(mergeLetter(d, ctx).document)).toBe('ÉLODIE STRASSE|spain|Ñandú watch');
  });

  it('the letter date and today, written out in each language', () => {
    const d = doc(p(f('date.letter'), t(' / '), f('date.today')));
    const run = (language: 'en' | 'es' | 'fr') => plainText(mergeLetter(d, context({ language, today: new Date(2026, 10, 1, 23, 30) })).document);
    expect(run('en')).toBe('22 November 2026 / 1 November 2026');
    expect(run('es')).toBe('22 de noviembre de 2026 / 1 de noviembre de 2026');
    expect(run('fr')).toBe('22 novembre 2026 / 1er novembre 2026');
  });

  it('a missing or invalid letter date is missing', () => {
    const d = doc(p(f('date.letter')));
    expect(mergeLetter(d, context({ letterDate: undefined })).missing).toEqual([{ field: 'date.letter', count: 1 }]);
    expect(mergeLetter(d, context({ letterDate: '2026-02-30' })).missing).toEqual([{ field: 'date.letter', count: 1 }]);
    expect(formatIsoDate('not a date', 'en')).toBe('');
  });

  it('keeps a field’s marks and joins text with equal marks', () => {
    const d = doc(p(t('Dear ', bold), f('recipient.name', { marks: [bold] }), t(',', bold), t(' hi', italic)));
    expect(mergeLetter(d, context()).document).toEqual(doc(p(t('Dear Pedro Sánchez,', bold), t(' hi', italic))));
  });

  it('multi-line values become hard breaks', () => {
    const d = doc(p(f('sender.organisation'), br, f('sender.address')));
    expect(mergeLetter(d, context()).document).toEqual(doc(p(t('Rights Watch'), br, t('1 Example Street'), br, t('London'))));
  });

  it('counts missing fields per field, in order of first use; allowEmpty does not count', () => {
    const d = doc(p(f('sender.signerName'), t(' '), f('campaign.reference', { allowEmpty: true })), p(f('recipient.email'), t(' '), f('sender.signerName')));
    const result = mergeLetter(d, context({ sender: {}, campaign: {}, recipient: recipient({ email: '' }) }));
    expect(result.missing).toEqual([
      { field: 'sender.signerName', count: 2 },
      { field: 'recipient.email', count: 1 },
    ]);
  });

  it('a paragraph of fields that all came out empty stays, empty', () => {
    const d = doc(p(t('a')), p(f('campaign.name'), t(' '), f('campaign.reference')), p(t('b')));
    expect(mergeLetter(d, context({ campaign: undefined })).document).toEqual(doc(p(t('a')), p(), p(t('b'))));
  });

  it('an empty field leaves no stray spaces', () => {
    const ctx = context({ recipient: recipient({ name: '' }), campaign: undefined });
    const run = (...content: Parameters<typeof p>) => plainText(mergeLetter(doc(p(...content)), ctx).document);
    expect(run(t('Dear '), f('recipient.name'), t(','))).toBe('Dear,');
    expect(run(f('campaign.name'), t(' and '), f('campaign.reference'), t(' end'))).toBe('and end');
    expect(run(t('x '), f('campaign.name'), br, t('y'))).toBe('x\ny');
    // Author spacing away from an empty field is left alone.
    expect(run(t('a  b '), f('campaign.name'), t(' c'))).toBe('a  b c');
  });
});

describe('facts', () => {
  const today = new Date(2026, 10, 20);
  const facts = new Map([
    ['current', makeFact('current', { text: '1,100 prisoners', asOf: '2026-06-01' })],
    ['stale', makeFact('stale', { text: '900 prisoners', asOf: '2024-01-01', staleAfterDays: 365, sourceUrl: '' })],
  ]);
  const d = doc(p(t('There are '), fact('current', bold), t(' and '), fact('stale'), t('.')), p(fact('gone'), t(' then '), fact('current')));

  it('merges each fact’s text with its marks and reports every fact cited, once, in order', () => {
    const result = mergeLetter(d, context({ today, facts }));
    expect(result.document.content[0]).toEqual(p(t('There are '), t('1,100 prisoners', bold), t(' and 900 prisoners.')));
    expect(plainText(result.document)).toBe('There are 1,100 prisoners and 900 prisoners.\n\nthen 1,100 prisoners');
    expect(result.facts).toEqual([
      { id: 'current', stale: false, missing: false, sourceName: 'Freedom House', sourceUrl: 'https://freedomhouse.org/report', asOf: '2026-06-01' },
      { id: 'stale', stale: true, missing: false, sourceName: 'Freedom House', asOf: '2024-01-01' },
      { id: 'gone', stale: false, missing: true },
    ]);
    expect(result.missing).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../../shared/text/fold';

describe('foldForSearch', () => {
  it.each([
    ['López', 'lopez'],
    ['Bērziņš', 'berzins'],
    ['Łukasz Øster', 'lukasz oster'],
    ['Straße', 'strasse'],
    ['Ærø', 'aero'],
    ['ÇAĞLAYAN', 'caglayan'],
    ['Nguyễn', 'nguyen'],
    ['Ó Briain', 'o briain'],
  ])('folds %s to %s', (input, folded) => {
    expect(foldForSearch(input)).toBe(folded);
  });
});

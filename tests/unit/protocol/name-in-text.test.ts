import { describe, expect, it } from 'vitest';
import { getCountry, nameInText } from '../../../shared/protocol';

describe('a country name inside a sentence', () => {
  it('takes "the" in English where English needs it, and only there', () => {
    const inText = (code: string, language: 'en' | 'es' | 'fr') => nameInText(getCountry(code)!, language);
    expect(['NL', 'US', 'GB', 'PH', 'GM', 'CD', 'VA'].map((code) => inText(code, 'en'))).toEqual([
      'the Netherlands',
      'the United States',
      'the United Kingdom',
      'the Philippines',
      'the Gambia',
      'the Democratic Republic of the Congo',
      'the Holy See',
    ]);
    expect(['ES', 'DE', 'IE', 'CZ'].map((code) => inText(code, 'en'))).toEqual(['Spain', 'Germany', 'Ireland', 'Czechia']);
    expect([inText('NL', 'es'), inText('NL', 'fr')]).toEqual(['Países Bajos', 'Pays-Bas']);
  });
});

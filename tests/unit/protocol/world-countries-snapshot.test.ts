import countries from 'world-countries';
import pkg from 'world-countries/package.json';
import { describe, expect, it } from 'vitest';
import { extractSnapshot } from './extract-world-countries';

describe('shared/protocol/data/world-countries.json', () => {
  it('is the extraction of the installed world-countries package', async () => {
    const snapshot = extractSnapshot(countries, {
      source: 'world-countries (npm), from mledoze/countries',
      version: pkg.version,
      // npm publish date of the version above: the data's as-of date.
      releasedOn: pkg.version === '5.1.0' ? '2025-06-03' : 'unknown: update extract date',
      licence: 'ODbL-1.0',
      url: 'https://github.com/mledoze/countries',
    });
    expect(snapshot.states).toHaveLength(195);
    await expect(`${JSON.stringify(snapshot, null, 2)}\n`).toMatchFileSnapshot('../../../shared/protocol/data/world-countries.json');
  });
});

import countries from 'world-countries';
import { describe, expect, it } from 'vitest';
import {
  getCountry,
  listCountries,
  officialNameWithArticle,
  PROTOCOL_AS_OF,
  PROTOCOL_LANGUAGES,
  resolveCountry,
  WORLD_COUNTRIES_META,
} from '../../../shared/protocol';

const all = listCountries();

describe('country data', () => {
  it('has exactly the 195 sovereign states: 193 UN members plus the Holy See and Palestine', () => {
    expect(all).toHaveLength(195);
    expect(all.filter((c) => c.unMember)).toHaveLength(193);
    expect(
      all
        .filter((c) => !c.unMember)
        .map((c) => c.alpha2)
        .sort(),
    ).toEqual(['PS', 'VA']);
  });

  it('has unique alpha-2 and alpha-3 codes that agree with world-countries', () => {
    expect(new Set(all.map((c) => c.alpha2)).size).toBe(195);
    expect(new Set(all.map((c) => c.alpha3)).size).toBe(195);
    for (const c of all) {
      expect(c.alpha2).toMatch(/^[A-Z]{2}$/);
      expect(countries.find((w) => w.cca2 === c.alpha2)?.cca3).toBe(c.alpha3);
    }
  });

  it('names every state in en/es/fr, common and formal, without stray spaces', () => {
    for (const c of all) {
      for (const language of PROTOCOL_LANGUAGES) {
        const { common, official, article } = c.names[language];
        for (const text of [common, official]) {
          expect(text, `${c.alpha2} ${language}`).not.toBe('');
          expect(text, `${c.alpha2} ${language}`).toBe(text.trim());
          expect(text, `${c.alpha2} ${language}`).not.toMatch(/\s{2}| -|- /);
        }
        expect(['', 'the', 'el', 'la', 'los', 'las', 'le', "l'", 'les']).toContain(article);
        expect(c.postal[language]).not.toBe('');
      }
    }
  });

  it('places every state in a UN M49 region', () => {
    const regions = new Set(all.map((c) => c.region));
    expect([...regions].sort()).toEqual(['Africa', 'Americas', 'Asia', 'Europe', 'Oceania']);
    expect(all.filter((c) => c.region === 'Africa')).toHaveLength(54);
    expect(getCountry('MX')?.subregion).toBe('Central America');
    expect(getCountry('CY')?.region).toBe('Asia');
  });

  it('records the form of state, with the monarch kind for monarchies', () => {
    const monarchies = all.filter((c) => c.monarch);
    expect(monarchies.every((c) => c.form !== 'republic')).toBe(true);
    expect(all.filter((c) => c.form !== 'republic').every((c) => c.monarch)).toBe(true);
    // 28 own monarchies + 14 realms sharing the British King + the Holy See.
    expect(monarchies).toHaveLength(43);
    expect(monarchies.filter((c) => c.monarch?.sharedWith === 'GB')).toHaveLength(14);
    expect(getCountry('VA')).toMatchObject({ form: 'holy-see', monarch: { kind: 'pope' } });
    expect(getCountry('QA')?.monarch?.kind).toBe('emir');
    expect(getCountry('OM')?.monarch?.kind).toBe('sultan');
    expect(getCountry('LU')?.monarch?.kind).toBe('grand-duke');
    expect(getCountry('MC')?.monarch?.kind).toBe('prince');
    expect(getCountry('JP')?.monarch?.kind).toBe('emperor');
    expect(getCountry('AD')?.monarch?.kind).toBe('co-prince');
    expect(getCountry('SA')?.form).toBe('absolute-monarchy');
    expect(getCountry('FR')?.form).toBe('republic');
  });

  it('keeps the formal names that naive data gets wrong', () => {
    expect(getCountry('ES')?.names.en.official).toBe('Kingdom of Spain');
    expect(getCountry('IE')?.names.en.official).toBe('Ireland');
    expect(officialNameWithArticle(getCountry('NL')!, 'es')).toBe('el Reino de los Países Bajos');
    expect(officialNameWithArticle(getCountry('US')!, 'fr')).toBe("les États-Unis d'Amérique");
    expect(officialNameWithArticle(getCountry('DE')!, 'fr')).toBe("la République fédérale d'Allemagne");
    expect(officialNameWithArticle(getCountry('VA')!, 'en')).toBe('the Holy See');
    expect(getCountry('VA')?.postal.en).toBe('Vatican City');
  });

  it('states the sources and their dates', () => {
    expect(PROTOCOL_AS_OF).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(WORLD_COUNTRIES_META).toMatchObject({ licence: 'ODbL-1.0', version: expect.any(String) });
  });
});

describe('getCountry', () => {
  it('takes alpha-2 or alpha-3, in any case', () => {
    expect(getCountry('es')?.alpha2).toBe('ES');
    expect(getCountry('ESP')?.alpha2).toBe('ES');
    expect(getCountry('XX')).toBeUndefined();
  });
});

describe('resolveCountry', () => {
  it.each([
    ['España', 'ES'],
    ['espana', 'ES'],
    ['ESPAÑA', 'ES'],
    ['Allemagne', 'DE'],
    ["l'Allemagne", 'DE'],
    ['DNK', 'DK'],
    ['dk', 'DK'],
    ['Reino de España', 'ES'],
    ['Kingdom of Spain', 'ES'],
    ['Royaume-Uni', 'GB'],
    ['UK', 'GB'],
    ['les États-Unis', 'US'],
    ['EE. UU.', 'US'],
    ['États-Unis du Mexique', 'MX'],
    ['Vatican', 'VA'],
    ['Santa Sede', 'VA'],
    ['Saint-Siège', 'VA'],
    ['Palestine', 'PS'],
    ['Côte d’Ivoire', 'CI'],
    ['Ivory Coast', 'CI'],
    ['Türkiye', 'TR'],
    ['Turkey', 'TR'],
    ['Burma', 'MM'],
    ['Swaziland', 'SZ'],
    ['Deutschland', 'DE'],
    ['Países Bajos', 'NL'],
    ['Holland', 'NL'],
    ['El Salvador', 'SV'],
    ['Corée du Sud', 'KR'],
    ['RDC', 'CD'],
    ['Congo', 'CG'],
  ])('%s → %s', (text, code) => {
    expect(resolveCountry(text)?.alpha2).toBe(code);
  });

  it('refuses what is not a sovereign state or is misleading', () => {
    for (const text of ['', 'Atlantis', 'Puerto Rico', 'Greenland', 'Island', 'Kosovo', 'Taiwan']) {
      expect(resolveCountry(text), text).toBeUndefined();
    }
  });

  it('resolves every state from each of its own names', () => {
    for (const c of all) {
      for (const language of PROTOCOL_LANGUAGES) {
        expect(resolveCountry(c.names[language].common)?.alpha2, c.names[language].common).toBe(c.alpha2);
        expect(resolveCountry(c.names[language].official)?.alpha2, c.names[language].official).toBe(c.alpha2);
        expect(resolveCountry(officialNameWithArticle(c, language))?.alpha2).toBe(c.alpha2);
      }
      expect(resolveCountry(c.alpha3.toLowerCase())?.alpha2).toBe(c.alpha2);
    }
  });
});

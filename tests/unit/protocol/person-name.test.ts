import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conventionalName, suggestedName } from '../../../shared/protocol';

/*
 * Names as partners' lists write them (English, Spanish and French lists),
 * and as the letter prints them.
 */
const CASES: [string, string, string?][] = [
  // "Surname, Given names"
  ["O'Brien, Siobhán", "Siobhán O'Brien"],
  ['LÓPEZ GARCÍA, Ana', 'Ana López García'],
  ['López García, Ana María', 'Ana María López García'],
  ['DUPONT, Jean-Pierre', 'Jean-Pierre Dupont'],
  ['Dupont, Jean-Pierre', 'Jean-Pierre Dupont'],
  ['VAN DER BERG, Jan', 'Jan van der Berg'],
  ['van der Bellen, Alexander', 'Alexander van der Bellen'],
  ['DE LA CRUZ, María', 'María de la Cruz'],
  ['FERNÁNDEZ DE KIRCHNER, Cristina', 'Cristina Fernández de Kirchner'],
  ['LÓPEZ Y GARCÍA, Ana', 'Ana López y García'],
  ["GISCARD D'ESTAING, Valéry", "Valéry Giscard d'Estaing"],
  ["D'SOUZA, Maria", "Maria D'Souza"],
  ["O'BRIEN, Siobhán", "Siobhán O'Brien"],
  ['MCDONALD, Mary Lou', 'Mary Lou McDonald'],
  ['MacLeod, Ewan', 'Ewan MacLeod'],
  ['AL-THANI, Tamim bin Hamad', 'Tamim bin Hamad Al-Thani'],
  ['BIN SALMAN, Mohammed', 'Mohammed bin Salman'],
  ['  Sánchez   Pérez ,  Pedro ', 'Pedro Sánchez Pérez'],
  ['ØSTERGAARD, Søren', 'Søren Østergaard'],
  ['ÇAKIR, Ayşe', 'Ayşe Çakır', 'TR'],
  // Surname first in capitals, no comma (French and Spanish administrative lists)
  ['DUPONT Jean', 'Jean Dupont'],
  ['LÓPEZ GARCÍA Ana', 'Ana López García'],
  ['MACRON Emmanuel', 'Emmanuel Macron'],
  // Given names first, surname in capitals
  ['Ana LÓPEZ GARCÍA', 'Ana López García'],
  ['Pedro SÁNCHEZ PÉREZ-CASTEJÓN', 'Pedro Sánchez Pérez-Castejón'],
  ['MOHAMMED BIN SALMAN AL SAUD', 'Mohammed bin Salman Al Saud'],
  ['Charles III', 'Charles III'],
  ['FELIPE VI', 'Felipe VI'],
  // Already right: unchanged
  ["Siobhán O'Brien", "Siobhán O'Brien"],
  ['Ursula von der Leyen', 'Ursula von der Leyen'],
  ['Mary Lou McDonald', 'Mary Lou McDonald'],
  ['Luiz Inácio Lula da Silva', 'Luiz Inácio Lula da Silva'],
  ['Sheikh Tamim bin Hamad Al Thani', 'Sheikh Tamim bin Hamad Al Thani'],
  ['J. R. Smith', 'J. R. Smith'],
  // Suffixes after a comma are not given names; two commas are left alone
  ['Martin Luther King, Jr.', 'Martin Luther King, Jr.'],
  ['Smith, John, OBE', 'Smith, John, OBE'],
  // Surname-first countries keep the order
  ['XI Jinping', 'Xi Jinping', 'CN'],
  ['Xi, Jinping', 'Xi Jinping', 'CN'],
  ['ISHIBA Shigeru', 'Ishiba Shigeru', 'JP'],
  ['LEE, Jae-myung', 'Lee Jae-myung', 'KR'],
  ['Lee, Jae-myung', 'Jae-myung Lee', 'US'],
  // Non-Latin scripts: never changed, comma and capitals included
  ['ΜΗΤΣΟΤΑΚΗΣ, Κυριάκος', 'ΜΗΤΣΟΤΑΚΗΣ, Κυριάκος'],
  ['Путин, Владимир', 'Путин, Владимир'],
  ['习近平', '习近平'],
  ['محمد بن سلمان', 'محمد بن سلمان'],
  ['石破, 茂', '石破, 茂'],
  ['Zelensky, Володимир', 'Zelensky, Володимир'],
];

describe('conventionalName', () => {
  it.each(CASES)('%s → %s', (typed, expected, country) => {
    expect(conventionalName(typed, country)).toBe(expected);
  });

  it('suggests only what changes', () => {
    expect(suggestedName("O'Brien, Siobhán")).toBe("Siobhán O'Brien");
    expect(suggestedName("Siobhán O'Brien")).toBeUndefined();
    expect(suggestedName('  Siobhán  ')).toBeUndefined();
    expect(suggestedName('')).toBeUndefined();
  });

  const latinWord = fc.stringMatching(/^[A-Za-zÀ-ÖØ-öø-ÿ]{2,10}$/);
  const nonLatin = fc.stringMatching(/^[\u0400-\u04ff\u0370-\u03ff\u0600-\u06ff\u4e00-\u4fff ,]{1,20}$/);

  it('never changes a name that holds a non-Latin letter', () => {
    fc.assert(
      fc.property(nonLatin, fc.array(latinWord, { maxLength: 3 }), (script, latin) => {
        const name = [...latin, script].join(' ').trim();
        fc.pre(/\p{L}/u.test(script));
        expect(conventionalName(name)).toBe(name.replace(/\s+/g, ' ').trim());
      }),
    );
  });

  it('keeps every letter: only order and case change', () => {
    fc.assert(
      fc.property(fc.array(latinWord, { minLength: 1, maxLength: 3 }), fc.array(latinWord, { minLength: 1, maxLength: 3 }), (surname, given) => {
        // After the comma only suffixes ("Jr", "VI", "AM"): left in its order, so not this property's case.
        fc.pre(!given.every((w) => /^(?:jr|jnr|sr|snr|[ivx]+|phd|md|mp|qc|kc|obe|mbe|cbe|kbe|dbe|gcmg|kcmg|ac|ao|am|oc|cc|onz|gnzm)$/i.test(w)));
        const out = conventionalName(`${surname.join(' ')}, ${given.join(' ')}`);
        const letters = (s: string) => [...s.toLocaleLowerCase().replace(/[^\p{L}]/gu, '')].sort().join('');
        expect(letters(out)).toBe(letters(surname.join('') + given.join('')));
        expect(out).not.toContain(',');
      }),
    );
  });

  it('is stable: a name it wrote is not changed again', () => {
    fc.assert(
      fc.property(fc.array(latinWord, { minLength: 1, maxLength: 3 }), fc.array(latinWord, { minLength: 1, maxLength: 3 }), (surname, given) => {
        const once = conventionalName(`${surname.join(' ').toLocaleUpperCase()}, ${given.join(' ')}`);
        expect(conventionalName(once)).toBe(once);
      }),
    );
  });
});

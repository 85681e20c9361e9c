import { describe, expect, it } from 'vitest';
import { mergeLetter, plainText } from '../../../shared/letter/merge';
import { context, doc, f, p, recipient, t } from './doc-builders';

/*
 * The country phrase fields through the merge: a template writes "the
 * Government {country.ofOfficialName}" once, and each recipient's letter gets
 * the preposition, article and contraction of its own state and language.
 */

const letter = doc(
  p(f('country.inName', { format: 'capitalize' }), t(', the authorities '), f('country.ofName'), t(' hold journalists.')),
  p(t('Government '), f('country.ofOfficialName'), t('.')),
);

const merge = (code: string, language: 'en' | 'es' | 'fr') => {
  const result = mergeLetter(letter, context({ language, recipient: recipient({ countryCode: code, officeType: 'head_of_state' }) }));
  return { text: plainText(result.document), missing: result.missing };
};

describe('country.inName, country.ofName and country.ofOfficialName in a merged letter', () => {
  it.each([
    ['NL', 'en', 'In the Netherlands, the authorities of the Netherlands hold journalists.\n\nGovernment of the Kingdom of the Netherlands.'],
    ['NL', 'es', 'En los Países Bajos, the authorities de los Países Bajos hold journalists.\n\nGovernment del Reino de los Países Bajos.'],
    ['NL', 'fr', 'Aux Pays-Bas, the authorities des Pays-Bas hold journalists.\n\nGovernment du Royaume des Pays-Bas.'],
    ['ES', 'es', 'En España, the authorities de España hold journalists.\n\nGovernment del Reino de España.'],
    ['BE', 'fr', 'En Belgique, the authorities de la Belgique hold journalists.\n\nGovernment du Royaume de Belgique.'],
    ['FR', 'fr', 'En France, the authorities de la France hold journalists.\n\nGovernment de la République française.'],
    ['US', 'fr', "Aux États-Unis, the authorities des États-Unis hold journalists.\n\nGovernment des États-Unis d'Amérique."],
    ['BO', 'fr', "En Bolivie, the authorities de la Bolivie hold journalists.\n\nGovernment de l'État plurinational de Bolivie."],
    ['PT', 'fr', 'Au Portugal, the authorities du Portugal hold journalists.\n\nGovernment de la République portugaise.'],
    ['HT', 'fr', "À Haïti, the authorities d'Haïti hold journalists.\n\nGovernment de la République d'Haïti."],
    ['GB', 'es', 'En el Reino Unido, the authorities del Reino Unido hold journalists.\n\nGovernment del Reino Unido de Gran Bretaña e Irlanda del Norte.'],
    ['SV', 'es', 'En El Salvador, the authorities de El Salvador hold journalists.\n\nGovernment de la República de El Salvador.'],
  ] as const)('%s in %s', (code, language, expected) => {
    const { text, missing } = merge(code, language);
    expect(missing).toEqual([]);
    expect(text).toBe(expected);
  });

  it('reports the fields missing when the recipient has no country, like the other country fields', () => {
    const { missing } = merge('', 'en');
    expect(missing.map((m) => m.field).sort()).toEqual(['country.inName', 'country.ofName', 'country.ofOfficialName']);
  });
});

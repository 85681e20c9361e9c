import { describe, expect, it } from 'vitest';
import { addressPlacement } from '../../../shared/letter/merge';
import { doc, f, p, t } from './doc-builders';

/*
 * One address block a letter: where the text opens with the address-block
 * field (an imported letter), that paragraph moves into the address's place
 * above the text; anywhere else the text keeps it and nothing is added.
 */

describe('where the address block is printed', () => {
  it('a text without the field: the address is printed above it, the text unchanged', () => {
    const letter = doc(p(f('recipient.salutation')), p(t('We write to you.')));
    expect(addressPlacement(letter)).toEqual({ body: letter, frame: true });
  });

  it('a text opening with the field alone (after blank lines): the paragraph moves into the address place', () => {
    const letter = doc(p(), p(f('recipient.addressBlock')), p(f('recipient.salutation')), p(t('We write to you.')));
    expect(addressPlacement(letter)).toEqual({ body: doc(p(), p(f('recipient.salutation')), p(t('We write to you.'))), frame: true });
  });

  it('the field elsewhere, or with other text in its paragraph: the text prints it, and no second block is added', () => {
    const late = doc(p(t('Open letter')), p(f('recipient.addressBlock')), p(t('We write to you.')));
    expect(addressPlacement(late)).toEqual({ body: late, frame: false });
    const inline = doc(p(t('To: '), f('recipient.addressBlock')), p(t('We write to you.')));
    expect(addressPlacement(inline)).toEqual({ body: inline, frame: false });
    // Opening with it and repeating it further down: printed once, where the text has it further down.
    const twice = doc(p(f('recipient.addressBlock')), p(t('We write.')), p(f('recipient.addressBlock')));
    expect(addressPlacement(twice)).toEqual({ body: doc(p(t('We write.')), p(f('recipient.addressBlock'))), frame: false });
  });
});

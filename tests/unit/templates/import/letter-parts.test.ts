import { readFileSync } from 'node:fs';
import { Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../shared/recipients/schemas';
import { ALL_PROPOSALS, applyPlaceholderMappings, importTemplate, onlyInAddress, type TemplateImport } from '../../../../electron/core/templates/import';
import { buildDocx, flatten, p, rawDocx, utf8 } from './helpers';

/*
 * A letter as users receive it: the recipient's address written as lines of
 * placeholders at the top, no salutation, no close. The import proposes one
 * address-block field in place of the lines, a salutation before the first
 * paragraph and a close at the end; each proposal can be turned off.
 */

const fixture = (language: Language) => readFileSync(`tests/fixtures/templates/own-letter-${language}.txt`);
const txt = (text: string) => importTemplate(utf8(text), 'letter.txt');
const proposed = (imported: TemplateImport, proposals = ALL_PROPOSALS) => flatten(applyPlaceholderMappings(imported, {}, proposals)).split('\n');

const ADDRESS = '{recipient.addressBlock}';
const SALUTATION = '{recipient.salutation}';
const CLOSE = '{recipient.complimentaryClose}';

describe.each([
  ['en', 'We are writing to you as organisations', 'His/Her Excellency'],
  ['es', 'Nos dirigimos a usted como organizaciones', 'Excelentísimo/a Señor/a'],
  ['fr', 'Nous vous écrivons en tant qu', 'Son Excellence Monsieur/Madame'],
] as const)('the fixture letter in %s', (language, opening, honorific) => {
  const imported = importTemplate(fixture(language), `own-letter-${language}.txt`);

  it('finds the three address lines at the top, and neither a salutation nor a close', () => {
    expect(imported.language).toBe(language);
    expect(imported.parts.address?.lines).toHaveLength(3);
    expect(imported.parts.address?.lines[0]).toBe(honorific);
    expect(imported.parts.salutationAt).toBe(1);
    expect(imported.parts.closeAt).toBe(imported.skeleton.content.length);
  });

  it('with every proposal on: one address-block field, then the salutation, the text, and the close last', () => {
    const lines = proposed(imported);
    expect(lines[0]).toBe(ADDRESS);
    expect(lines[1]).toBe(SALUTATION);
    expect(lines[2]).toContain(opening);
    expect(lines.at(-1)).toBe(CLOSE);
    const all = lines.join('\n');
    expect(all.split(ADDRESS)).toHaveLength(2);
    // The address lines are gone, with their own fields: no second address.
    for (const gone of ['{recipient.honorific}', '{recipient.name}', '{recipient.fullTitle}', '**']) expect(all).not.toContain(gone);
    // The country placeholder in the text stays.
    expect(all).toContain('{country.name}');
  });

  it('each proposal turned off leaves the letter as written there', () => {
    const kept = proposed(imported, { addressBlock: false, salutation: true, close: true });
    expect(kept[0]).toBe('{recipient.honorific}⏎{recipient.name}⏎{recipient.fullTitle}');
    expect(kept[1]).toBe(SALUTATION);
    expect(proposed(imported, { addressBlock: true, salutation: false, close: true })[1]).toContain(opening);
    expect(proposed(imported, { addressBlock: true, salutation: true, close: false }).join('\n')).not.toContain(CLOSE);
    // Without proposals the import's own document is what it always was.
    expect(applyPlaceholderMappings(imported, {})).toEqual(imported.document);
  });

  it('speaks as "we": the voice proposed is plural', () => {
    expect(imported.voice).toBe('plural');
  });

  it('knows which placeholders were only in the address lines', () => {
    const raws = [...onlyInAddress(imported.skeleton, imported.parts)].map((id) => imported.placeholders.find((x) => x.id === id)?.raw);
    expect(raws).toHaveLength(3);
    expect(raws).not.toContain(imported.placeholders.find((x) => x.mapping.type === 'field' && x.mapping.field === 'country.name')?.raw);
  });
});

describe('address lines in other shapes', () => {
  it('in Word: one paragraph a line, bold capitals split across runs, in another order', async () => {
    const bytes = await buildDocx([
      new Paragraph({ children: [new TextRun({ text: 'NAME OF THE ', bold: true }), new TextRun({ text: 'PRESIDENT', bold: true })] }),
      new Paragraph({ children: [new TextRun('President/Prime Minister of the Republic of '), new TextRun({ text: 'COUNTRY', bold: true })] }),
      new Paragraph({ children: [new TextRun('His/Her Excellency')] }),
      new Paragraph({ children: [new TextRun('We write to ask that '), new TextRun({ text: 'COUNTRY', bold: true }), new TextRun(' act before the summit.')] }),
    ]);
    const imported = importTemplate(bytes, 'letter.docx');
    expect(imported.parts.address).toMatchObject({ start: 0, end: 3 });
    expect(proposed(imported)).toEqual([ADDRESS, SALUTATION, 'We write to ask that {country.name} act before the summit.', CLOSE]);
  });

  it('in hand-written Word XML with a placeholder split mid-word, after a title and a date', () => {
    const body =
      '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Open letter</w:t></w:r></w:p>' +
      p('[DATE]') +
      p('His/Her Excellency') +
      '<w:p><w:r><w:t>[NA</w:t></w:r><w:r><w:t>ME]</w:t></w:r></w:p>' +
      p('[COUNTRY]') +
      p('') +
      p('Dear [NAME],') +
      p('We write about the trial that opens next week.') +
      p('Yours sincerely,');
    const imported = importTemplate(rawDocx(body), 'letter.docx');
    expect(imported.parts.address?.lines).toEqual(['His/Her Excellency', '[NAME]', '[COUNTRY]']);
    // "Dear [NAME]," is the salutation, not a name after "Dear"; the letter closes itself.
    expect(imported.parts.salutationAt).toBeUndefined();
    expect(imported.parts.closeAt).toBeUndefined();
    const lines = proposed(imported);
    expect(lines.slice(-4)).toEqual([ADDRESS, '', SALUTATION, 'We write about the trial that opens next week.', 'Yours sincerely,'].slice(-4));
    expect(lines).toContain(ADDRESS);
    expect(lines.filter((l) => l === SALUTATION)).toHaveLength(1);
  });

  it('{{name}} placeholders in a text file, with a postal line among them', () => {
    const imported = txt(
      '{{honorific}} {{name}}\n{{full title}}\nPalace of Government\n{{country}}\n\nWe write to you today.\n\nWith our highest consideration,',
    );
    expect(imported.parts.address?.lines).toEqual(['{{honorific}} {{name}}', '{{full title}}', 'Palace of Government', '{{country}}']);
    expect(proposed(imported)).toEqual([ADDRESS, SALUTATION, 'We write to you today.', 'With our highest consideration,']);
  });
});

describe('"Dear [NAME]" and letters that are already whole', () => {
  it.each([
    ['Dear [NAME],', 'en'],
    ['Dear Mr/Ms **NAME OF THE MINISTER**,', 'en'],
    ['Estimado/a **NOMBRE DEL PRESIDENTE**:', 'es'],
    ['Chère/Cher **NOM**,', 'fr'],
  ])('%s becomes the salutation field, punctuation and all', (line) => {
    const imported = txt(`${line}\n\nWe write to you about the elections.`);
    expect(flatten(imported.document).split('\n')[0]).toBe(SALUTATION);
    expect(imported.placeholders[0]).toMatchObject({ raw: line, mapping: { type: 'field', field: 'recipient.salutation' } });
    expect(imported.parts.salutationAt).toBeUndefined();
  });

  it('"Dear friends of COUNTRY" is a sentence, not a salutation field', () => {
    const imported = txt('Dear friends of **COUNTRY**, we write again.');
    expect(flatten(imported.document)).toBe('Dear friends {country.ofName}, we write again.');
  });

  it.each([
    ['Your Excellency,', 'Please accept, Excellency, the assurances of our highest consideration.', 'en'],
    ['Señor Presidente:', 'Le rogamos acepte el testimonio de nuestra más alta consideración.', 'es'],
    ['Madame la Présidente,', "Nous vous prions d'agréer, Madame la Présidente, l'expression de notre très haute considération.", 'fr'],
  ])('a letter with its own salutation (%s) and close is offered neither', (salutation, close) => {
    const imported = txt(`${salutation}\n\nWe ask for the release of the prisoners named below.\n\n${close}\n\nDana Director\nExecutive Director`);
    expect(imported.parts).toEqual({});
  });

  it('a sentence that says "respectfully" is not a close', () => {
    expect(txt('Dear Excellency,\n\nWe respectfully ask for a meeting.').parts).toEqual({ closeAt: 2 });
  });

  it('a letter that writes only the name at the top has no address block to propose', () => {
    expect(txt('**NAME**\n\nWe write to you.').parts.address).toBeUndefined();
  });

  it('a letter written as "I" is left to the campaign ("auto")', () => {
    expect(txt('I am writing to you as the director of our organisation. I ask that my request be heard.').voice).toBe('auto');
  });
});

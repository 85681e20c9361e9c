import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { letterDocumentSchema } from '../../../../shared/letter/document';
import { applyPlaceholderMappings, importTemplate, TemplateImportError } from '../../../../electron/core/templates/import';
import { flatten, inlines, placeholder, utf8 } from './helpers';

const fixture = (name: string): Uint8Array => readFileSync(`tests/fixtures/templates/${name}`);
const txt = (text: string, options?: Parameters<typeof importTemplate>[2]) => importTemplate(utf8(text), 'letter.txt', options);

describe('placeholders in an English coalition letter', () => {
  const imported = importTemplate(fixture('coalition-letter-en.txt'), 'coalition-letter-en.txt');

  it('maps the address block: honorific, name, and the full title with the Republic phrase consumed', () => {
    expect(flatten(imported.document).split('\n')[0]).toBe('{recipient.honorific}⏎{recipient.name}⏎{recipient.fullTitle}');
    expect(placeholder(imported, 'His/Her Excellency').mapping).toEqual({ type: 'field', field: 'recipient.honorific' });
    expect(placeholder(imported, '**NAME OF THE PRESIDENT**').mapping).toEqual({ type: 'field', field: 'recipient.name' });
    expect(placeholder(imported, 'President/Prime Minister of the Republic of **COUNTRY**').mapping).toEqual({ type: 'field', field: 'recipient.fullTitle' });
  });

  it('lists every placeholder once, in order, with stable ids and counts', () => {
    expect(imported.placeholders.map((p) => [p.id, p.raw, p.kind, p.occurrences])).toEqual([
      ['p1', 'His/Her Excellency', 'alternative', 2],
      ['p2', '**NAME OF THE PRESIDENT**', 'marker', 1],
      ['p3', 'President/Prime Minister of the Republic of **COUNTRY**', 'marker', 1],
      ['p4', '[DATE]', 'marker', 1],
      ['p5', '**COUNTRY**', 'marker', 1],
      ['p6', 'His/Her', 'alternative', 1],
      ['p7', '**ORGANISATION**', 'marker', 1],
      ['p8', '{{signer_title}}', 'marker', 1],
    ]);
  });

  it('turns "His/Her" alone into a gender choice that keeps the written form when the gender is not recorded', () => {
    expect(placeholder(imported, 'His/Her').mapping).toEqual({ type: 'choice', by: 'gender', options: { male: 'His', female: 'Her' }, other: 'His/Her' });
    expect(flatten(imported.document)).toContain('We therefore ask {gender:His|Her|His/Her} government to:');
  });

  it('maps DATE, COUNTRY and ORGANISATION, and leaves an unknown placeholder visible as [[…]]', () => {
    expect(placeholder(imported, '[DATE]').mapping).toEqual({ type: 'field', field: 'date.letter' });
    expect(placeholder(imported, '**COUNTRY**').mapping).toEqual({ type: 'field', field: 'country.name' });
    expect(placeholder(imported, '**ORGANISATION**').mapping).toEqual({ type: 'field', field: 'sender.organisation' });
    const unknown = placeholder(imported, '{{signer_title}}');
    expect(unknown.mapping).toEqual({ type: 'unmapped' });
    expect(unknown.marker).toBe('[[signer_title]]');
    expect(flatten(imported.document)).toMatch(/\{sender\.organisation\}⏎\[\[signer_title\]\]$/);
  });

  it('produces a document the editor schema accepts, and detects English', () => {
    expect(letterDocumentSchema.safeParse(imported.document).success).toBe(true);
    expect(imported.language).toBe('en');
    expect(imported.format).toBe('txt');
    expect(imported.suggestedName).toBe('coalition-letter-en');
  });
});

describe('placeholder syntaxes', () => {
  it('finds [CAPS], **CAPS**, {{name}}, «Name» and <<name>>, case- and accent-insensitively', () => {
    const imported = txt('To [RECIPIENT], {{ country }}, «NomDuPays», <<date>> and **NOMBRE DEL PRESIDENTE**.');
    expect(imported.placeholders.map((p) => [p.raw, p.mapping.type === 'field' ? p.mapping.field : p.mapping.type])).toEqual([
      ['[RECIPIENT]', 'recipient.name'],
      ['{{ country }}', 'country.name'],
      ['«NomDuPays»', 'unmapped'],
      ['<<date>>', 'date.letter'],
      ['**NOMBRE DEL PRESIDENTE**', 'recipient.name'],
    ]);
  });

  it('groups the same placeholder written two ways', () => {
    const imported = txt('[COUNTRY] and **COUNTRY** and {{country}}');
    expect(imported.placeholders).toHaveLength(1);
    expect(imported.placeholders[0]).toMatchObject({ raw: '[COUNTRY]', occurrences: 3 });
  });

  it('leaves ordinary brackets, quotes and slashes alone', () => {
    const imported = txt('As noted [1], the report [sic] says « une phrase » and/or 50 km/h, per UN/OHCHR [UN].');
    expect(imported.placeholders).toEqual([]);
    expect(flatten(imported.document)).toBe('As noted [1], the report [sic] says « une phrase » and/or 50 km/h, per UN/OHCHR [UN].');
  });

  it('reports other title-case alternatives as unmapped, for the reviewer', () => {
    const imported = txt('Dear Minister/Secretary, thank you.');
    expect(placeholder(imported, 'Minister/Secretary')).toMatchObject({ kind: 'alternative', mapping: { type: 'unmapped' }, marker: '[[Minister/Secretary]]' });
    expect(flatten(imported.document)).toBe('Dear [[Minister/Secretary]], thank you.');
  });

  it('keeps the case of gender alternatives as written', () => {
    const imported = txt('We ask his/her government and Mr/Mrs Smith.');
    expect(imported.placeholders.map((p) => p.mapping)).toEqual([
      { type: 'choice', by: 'gender', options: { male: 'his', female: 'her' }, other: 'his/her' },
      { type: 'choice', by: 'gender', options: { male: 'Mr', female: 'Mrs' }, other: 'Mr/Mrs' },
    ]);
  });
});

describe('phrases around the country', () => {
  it('replaces "the Republic of COUNTRY" whole by the official name with its article', () => {
    const imported = txt('We urge the Republic of [COUNTRY] to act today.');
    expect(flatten(imported.document)).toBe('We urge {country.officialNameWithArticle} to act today.');
    expect(imported.placeholders[0]).toMatchObject({ raw: 'the Republic of [COUNTRY]', mapping: { type: 'field', field: 'country.officialNameWithArticle' } });
  });

  it('takes "of" into the phrase: "of the Republic of COUNTRY" becomes country.ofOfficialName', () => {
    const imported = txt('We write to the Government of the Republic of [COUNTRY] today.');
    expect(flatten(imported.document)).toBe('We write to the Government {country.ofOfficialName} today.');
    expect(imported.placeholders[0]).toMatchObject({ raw: 'of the Republic of [COUNTRY]', mapping: { type: 'field', field: 'country.ofOfficialName' } });
  });

  it('maps "of COUNTRY" and "in COUNTRY" to country.ofName and country.inName, capitalised at a sentence start', () => {
    const imported = txt('The people of [COUNTRY] deserve better. In [COUNTRY], journalists are held; we act in [COUNTRY] and for [COUNTRY].');
    expect(flatten(imported.document)).toBe(
      'The people {country.ofName} deserve better. {country.inName|capitalize}, journalists are held; we act {country.inName} and for {country.name}.',
    );
    expect(imported.placeholders.map((p) => [p.raw, p.mapping])).toEqual([
      ['of [COUNTRY]', { type: 'field', field: 'country.ofName' }],
      ['In [COUNTRY]', { type: 'field', field: 'country.inName' }],
      ['[COUNTRY]', { type: 'field', field: 'country.name' }],
    ]);
  });

  it('leaves a preposition inside a word alone ("within", "Bin")', () => {
    expect(flatten(txt('Seen within [COUNTRY] and by Bin [COUNTRY].').document)).toBe('Seen within {country.name} and by Bin {country.name}.');
  });

  it('capitalises the official name where the source did ("The Republic of…")', () => {
    const imported = txt('The Republic of **COUNTRY** has signed the Covenant.');
    expect(flatten(imported.document)).toBe('{country.officialNameWithArticle|capitalize} has signed the Covenant.');
  });

  it('turns "President/Prime Minister of COUNTRY" into the full title, and alone into the office title', () => {
    const imported = txt('President/Prime Minister of **COUNTRY**\n\nWe urge the President/Prime Minister to act.');
    expect(flatten(imported.document)).toBe('{recipient.fullTitle}\nWe urge the {recipient.officeTitle} to act.');
  });

  it('writes merged values in capitals inside a line in capitals', () => {
    const imported = txt('OPEN LETTER TO THE PEOPLE OF [COUNTRY]');
    expect(flatten(imported.document)).toBe('OPEN LETTER TO THE PEOPLE {country.ofName|upper}');
  });
});

describe('Spanish and French placeholders', () => {
  it('maps the Spanish address block and needs no choice for "Su"', () => {
    const imported = importTemplate(fixture('carta-abierta-es.md'), 'carta-abierta-es.md');
    expect(imported.language).toBe('es');
    expect(flatten(imported.document).split('\n')[1]).toBe('{recipient.honorific}⏎{recipient.name}⏎{recipient.fullTitle}');
    expect(placeholder(imported, 'Excelentísimo/a Señor/a')).toMatchObject({ occurrences: 2, mapping: { type: 'field', field: 'recipient.honorific' } });
    expect(placeholder(imported, '**NOMBRE DEL PRESIDENTE**').mapping).toEqual({ type: 'field', field: 'recipient.name' });
    expect(placeholder(imported, 'Presidente/Primer Ministro de la República de **PAÍS**').mapping).toEqual({ type: 'field', field: 'recipient.fullTitle' });
    expect(placeholder(imported, '**PAÍS**').mapping).toEqual({ type: 'field', field: 'country.name' });
    expect(placeholder(imported, '[FECHA]').mapping).toEqual({ type: 'field', field: 'date.letter' });
    expect(placeholder(imported, '**ORGANIZACIÓN**').mapping).toEqual({ type: 'field', field: 'sender.organisation' });
    expect(flatten(imported.document)).toContain('Confiamos en que Su gobierno');
  });

  it('builds Spanish gender endings: Señor/a, Estimado/a', () => {
    const imported = txt('Estimado/a Señor/a:');
    expect(imported.placeholders.map((p) => p.mapping)).toEqual([
      { type: 'choice', by: 'gender', options: { male: 'Estimado', female: 'Estimada' }, other: 'Estimado/a' },
      { type: 'choice', by: 'gender', options: { male: 'Señor', female: 'Señora' }, other: 'Señor/a' },
    ]);
  });

  it('maps "la República de PAÍS" and "la République de PAYS", with the "de" before them, so the merge can contract it', () => {
    expect(flatten(txt('Escribimos a la República de [PAÍS]').document)).toBe('Escribimos a {country.officialNameWithArticle}');
    // "de" + "el Reino de España" must become "del Reino…", "de" + "le Royaume…" "du Royaume…".
    expect(flatten(txt('el Gobierno de la República de [PAÍS]').document)).toBe('el Gobierno {country.ofOfficialName}');
    expect(flatten(txt('le gouvernement de la République de [PAYS]').document)).toBe('le gouvernement {country.ofOfficialName}');
  });

  it('maps "de PAÍS", "en PAÍS", "du/de/d’ PAYS" and "en/au/aux PAYS" to the phrases with their contractions', () => {
    expect(flatten(txt('Las autoridades de [PAÍS] y los presos en [PAÍS].').document)).toBe('Las autoridades {country.ofName} y los presos {country.inName}.');
    expect(flatten(txt('Les autorités de [PAYS], du [PAYS], d’[PAYS] ; les détenus en [PAYS], au [PAYS], aux [PAYS].').document)).toBe(
      'Les autorités {country.ofName}, {country.ofName}, {country.ofName} ; les détenus {country.inName}, {country.inName}, {country.inName}.',
    );
    // "à" may be the dative ("demander à PAYS de…"): left as it is.
    expect(flatten(txt('Nous demandons à [PAYS] de libérer les détenus.').document)).toBe('Nous demandons à {country.name} de libérer les détenus.');
  });

  it('maps "Son Excellence", NOM DU PRÉSIDENT and "Monsieur/Madame" in French', () => {
    const imported = txt('Son Excellence\n[NOM DU PRÉSIDENT]\n\nMonsieur/Madame le Président, nous vous écrivons pour notre organisation.');
    expect(flatten(imported.document)).toBe(
      '{recipient.honorific}⏎{recipient.name}\n{gender:Monsieur|Madame|Monsieur/Madame} le Président, nous vous écrivons pour notre organisation.',
    );
    expect(imported.language).toBe('fr');
  });

  it('takes the language given over the one detected', () => {
    expect(txt('We write to you.', { language: 'fr' }).language).toBe('fr');
  });
});

describe('applyPlaceholderMappings', () => {
  const imported = importTemplate(fixture('coalition-letter-en.txt'), 'coalition-letter-en.txt');

  it('maps what the reviewer decides and keeps the automatic mappings', () => {
    const document = applyPlaceholderMappings(imported, { p8: { type: 'field', field: 'sender.signerTitle' } });
    expect(flatten(document)).toMatch(/\{sender\.organisation\}⏎\{sender\.signerTitle\}$/);
    expect(flatten(document).split('\n')[0]).toBe('{recipient.honorific}⏎{recipient.name}⏎{recipient.fullTitle}');
    expect(letterDocumentSchema.safeParse(document).success).toBe(true);
  });

  it('overrides an automatic mapping, writes text in place, or removes a placeholder with empty text', () => {
    const document = applyPlaceholderMappings(imported, {
      p5: { type: 'field', field: 'country.officialName', format: 'upper' },
      p6: { type: 'text', text: 'their' },
      p8: { type: 'text', text: '' },
    });
    const text = flatten(document);
    expect(text).toContain('write to ask that {country.officialName|upper} speak up');
    expect(text).toContain('We therefore ask their government to:');
    expect(text).toMatch(/\{sender\.organisation\}⏎$/);
  });

  it('accepts an office-type choice covering every office', () => {
    const options = {
      head_of_state: 'President',
      head_of_government: 'Prime Minister',
      foreign_minister: 'Minister',
      ambassador: 'Ambassador',
      speaker_of_parliament: 'Speaker',
      custom: 'Official',
    };
    const document = applyPlaceholderMappings(imported, { p8: { type: 'choice', by: 'officeType', options, other: '' } });
    expect(inlines(document).filter((n) => n.type === 'choice' && n.attrs.by === 'officeType')).toHaveLength(1);
  });

  it('keeps an undecided unmapped placeholder as its marker, never dropping it', () => {
    expect(flatten(applyPlaceholderMappings(imported, {}))).toContain('[[signer_title]]');
    expect(applyPlaceholderMappings(imported, { p8: { type: 'unmapped' } })).toEqual(imported.document);
  });

  it('refuses unknown placeholders and invalid decisions with a clear error', () => {
    let unknown: unknown;
    try {
      applyPlaceholderMappings(imported, { p99: { type: 'text', text: 'x' } });
    } catch (error) {
      unknown = error;
    }
    expect(unknown).toBeInstanceOf(TemplateImportError);
    expect(unknown).toMatchObject({ reason: 'unknownPlaceholder', code: 'invalid_input' });
    for (const bad of [{ type: 'field', field: 'recipient.shoeSize' }, { type: 'choice', by: 'mood', options: {} }, { type: 'text' }, 'p1', null]) {
      expect(() => applyPlaceholderMappings(imported, { p1: bad })).toThrow(expect.objectContaining({ reason: 'invalidDecision' }));
    }
  });

  it('refuses an import that came back damaged, without a stack trace', () => {
    const damaged = { ...imported, skeleton: undefined } as unknown as typeof imported;
    expect(() => applyPlaceholderMappings(damaged, {})).toThrow(expect.objectContaining({ reason: 'invalidImport' }));
  });
});

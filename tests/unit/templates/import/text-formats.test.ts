import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { letterDocumentSchema } from '../../../../shared/letter/document';
import { importTemplate } from '../../../../electron/core/templates/import';
import { expectRefused, flatten, inlines, placeholder, utf8 } from './helpers';

const fixture = (name: string): Uint8Array => readFileSync(`tests/fixtures/templates/${name}`);

describe('plain text', () => {
  it('splits paragraphs on blank lines and keeps single line breaks', () => {
    const imported = importTemplate(utf8('Geneva\r\n1 March\r\n\r\n\r\nDear Excellency,\n\nWe write today.'), 'letter.txt');
    expect(flatten(imported.document)).toBe('Geneva⏎1 March\nDear Excellency,\nWe write today.');
  });

  it('reads ·, •, -, * and – bullets and 1. / 1) numbers as lists; numbers after bullets, or "1.", start a new list', () => {
    const text = ['Facts:', '· one', '• two', '', '- three', '* four', '– five', '3) third', '', '4) fourth', '1. again'].join('\n');
    const imported = importTemplate(utf8(text), 'list.txt');
    expect(flatten(imported.document)).toBe('Facts:\n- one\n- two\n- three\n- four\n- five\n3. third\n4. fourth\n1. again');
    expect(imported.document.content.map((b) => b.type)).toEqual(['paragraph', 'bulletList', 'orderedList', 'orderedList']);
  });

  it('continues an item on the next line, and keeps "**COUNTRY**" at a line start out of the bullets', () => {
    const text = '- a long item\n  that wraps\n**COUNTRY** must act.';
    const imported = importTemplate(utf8(text), 'wrap.txt');
    expect(flatten(imported.document)).toBe('- a long item⏎that wraps⏎{country.name} must act.');
  });

  it('turns a form feed into a page break', () => {
    expect(flatten(importTemplate(utf8('Page one.\fPage two.'), 'pages.txt').document)).toBe('Page one.\n---page---\nPage two.');
  });

  it('reads UTF-8 with a BOM, and falls back to Windows-1252 with a warning', () => {
    const bom = importTemplate(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Señor/a')]), 'bom.txt');
    expect(bom.placeholders[0]?.raw).toBe('Señor/a');
    expect(bom.warnings).toEqual([]);
    const cp1252 = importTemplate(new Uint8Array([...utf8('Pa'), 0xed, ...utf8('s: [PA'), 0xcd, ...utf8('S] '), 0x80, ...utf8(' 5')]), 'old.txt');
    expect(flatten(cp1252.document)).toBe('País: {country.name} € 5');
    expect(cp1252.warnings.map((w) => w.code)).toEqual(['windows1252']);
  });

  it('refuses binary content, a Word file named .txt, an empty file and a file of blank lines', () => {
    expectRefused(new Uint8Array([0x41, 0x00, 0x42, 0x00, 0x01]), 'binary.txt', 'notText');
    expect(expectRefused(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]), 'letter.txt', 'notText').message).toMatch(/\.docx/);
    expectRefused(new Uint8Array(0), 'empty.txt', 'empty');
    expectRefused(utf8('\n\n   \n\t\n'), 'blank.txt', 'empty');
  });

  it('refuses formats it does not read, saying which it does', () => {
    expect(expectRefused(utf8('%PDF-1.7'), 'letter.pdf', 'unsupportedFormat').message).toMatch(/\.docx.*\.txt.*\.md.*\.html/);
    expectRefused(utf8('text'), 'letter', 'unsupportedFormat');
    expect(expectRefused(utf8('x'), 'old.doc', 'unsupportedFormat').message).toMatch(/save it as \.docx/);
  });
});

describe('Markdown', () => {
  const imported = importTemplate(fixture('carta-abierta-es.md'), 'carta-abierta-es.md');

  it('reads headings, line breaks, bold placeholders, lists, links and quotes', () => {
    expect(flatten(imported.document)).toBe(
      [
        '# Carta abierta sobre la libertad de prensa en Norvania',
        '{recipient.honorific}⏎{recipient.name}⏎{recipient.fullTitle}',
        'Ginebra, {date.letter}',
        '{recipient.honorific}:',
        'Las organizaciones firmantes nos dirigimos a usted para pedir que {country.name} defienda a los periodistas detenidos sin juicio en Norvania. Confiamos en que Su gobierno dará a esta carta la atención que merece.',
        '- Al menos cuarenta periodistas llevan más de seis meses detenidos sin cargos.',
        '- Dos emisoras independientes fueron cerradas por decreto (informe).',
        '> Ningún periodista debería estar en prisión por su trabajo.',
        'Atentamente,',
        '{sender.organisation}',
      ].join('\n'),
    );
    expect(inlines(imported.document)).toContainEqual({
      type: 'text',
      text: 'informe',
      marks: [{ type: 'link', attrs: { href: 'https://example.org/informe' } }],
    });
    expect(imported.suggestedName).toBe('Carta abierta sobre la libertad de prensa en Norvania');
    expect(imported.format).toBe('md');
    expect(letterDocumentSchema.safeParse(imported.document).success).toBe(true);
  });

  it('keeps emphasis, decodes entities, drops images and unsafe links, and keeps <<name>> and «NAME» as placeholders', () => {
    const md = 'Dear *friends* &amp; <u>partners</u> of <<country>> and «DATE».\n\n![logo](logo.png) [click](javascript:alert(1))';
    const result = importTemplate(utf8(md), 'note.md');
    expect(result.document.content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Dear ' },
        { type: 'text', text: 'friends', marks: [{ type: 'italic' }] },
        { type: 'text', text: ' & ' },
        { type: 'text', text: 'partners', marks: [{ type: 'underline' }] },
        { type: 'text', text: ' ' },
        // "of COUNTRY" becomes one field, so English gets "of the Netherlands".
        { type: 'mergeField', attrs: { field: 'country.ofName', format: null, allowEmpty: false } },
        { type: 'text', text: ' and ' },
        { type: 'mergeField', attrs: { field: 'date.letter', format: null, allowEmpty: false } },
        { type: 'text', text: '.' },
      ],
    });
    expect(flatten(result.document).split('\n')[1]).toBe(' click');
    expect(result.warnings.map((w) => w.code)).toEqual(['imagesDropped', 'linksDropped']);
  });

  it('reads raw HTML blocks safely and numbered lists with their start', () => {
    const md = '3. third\n4. fourth\n\n<div>Kept <script>alert(1)</script>text</div>';
    const result = importTemplate(utf8(md), 'html.md');
    expect(flatten(result.document)).toBe('3. third\n4. fourth\nKept text');
    expect(result.warnings.map((w) => w.code)).toEqual(['scriptsDropped']);
  });
});

describe('HTML', () => {
  const imported = importTemplate(fixture('lettre-ouverte-fr.html'), 'lettre-ouverte-fr.html');

  it('reads the French letter: headings, line breaks, bold placeholders, lists and table cells', () => {
    expect(flatten(imported.document)).toBe(
      [
        '# Lettre ouverte au gouvernement {country.ofName}',
        '{recipient.honorific}⏎{recipient.name}⏎{recipient.fullTitle}',
        '{gender:Monsieur|Madame|Monsieur/Madame} le Président,',
        'Nous vous écrivons au sujet des journalistes détenus sans jugement en Norvanie. Voir notre rapport et cette page.',
        '- Quarante journalistes sont détenus depuis plus de six mois.',
        '- Deux radios indépendantes ont été fermées par décret.',
        '3. Nous demandons leur libération.',
        'Signataire',
        '{sender.organisation}',
      ].join('\n'),
    );
    expect(placeholder(imported, 'Président/Premier ministre de la République de **PAYS**').mapping).toEqual({ type: 'field', field: 'recipient.fullTitle' });
    expect(imported.language).toBe('fr');
    expect(imported.suggestedName).toBe('Lettre ouverte au gouvernement de [PAYS]');
  });

  it('drops scripts, styles, images and unsafe links, each with a warning, and keeps safe links', () => {
    expect(imported.warnings.map((w) => w.code).sort()).toEqual(['imagesDropped', 'linksDropped', 'scriptsDropped', 'stylesDropped', 'tablesFlattened']);
    expect(imported.warnings.find((w) => w.code === 'scriptsDropped')?.message).toMatch(/^2 scripts were removed/);
    expect(JSON.stringify(imported.document)).not.toMatch(/alert|javascript|jamais/);
    expect(inlines(imported.document)).toContainEqual({
      type: 'text',
      text: 'rapport',
      marks: [{ type: 'link', attrs: { href: 'https://example.org/rapport' } }],
    });
    expect(inlines(imported.document)).toContainEqual({ type: 'text', text: 'fermées', marks: [{ type: 'italic' }] });
  });

  it('reads inline styles, alignment, page breaks and <pre>, and collapses whitespace', () => {
    const html =
      '<p style="text-align:center">  Geneva,\n   <span style="font-weight:700">1 March</span>  </p>' +
      '<p style="page-break-before:always">Annex <i>one</i></p><pre>line 1\nline 2</pre><blockquote><p>Quoted.</p></blockquote>' +
      '<p>End<br style="page-break-before:always" clear="all">Next</p>';
    const result = importTemplate(utf8(html), 'styled.html');
    expect(flatten(result.document)).toBe('Geneva, 1 March\n---page---\nAnnex one\nline 1⏎line 2\n> Quoted.\nEnd\n---page---\nNext');
    expect(result.document.content[0]).toEqual({
      type: 'paragraph',
      attrs: { textAlign: 'center' },
      content: [
        { type: 'text', text: 'Geneva, ' },
        { type: 'text', text: '1 March', marks: [{ type: 'bold' }] },
      ],
    });
  });

  it('refuses a page with no text, saying when it had only images', () => {
    expectRefused(utf8('<html><body><img src="a.png"><img src="b.png"></body></html>'), 'scan.html', 'imagesOnly');
    expectRefused(utf8('<html><head><script>alert(1)</script></head><body> </body></html>'), 'blank.htm', 'empty');
  });
});

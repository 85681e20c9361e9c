import { AlignmentType, ExternalHyperlink, HeadingLevel, ImageRun, LevelFormat, PageBreak, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { letterDocumentSchema } from '../../../../shared/letter/document';
import { importTemplate } from '../../../../electron/core/templates/import';
import { buildDocx, flatten, inlines, p, placeholder, PNG, R_NS, rawDocx, W_NS } from './helpers';
const image = (): ImageRun => new ImageRun({ type: 'png', data: PNG, transformation: { width: 20, height: 20 } });

describe('DOCX built with the docx library', () => {
  it('counts a bold all-caps run as a placeholder and does not make the merged value bold', async () => {
    const bytes = await buildDocx([
      new Paragraph({
        children: [new TextRun('We call on '), new TextRun({ text: 'COUNTRY', bold: true }), new TextRun({ text: ' to act now.', italics: true })],
      }),
      new Paragraph({ children: [new TextRun({ text: 'Important: ', bold: true }), new TextRun({ text: 'UN', bold: true }), new TextRun(' experts agree.')] }),
    ]);
    const imported = importTemplate(bytes, 'letter.docx');
    expect(imported.format).toBe('docx');
    expect(imported.document.content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'We call on ' },
        { type: 'mergeField', attrs: { field: 'country.name', format: null, allowEmpty: false } },
        { type: 'text', text: ' to act now.', marks: [{ type: 'italic' }] },
      ],
    });
    expect(imported.placeholders).toEqual([
      { id: 'p1', raw: '**COUNTRY**', kind: 'marker', occurrences: 1, mapping: { type: 'field', field: 'country.name' }, marker: '[[COUNTRY]]' },
    ]);
    // Bold that is not a capitalised placeholder stays bold text.
    expect(imported.document.content[1]).toMatchObject({
      content: [{ type: 'text', text: 'Important: UN', marks: [{ type: 'bold' }] }, { text: ' experts agree.' }],
    });
  });

  it('maps Spanish placeholders', async () => {
    const bytes = await buildDocx([
      new Paragraph({ children: [new TextRun('Excelentísimo/a Señor/a')] }),
      new Paragraph({ children: [new TextRun({ text: 'NOMBRE DEL PRESIDENTE', bold: true })] }),
      new Paragraph({ children: [new TextRun('Presidente/Primer Ministro de la República de '), new TextRun({ text: 'PAÍS', bold: true })] }),
      new Paragraph({
        children: [
          new TextRun('Nos dirigimos a usted para que '),
          new TextRun({ text: 'PAÍS', bold: true }),
          new TextRun(' defienda a los periodistas de la región.'),
        ],
      }),
    ]);
    const imported = importTemplate(bytes, 'carta.docx');
    expect(flatten(imported.document)).toBe(
      '{recipient.honorific}\n{recipient.name}\n{recipient.fullTitle}\nNos dirigimos a usted para que {country.name} defienda a los periodistas de la región.',
    );
    expect(imported.placeholders.map((x) => x.raw)).toEqual([
      'Excelentísimo/a Señor/a',
      '**NOMBRE DEL PRESIDENTE**',
      'Presidente/Primer Ministro de la República de **PAÍS**',
      '**PAÍS**',
    ]);
    expect(imported.language).toBe('es');
  });

  it('turns "President/Prime Minister of the Republic of COUNTRY" into the full title, consuming the phrase', async () => {
    const bytes = await buildDocx([
      new Paragraph({ children: [new TextRun('His/Her Excellency')] }),
      new Paragraph({ children: [new TextRun('President/Prime Minister of the Republic of '), new TextRun({ text: 'COUNTRY', bold: true })] }),
    ]);
    const imported = importTemplate(bytes, 'letter.docx');
    expect(flatten(imported.document)).toBe('{recipient.honorific}\n{recipient.fullTitle}');
    expect(placeholder(imported, 'President/Prime Minister of the Republic of **COUNTRY**').mapping).toEqual({ type: 'field', field: 'recipient.fullTitle' });
  });

  it('reads headings (level 4 and below as 3), names the template after the first one, and keeps alignment', async () => {
    const bytes = await buildDocx([
      new Paragraph({ text: 'Joint letter on press freedom', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: 'Background', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: 'Details', heading: HeadingLevel.HEADING_4 }),
      new Paragraph({ text: 'Geneva, 1 March', alignment: AlignmentType.RIGHT }),
    ]);
    const imported = importTemplate(bytes, 'letter.docx');
    expect(flatten(imported.document)).toBe('# Joint letter on press freedom\n## Background\n### Details\nGeneva, 1 March');
    expect(imported.document.content[3]).toMatchObject({ type: 'paragraph', attrs: { textAlign: 'right' } });
    expect(imported.suggestedName).toBe('Joint letter on press freedom');
  });

  it('keeps web and mail links, and drops other targets with a warning', async () => {
    const bytes = await buildDocx([
      new Paragraph({
        children: [
          new TextRun('Read the '),
          new ExternalHyperlink({ link: 'https://example.org/report', children: [new TextRun({ text: 'report', style: 'Hyperlink' })] }),
          new TextRun(', write to '),
          new ExternalHyperlink({ link: 'mailto:press@example.org', children: [new TextRun('us')] }),
          new TextRun(' or open '),
          new ExternalHyperlink({ link: 'file:///C:/secret.txt', children: [new TextRun('this')] }),
        ],
      }),
    ]);
    const imported = importTemplate(bytes, 'letter.docx');
    const links = inlines(imported.document).filter((n) => n.type === 'text' && n.marks?.some((m) => m.type === 'link'));
    expect(links.map((n) => (n.type === 'text' ? [n.text, n.marks] : null))).toEqual([
      ['report', [{ type: 'link', attrs: { href: 'https://example.org/report' } }]],
      ['us', [{ type: 'link', attrs: { href: 'mailto:press@example.org' } }]],
    ]);
    expect(flatten(imported.document)).toBe('Read the report, write to us or open this');
    expect(imported.warnings.map((w) => w.code)).toEqual(['linksDropped']);
  });

  it('rebuilds bullet and numbered lists, each list its own, with nesting and resumed numbering', async () => {
    const numbered = (text: string, instance: number) => new Paragraph({ text, numbering: { reference: 'steps', level: 0, instance } });
    const bytes = await buildDocx(
      [
        numbered('Release the journalists.', 1),
        numbered('Reopen the radio stations.', 1),
        new Paragraph({ text: 'In addition:' }),
        new Paragraph({ text: 'Allow family visits.', bullet: { level: 0 } }),
        new Paragraph({ text: 'Every week.', bullet: { level: 1 } }),
        new Paragraph({ text: 'Allow lawyers in.', bullet: { level: 0 } }),
        numbered('A second list starts at one.', 2),
        numbered('The first list resumes at three.', 1),
      ],
      { numbering: { config: [{ reference: 'steps', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] }] } },
    );
    const imported = importTemplate(bytes, 'letter.docx');
    expect(flatten(imported.document)).toBe(
      [
        '1. Release the journalists.',
        '2. Reopen the radio stations.',
        'In addition:',
        '- Allow family visits.',
        '  - Every week.',
        '- Allow lawyers in.',
        '1. A second list starts at one.',
        '3. The first list resumes at three.',
      ].join('\n'),
    );
    expect(imported.document.content.map((b) => b.type)).toEqual(['orderedList', 'paragraph', 'bulletList', 'orderedList', 'orderedList']);
  });

  it('turns page breaks into page-break blocks', async () => {
    const bytes = await buildDocx([
      new Paragraph({ children: [new TextRun('First page.'), new PageBreak(), new TextRun('Second page.')] }),
      new Paragraph({ text: 'Annex', pageBreakBefore: true }),
    ]);
    expect(flatten(importTemplate(bytes, 'letter.docx').document)).toBe('First page.\n---page---\nSecond page.\n---page---\nAnnex');
  });

  it('drops images with a warning that counts them', async () => {
    const bytes = await buildDocx([
      new Paragraph({ children: [image()] }),
      new Paragraph({ children: [new TextRun('Dear Excellency,'), image()] }),
      new Paragraph({ children: [image()] }),
    ]);
    const imported = importTemplate(bytes, 'letterhead.docx');
    expect(flatten(imported.document)).toBe('Dear Excellency,');
    expect(imported.warnings).toEqual([{ code: 'imagesDropped', message: expect.stringMatching(/^3 images were left out/) }]);
  });
});

describe('DOCX written by hand', () => {
  it('finds a placeholder split across runs and keeps the formatting around it', () => {
    const body =
      '<w:p><w:r><w:t>**NAME OF</w:t></w:r><w:r><w:t xml:space="preserve"> THE PRESIDENT**</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve"> (in office)</w:t></w:r></w:p>' +
      p(['Dear ', 'u'], ['His/', 'b'], ['Her Excellency', 'b'], ', we ', ['COUN', 'b'], ['TRY', 'b'], ' again.');
    const imported = importTemplate(rawDocx(body), 'split.docx');
    expect(imported.document.content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'mergeField', attrs: { field: 'recipient.name', format: null, allowEmpty: false } },
        { type: 'text', text: ' (in office)', marks: [{ type: 'italic' }] },
      ],
    });
    expect(imported.document.content[1]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Dear ', marks: [{ type: 'underline' }] },
        // A slot takes the formatting of the run it starts in: this one was bold text, not a bold placeholder.
        { type: 'mergeField', attrs: { field: 'recipient.honorific', format: null, allowEmpty: false }, marks: [{ type: 'bold' }] },
        { type: 'text', text: ', we ' },
        { type: 'mergeField', attrs: { field: 'country.name', format: null, allowEmpty: false } },
        { type: 'text', text: ' again.' },
      ],
    });
    expect(imported.placeholders.map((x) => x.raw)).toEqual(['**NAME OF THE PRESIDENT**', 'His/Her Excellency', '**COUNTRY**']);
  });

  it('reads bullets and numbers from numbering.xml, with two separate lists', () => {
    const item = (text: string, numId: number) =>
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const numbering =
      `<w:numbering xmlns:w="${W_NS}">` +
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>' +
      '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="lowerLetter"/></w:lvl></w:abstractNum>' +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>' +
      '</w:numbering>';
    const imported = importTemplate(rawDocx(item('a', 1) + item('b', 1) + item('c', 2) + item('d', 3), { 'word/numbering.xml': numbering }), 'lists.docx');
    expect(flatten(imported.document)).toBe('- a\n- b\n5. c\n- d');
    expect(imported.document.content.map((b) => b.type)).toEqual(['bulletList', 'orderedList', 'bulletList']);
  });

  it('reads headings through styles.xml names, decodes entities, and ignores field codes, hidden and deleted text', () => {
    const styles = `<w:styles xmlns:w="${W_NS}"><w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/><w:rPr><w:b/></w:rPr></w:style></w:styles>`;
    const body =
      '<w:p><w:pPr><w:pStyle w:val="Titre1"/></w:pPr><w:r><w:t>Lettre &amp; appel &#233;crit</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t xml:space="preserve">See </w:t></w:r>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org/x" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      '<w:r><w:t>our site</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r><w:del><w:r><w:delText>removed</w:delText></w:r></w:del><w:ins><w:r><w:t xml:space="preserve"> today</w:t></w:r></w:ins></w:p>';
    const imported = importTemplate(rawDocx(body, { 'word/styles.xml': styles }), 'fields.docx');
    expect(flatten(imported.document)).toBe('# Lettre & appel écrit\nSee our site today');
    expect(imported.document.content[0]).toEqual({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Lettre & appel écrit' }] });
    expect(inlines(imported.document)).toContainEqual({ type: 'text', text: 'our site', marks: [{ type: 'link', attrs: { href: 'https://example.org/x' } }] });
    expect(imported.warnings.map((w) => w.code)).toEqual(['trackedChanges']);
  });

  it('flattens tables into paragraphs, with a warning', () => {
    const body = `<w:tbl><w:tr><w:tc>${p('Signed:')}</w:tc><w:tc>${p(['ORGANISATION', 'b'])}</w:tc></w:tr></w:tbl>`;
    const imported = importTemplate(rawDocx(body), 'table.docx');
    expect(flatten(imported.document)).toBe('Signed:\n{sender.organisation}');
    expect(imported.warnings.map((w) => w.code)).toEqual(['tablesFlattened']);
    expect(letterDocumentSchema.safeParse(imported.document).success).toBe(true);
  });

  it('leaves out headers, footers and text boxes with a warning, and applies small capitals as written', () => {
    const header = `<w:hdr xmlns:w="${W_NS}">${p('Norvania Press Freedom Network, Geneva')}</w:hdr>`;
    const textBox =
      '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="x"><w:txbxContent>' +
      p('In a box') +
      '</w:txbxContent></wps:txbx></w:drawing></mc:Choice></mc:AlternateContent></w:r>';
    const body = `<w:p><w:r><w:rPr><w:caps/></w:rPr><w:t>urgent appeal</w:t></w:r>${textBox}</w:p>`;
    const rels = `<Relationship Id="rIdHeader" Type="${R_NS}/header" Target="header1.xml"/>`;
    const imported = importTemplate(rawDocx(body, { 'word/header1.xml': header }, rels), 'letterhead.docx');
    expect(flatten(imported.document)).toBe('URGENT APPEAL');
    expect(imported.warnings.map((w) => w.code).sort()).toEqual(['headersFootersDropped', 'textBoxesDropped']);
  });
});

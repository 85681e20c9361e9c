import { describe, expect, it } from 'vitest';
import { renderCombined, renderLetter } from '../../../../electron/core/exports/docx';
import { FACT_TEXT, sampleLetter, sampleStatement } from '../../../fixtures/docx-export/letters';
import { docxPart, docxPartNames } from './helpers';

/* The WordprocessingML itself, unzipped: what Word reads for paper, language, lists, direction and fields. */

const paragraphs = (xml: string) => [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((m) => m[0]);
const runs = (xml: string) => [...xml.matchAll(/<w:r>.*?<\/w:r>/gs)].map((m) => m[0]);
function paragraphWith(xml: string, text: string): string {
  const found = paragraphs(xml).find((p) => p.includes(text));
  if (!found) throw new Error(`no paragraph with "${text}"`);
  return found;
}
const numId = (p: string) => p.match(/<w:numId w:val="(\d+)"\/>/)?.[1];

describe('DOCX export: document.xml, styles.xml, numbering.xml', () => {
  it('sets the paper size and margins explicitly (A4 and US Letter)', async () => {
    const a4 = docxPart(await renderLetter(sampleLetter()), 'word/document.xml');
    expect(a4).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(a4).toMatch(/<w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418"/);
    const letter = docxPart(await renderLetter(sampleStatement()), 'word/document.xml');
    expect(letter).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
  });

  it.each([
    ['en', 'en-GB'],
    ['es', 'es-ES'],
    ['fr', 'fr-FR'],
  ] as const)('sets the document language %s as w:lang %s in the default run properties', async (language, tag) => {
    const styles = docxPart(await renderLetter(sampleLetter({ language })), 'word/styles.xml');
    const defaults = styles.match(/<w:rPrDefault>.*?<\/w:rPrDefault>/s)?.[0] ?? '';
    expect(defaults).toContain(`<w:lang w:val="${tag}"`);
  });

  it('asks for widow and orphan control in the defaults, so Word breaks pages where LibreOffice does', async () => {
    const styles = docxPart(await renderLetter(sampleLetter()), 'word/styles.xml');
    expect(styles.match(/<w:pPrDefault>.*?<\/w:pPrDefault>/s)?.[0]).toContain('<w:widowControl/>');
  });

  it('gives each list its own numbering instance, so the second numbered list restarts at 1', async () => {
    const docx = await renderLetter(sampleLetter());
    const xml = docxPart(docx, 'word/document.xml');
    const first = numId(paragraphWith(xml, 'Release every person'));
    const firstAgain = numId(paragraphWith(xml, 'Allow independent visits'));
    const second = numId(paragraphWith(xml, 'Publish the list of detainees'));
    const bullets = numId(paragraphWith(xml, 'A first bullet point'));
    expect(first).toBeDefined();
    expect(firstAgain).toBe(first);
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect(bullets).not.toBe(second);

    const numbering = docxPart(docx, 'word/numbering.xml');
    const num = (id: string | undefined) => numbering.match(new RegExp(`<w:num w:numId="${id}">.*?</w:num>`, 's'))?.[0] ?? '';
    const abstractOf = (id: string | undefined) => num(id).match(/<w:abstractNumId w:val="(\d+)"\/>/)?.[1];
    // Both numbered lists use the same decimal definition, each starting again from 1.
    expect(abstractOf(first)).toBe(abstractOf(second));
    for (const id of [first, second]) expect(num(id)).toMatch(/<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"\/>/);
    const abstract = numbering.match(new RegExp(`<w:abstractNum [^>]*w:abstractNumId="${abstractOf(first)}".*?</w:abstractNum>`, 's'))?.[0] ?? '';
    expect(abstract).toMatch(/<w:lvl w:ilvl="0"[^>]*>.*?<w:numFmt w:val="decimal"\/>/s);
    const bulletAbstract = numbering.match(new RegExp(`<w:abstractNum [^>]*w:abstractNumId="${abstractOf(bullets)}".*?</w:abstractNum>`, 's'))?.[0] ?? '';
    expect(bulletAbstract).toMatch(/<w:numFmt w:val="bullet"\/>/);
  });

  it('starts an ordered list at its "start" number', async () => {
    const docx = await renderLetter(
      sampleLetter({
        body: {
          type: 'doc',
          content: [
            {
              type: 'orderedList',
              attrs: { start: 5 },
              content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Fifth' }] }] }],
            },
          ],
        },
      }),
    );
    const id = numId(paragraphWith(docxPart(docx, 'word/document.xml'), 'Fifth'));
    const numbering = docxPart(docx, 'word/numbering.xml');
    expect(numbering.match(new RegExp(`<w:num w:numId="${id}">.*?</w:num>`, 's'))?.[0]).toMatch(/<w:startOverride w:val="5"\/>/);
  });

  it('marks right-to-left runs with w:rtl, and only them', async () => {
    const letter = sampleLetter({ addressBlock: ['His Excellency', 'محمد بن سلمان', 'Minister'] });
    letter.body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Dear שלום עליכם, thank you.' }] }] };
    const xml = docxPart(await renderLetter(letter), 'word/document.xml');
    const arabic = runs(paragraphWith(xml, 'محمد بن سلمان'));
    expect(arabic).toHaveLength(1);
    expect(arabic[0]).toContain('<w:rtl/>');
    expect(paragraphWith(xml, 'His Excellency')).not.toContain('<w:rtl/>');
    // Mixed text is split: the Hebrew words are one RTL run, the English around them are not.
    const mixed = runs(paragraphWith(xml, 'שלום'));
    expect(mixed.map((r) => [r.match(/<w:t[^>]*>(.*?)<\/w:t>/)?.[1], r.includes('<w:rtl/>')])).toEqual([
      ['Dear ', false],
      ['שלום עליכם', true],
      [', thank you.', false],
    ]);
  });

  it('writes bold, italic and underline runs, a hard break, an external hyperlink, a quote, a heading and a page break', async () => {
    const docx = await renderLetter(sampleLetter());
    const xml = docxPart(docx, 'word/document.xml');
    const body = paragraphWith(xml, 'We write to you');
    expect(body).toMatch(/<w:b\/>.*?the Coalition for Detainees/s);
    expect(body).toMatch(/<w:i\/>.*?continued detention/s);
    expect(body).toMatch(/<w:u w:val="single"\/>.*?more than 1,100 people/s);
    const link = body.match(/<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>.*?Observatory of Rights.*?<\/w:hyperlink>/s);
    expect(link).not.toBeNull();
    const rels = docxPart(docx, 'word/_rels/document.xml.rels');
    expect(rels).toMatch(
      new RegExp(
        `Id="${link?.[1]}"[^>]*Target="https://observatory.example.org/report"[^>]*TargetMode="External"|Target="https://observatory.example.org/report"[^>]*TargetMode="External"[^>]*Id="${link?.[1]}"`,
      ),
    );
    expect(paragraphWith(xml, 'First line of a signature block')).toMatch(/First line of a signature block.*<w:br\/>.*second line/s);
    expect(paragraphWith(xml, 'liberty and security')).toContain('<w:pStyle w:val="LetterQuote"/>');
    expect(paragraphWith(xml, 'Our second set of requests')).toContain('<w:pStyle w:val="Heading2"/>');
    expect(paragraphWith(xml, 'This paragraph starts the second page')).toContain('<w:pageBreakBefore/>');
  });

  it('puts a footnote right after the cited fact, or lists the sources in a section', async () => {
    const docx = await renderLetter(sampleLetter());
    const body = paragraphWith(docxPart(docx, 'word/document.xml'), 'We write to you');
    expect(body).toMatch(new RegExp(`${FACT_TEXT}</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="(\\d+)"/>`));
    expect(docxPart(docx, 'word/footnotes.xml')).toContain('Observatory of Rights annual report, https://observatory.example.org/report (as of 2026-06-30)');

    const statement = docxPart(await renderLetter(sampleStatement()), 'word/document.xml');
    expect(statement).not.toContain('w:footnoteReference');
    expect(paragraphWith(statement, 'Fuentes')).toContain('<w:b/>');
    expect(paragraphWith(statement, 'Informe anual')).toContain('(datos a 2026-06-30)');
  });

  it('scales signature images to 4.5 cm wide, keeping their aspect ratio', async () => {
    const docx = await renderLetter(sampleLetter());
    const xml = docxPart(docx, 'word/document.xml');
    const extents = [...xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(extents).toHaveLength(2);
    for (const [cx, cy] of extents) {
      expect(cx / 360_000).toBeCloseTo(4.5, 1); // EMU per cm
      expect(cy / cx).toBeCloseTo(150 / 400, 2);
    }
    expect(docxPartNames(docx).filter((n) => n.startsWith('word/media/')).length).toBeGreaterThanOrEqual(2);
  });

  it('footer: "Page X of Y" with PAGE and NUMPAGES fields; a combined file uses SECTIONPAGES and restarts at 1 per letter', async () => {
    const single = await renderLetter(sampleLetter({ language: 'es' }));
    const footers = docxPartNames(single).filter((n) => /^word\/footer\d+\.xml$/.test(n));
    expect(footers.length).toBeGreaterThan(0);
    for (const name of footers) {
      const footer = docxPart(single, name);
      expect(footer).toContain('Página ');
      expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(footer).toContain(' de ');
      expect(footer).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
    }

    const combined = await renderCombined([sampleLetter(), sampleStatement(), sampleLetter({ language: 'fr' })]);
    const xml = docxPart(combined, 'word/document.xml');
    const sections = [...xml.matchAll(/<w:sectPr>.*?<\/w:sectPr>/gs)].map((m) => m[0]);
    expect(sections).toHaveLength(3);
    for (const s of sections) {
      expect(s).toContain('<w:type w:val="nextPage"/>');
      expect(s).toContain('<w:pgNumType w:start="1"/>');
      expect(s).toContain('<w:titlePg/>');
    }
    const combinedFooters = docxPartNames(combined)
      .filter((n) => /^word\/footer\d+\.xml$/.test(n))
      .sort((a, b) => Number(/\d+/.exec(a)) - Number(/\d+/.exec(b)));
    for (const name of combinedFooters) expect(docxPart(combined, name)).toMatch(/<w:instrText[^>]*>SECTIONPAGES<\/w:instrText>/);
    // Each letter's page count is written as the field's result, for readers that do not count (LibreOffice has no SECTIONPAGES).
    const written = combinedFooters.map((n) => /SECTIONPAGES<\/w:instrText>.*?<w:t xml:space="preserve">(\d+)<\/w:t>/s.exec(docxPart(combined, n))?.[1]);
    expect(written).toEqual(['2', '2', '1', '1', '2', '2']);
    expect(combinedFooters.some((n) => docxPart(combined, n).includes(' sur '))).toBe(true);
  });

  it('tags the runs of a letter in another language than the file default (combined files)', async () => {
    const combined = await renderCombined([sampleLetter(), sampleStatement()]);
    const xml = docxPart(combined, 'word/document.xml');
    expect(paragraphWith(xml, 'Las organizaciones firmantes')).toContain('<w:lang w:val="es-ES"/>');
    expect(paragraphWith(xml, 'We write to you')).not.toContain('<w:lang');
  });

  it('refuses a document that was not merged', async () => {
    const letter = sampleLetter({
      body: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'mergeField', attrs: { field: 'recipient.name', format: null, allowEmpty: false } }] }],
      },
    });
    await expect(renderLetter(letter)).rejects.toThrow(/merged document.*mergeField/);
    await expect(renderCombined([])).rejects.toThrow(/no letter/);
  });
});

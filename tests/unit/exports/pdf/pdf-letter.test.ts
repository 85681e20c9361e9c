import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderPdfCombined, renderPdfLetter } from '../../../../electron/core/exports/pdf';
import type { ExportImage } from '../../../../electron/core/exports/docx';
import { FACT_TEXT, letterOfLength, sampleLetter, sampleStatement } from '../../../fixtures/docx-export/letters';
import { pageOf, readPdf } from './read-pdf';

/*
 * PDF letters read back by poppler: what each page says and in what order,
 * fonts all embedded, pictures present at print resolution, paper sizes, the
 * PDF/A-2b identification, and a print file whose letters count their own pages.
 */

/** The lines of a page's text with their spacing squeezed, for order checks. */
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

/** Asserts that the needles appear in this order in the text. */
function expectInOrder(text: string, needles: string[]): void {
  let at = -1;
  for (const needle of needles) {
    const next = text.indexOf(needle, at + 1);
    expect(next, `"${needle}" after position ${at}`).toBeGreaterThan(at);
    at = next;
  }
}

describe('PDF letter', () => {
  it('prints the letterhead, date, reference, address, body with real lists, footnote, signers, endorsers and "Page X of Y" in order', async () => {
    const pdf = readPdf(await renderPdfLetter(sampleLetter()));
    expect(pdf.pages).toHaveLength(2);
    const [one, two] = pdf.pages.map((p) => lines(p).join('\n'));
    expectInOrder(one!, [
      'Coalition for Detainees',
      '12 Example Street, 1000 Brussels, Belgium',
      'Brussels, 22 November 2026',
      'Ref.: HRL-2026-0042',
      'His Excellency',
      'Minister of Foreign Affairs',
      'Riyadh',
      'Your Excellency,',
      'We write to you on behalf of the Coalition for Detainees',
      '1. Release every person detained',
      '2. Allow independent visits',
      'Our second set of requests',
      // The second numbered list counts from 1 again.
      '1. Publish the list of detainees.',
      '2. Review the law',
      '3. Report back',
      '• A first bullet point.',
      'Everyone has the right to liberty',
      'second line after a hard break',
      // The cited fact's footnote at the page's foot, then the footer.
      '1 Observatory of Rights annual report, https://observatory.example.org/report (as of 2026-06-30)',
      'Page 1 of 2',
    ]);
    expect(one).toContain(FACT_TEXT);
    // The page break: the close and the signers on page 2, under the small header.
    expectInOrder(two!, [
      'Coalition for Detainees · Ref.: HRL-2026-0042',
      'This paragraph starts the second page.',
      'Yours sincerely,',
      'Ana Pérez',
      'Executive Director',
      'Endorsed by',
      'Friends of Liberty (Chile)',
      'Rights Watchers',
      'Page 2 of 2',
    ]);
    // Two signers side by side, on one line.
    expect(two).toMatch(/Ana Pérez\s+John Smith/);
  });

  it('embeds every font (Liberation Sans, DejaVu Sans for right-to-left text, subset) and is sized A4 or US Letter with the DOCX margins', async () => {
    const letter = readPdf(await renderPdfLetter(sampleLetter()));
    expect(letter.fonts.length).toBeGreaterThanOrEqual(3);
    for (const font of letter.fonts) {
      expect(font, font.name).toMatchObject({ embedded: true, subset: true });
      expect(font.name).toMatch(/^[A-Z]{6}\+(LiberationSans|DejaVuSans$)/);
    }
    // The Arabic name in the address block is drawn in DejaVu Sans, which has its letters (Liberation Sans has none).
    expect(letter.fonts.map((f) => f.name.slice(7))).toContain('DejaVuSans');
    for (const word of ['محمد', 'سلمان']) expect(letter.pages[0]).toContain(word);
    expect(letter.info['Page size']).toBe('595.3 x 841.9 pts (A4)');
    // The text starts at the DOCX's left margin: 2.5 cm on A4 (70.9 pt), 1 inch on US Letter (72 pt).
    const left = (pdf: typeof letter, word: string) => pdf.words.find((w) => w.text === word)!.xMin;
    expect(left(letter, 'Ref.:')).toBeCloseTo(70.9, 0);
    const statement = readPdf(await renderPdfLetter(sampleStatement()));
    expect(statement.info['Page size']).toMatch(/^612 x 792 pts \(letter\)/);
    expect(statement.fonts.every((f) => f.embedded)).toBe(true);
    expect(left(statement, 'Ref.:')).toBeCloseTo(72, 0);
    // A statement: its title first, sources as a section, no address block.
    expectInOrder(lines(statement.pages.join('\n')).join('\n'), [
      'Declaración sobre las personas detenidas',
      'Madrid, 22 de noviembre de 2026',
      'Fuentes',
      '1. Informe anual',
      'Página 1 de 1',
    ]);
  });

  it('identifies itself as PDF/A-2b, with the sRGB output intent', async () => {
    const text = Buffer.from(await renderPdfLetter(sampleLetter())).toString('latin1');
    expect(text.startsWith('%PDF-1.7')).toBe(true);
    expect(text).toMatch(/<pdfaid:part>2<\/pdfaid:part>\s*<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(text).toContain('/S /GTS_PDFA1');
    expect(text).toContain('sRGB IEC61966-2.1');
  });

  it("has the logo on page 1 and each signature on the signers' page", async () => {
    const pdf = readPdf(await renderPdfLetter(sampleLetter()));
    const pictures = pdf.images.filter((i) => i.type === 'image');
    expect(pictures.filter((i) => i.page === 1)).toEqual([expect.objectContaining({ width: 240, height: 240 })]);
    expect(pictures.filter((i) => i.page === 2)).toHaveLength(2);
    expect(pictures.filter((i) => i.page === 2).every((i) => i.width === 400 && i.height === 150)).toBe(true);
    // The logo's 240 pixels are printed 2 cm tall: over 300 pixels an inch, embedded as they are.
    expect(pictures[0]!.xPpi).toBeGreaterThanOrEqual(300);
  });

  it('scales huge scans down to print resolution (300 ppi), keeping a two-page letter with logo and signatures under 300 KB', async () => {
    const scan = async (width: number, height: number, format: 'png' | 'jpg'): Promise<ExportImage> => {
      const noisy = sharp({ create: { width, height, channels: 3, background: '#f4f0e8', noise: { type: 'gaussian', mean: 200, sigma: 40 } } });
      const data = format === 'png' ? await noisy.png().toBuffer() : await noisy.jpeg({ quality: 92 }).toBuffer();
      return { data: new Uint8Array(data), type: format, widthPx: width, heightPx: height };
    };
    const logo = await scan(2400, 2400, 'png');
    const signature = await scan(3600, 1350, 'jpg');
    expect(logo.data.length + signature.data.length).toBeGreaterThan(3_000_000);
    const letter = sampleLetter({
      organisation: { ...sampleLetter().organisation, logo },
      signers: [
        { name: 'Ana Pérez', title: 'Executive Director', signature },
        { name: 'John Smith', title: 'Board Chair', signature },
      ],
    });
    const bytes = await renderPdfLetter(letter);
    expect(bytes.length).toBeLessThan(300_000);
    const pdf = readPdf(bytes);
    expect(pdf.pages).toHaveLength(2);
    const pictures = pdf.images.filter((i) => i.type === 'image');
    expect(pictures).toHaveLength(3);
    for (const picture of pictures) {
      expect(picture.xPpi, `page ${picture.page}`).toBeGreaterThanOrEqual(295);
      expect(picture.xPpi, `page ${picture.page}`).toBeLessThanOrEqual(305);
    }
  });

  it('makes one print file where each letter starts a new page with its letterhead and counts its own pages', async () => {
    const letters = [letterOfLength(10, { reference: 'A-1' }), letterOfLength(2, { reference: 'B-2' }), letterOfLength(20, { reference: 'C-3' })];
    const singles = await Promise.all(letters.map(async (l) => readPdf(await renderPdfLetter(l)).pages.length));
    expect(singles).toEqual([2, 1, 3]);
    const pdf = readPdf(await renderPdfCombined(letters));
    expect(pdf.pages).toHaveLength(6);
    const footers = pdf.pages.map((p) => lines(p).at(-1));
    expect(footers).toEqual(['Page 1 of 2', 'Page 2 of 2', 'Page 1 of 1', 'Page 1 of 3', 'Page 2 of 3', 'Page 3 of 3']);
    expect(pageOf(pdf, 'Ref.: B-2')).toBe(3);
    expect(pdf.pages[3]).toContain('Ref.: C-3');
    expect(lines(pdf.pages[2]!)[0]).toBe('Coalition for Detainees');
    // The logo is embedded once and shown on each letter's first page.
    const logos = pdf.images.filter((i) => i.type === 'image' && i.width === 240);
    expect(logos.map((i) => i.page)).toEqual([1, 3, 4]);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { renderCombined, renderLetter } from '../../../../electron/core/exports/docx';
import { letterOfLength, sampleLetter, sampleStatement } from '../../../fixtures/docx-export/letters';
import { requireLetterFonts } from '../../../helpers/letter-fonts';
import { printWithLibreOffice, requireTools } from './helpers';

/* Printed by LibreOffice, a real renderer nobody here wrote, and read back from the PDF with poppler. */

const A4 = { width: 595, height: 842 };
const LETTER = { width: 612, height: 792 };
// LibreOffice takes a few seconds to start.
const SLOW = 120_000;

describe('DOCX export printed by LibreOffice', () => {
  beforeAll(() => {
    requireTools('soffice', 'pdftotext', 'pdfinfo');
    requireLetterFonts();
  });

  it(
    'prints a two-page A4 letter with its text, letterhead, page numbers and signers',
    async () => {
      const { pages, sizes } = printWithLibreOffice(await renderLetter(sampleLetter()), (pdf) => pdf);
      expect(sizes).toEqual([A4, A4]);
      const [one, two] = pages;
      for (const text of [
        'Coalition for Detainees',
        '12 Example Street',
        'Brussels, 22 November 2026',
        'Ref.: HRL-2026-0042',
        'محمد بن سلمان',
        'We respectfully ask',
      ]) {
        expect(one).toContain(text);
      }
      expect(one).toMatch(/1\.\s+Release every person/);
      expect(one).toMatch(/1\.\s+Publish the list/); // the second list restarts at 1
      expect(one).toMatch(/3\.\s+Report back/);
      expect(one).toMatch(/Page 1 of 2/);
      expect(one).toContain('Observatory of Rights annual report'); // the footnote
      expect(one).not.toContain('This paragraph starts the second page');
      expect(two).toContain('This paragraph starts the second page');
      expect(two).toMatch(/Ana Pérez\s+John Smith/);
      expect(two).toMatch(/Endorsed by\s+Friends of Liberty \(Chile\)\s+Rights Watchers/);
      expect(two).toMatch(/Page 2 of 2/);
      expect(two).not.toContain('12 Example Street'); // the letterhead is on the first page only
    },
    SLOW,
  );

  it(
    'prints a statement on US Letter paper, in Spanish',
    async () => {
      const { pages, sizes } = printWithLibreOffice(await renderLetter(sampleStatement()), (pdf) => pdf);
      expect(sizes).toEqual([LETTER]);
      expect(pages[0]).toMatch(/Declaración sobre las personas detenidas[\s\S]*Madrid, 22 de noviembre de 2026/);
      expect(pages[0]).toMatch(/Con el respaldo de[\s\S]*Fuentes/);
      expect(pages[0]).toMatch(/Página 1 de 1/);
    },
    SLOW,
  );

  it(
    'prints a combined file of three letters, each starting on a new page with its own letterhead and page count',
    async () => {
      const letters = [
        sampleLetter({ placeAndDate: 'Brussels, 1 December 2026', addressBlock: ['Her Excellency', 'First Recipient'] }),
        { ...sampleStatement(), placeAndDate: 'Madrid, 2 de diciembre de 2026' },
        sampleLetter({
          language: 'fr',
          paperSize: 'Letter',
          placeAndDate: 'Bruxelles, le 3 décembre 2026',
          addressBlock: ['Son Excellence', 'Troisième destinataire'],
        }),
      ];
      const { pages, sizes } = printWithLibreOffice(await renderCombined(letters), (pdf) => pdf);
      expect(pages.length).toBeGreaterThanOrEqual(3);
      const dates = letters.map((l) => l.placeAndDate);
      const starts = dates.map((date) => pages.findIndex((p) => p.includes(date)));
      expect(starts).toEqual([0, 2, 3]);
      for (const [i, start] of starts.entries()) {
        // Each letter starts a page: its letterhead at the top, its page count from 1, nothing of the letter before,
        // whose last words (its endorsers) end the page before.
        expect(pages[start].trimStart()).toMatch(/^Coalition for Detainees\s+12 Example Street/);
        expect(pages[start]).toMatch(/(Page|Página) 1 (of|de|sur) \d/);
        if (i > 0) {
          expect(pages[start]).not.toContain(dates[i - 1]);
          expect(pages[start - 1]).toMatch(/Rights Watchers/);
        }
      }
      expect(pages[1]).toMatch(/Page 2 of 2/); // SECTIONPAGES counts the first letter's pages only
      expect(pages[2]).toMatch(/Página 1 de 1/);
      expect(pages[4]).toMatch(/Page 2 sur 2/);
      expect(sizes).toEqual([A4, A4, LETTER, LETTER, LETTER]);
    },
    SLOW,
  );

  it(
    "writes each letter's own page count into a combined file, where LibreOffice shows it as written",
    async () => {
      // LibreOffice has no SECTIONPAGES: "Page 1 of N" shows the count the export worked out. Letters of one to three pages.
      const letters = [
        letterOfLength(20, { placeAndDate: 'LETTER-A', language: 'es' }),
        letterOfLength(2, { placeAndDate: 'LETTER-B' }),
        letterOfLength(10, { placeAndDate: 'LETTER-C', language: 'fr', paperSize: 'Letter' }),
        letterOfLength(20, { placeAndDate: 'LETTER-D', paperSize: 'Letter', signers: [] }),
        sampleStatement(),
        letterOfLength(10, { placeAndDate: 'LETTER-E', sources: undefined }),
      ];
      const { pages } = printWithLibreOffice(await renderCombined(letters), (pdf) => pdf);
      const starts = letters.map((l) => pages.findIndex((p) => p.includes(l.placeAndDate)));
      const counts = starts.map((start, i) => (starts[i + 1] ?? pages.length) - start);
      expect(counts).toEqual([3, 1, 2, 3, 1, 2]);
      starts.forEach((start, i) => {
        for (let page = 1; page <= counts[i]; page++) expect(pages[start + page - 1]).toMatch(new RegExp(`(Page|Página) ${page} (of|de|sur) ${counts[i]}`));
      });
    },
    SLOW,
  );
});

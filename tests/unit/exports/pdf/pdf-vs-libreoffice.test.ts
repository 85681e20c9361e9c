import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderLetter, type ExportLetter } from '../../../../electron/core/exports/docx';
import { renderPdfLetter } from '../../../../electron/core/exports/pdf';
import { letterOfLength, sampleLetter, sampleStatement } from '../../../fixtures/docx-export/letters';
import { printToPdf, requireRenderTools } from '../../../helpers/render-pages';
import { pageOf, readPdf, readPdfFile, type ReadPdf } from './read-pdf';

/*
 * A PDF letter against its DOCX as LibreOffice prints it: the same number of
 * pages, and the address block, the close and each signature on the same page
 * as there. Letters of many lengths, so some end near a page's foot, where
 * the close must move with the signatures.
 */

const LETTERS: { name: string; letter: ExportLetter; close?: string }[] = [
  { name: 'sample, two signers, page break', letter: sampleLetter(), close: 'Yours sincerely,' },
  { name: 'statement on US Letter', letter: sampleStatement() },
  ...[2, 6, 7, 8, 9, 10, 14, 15, 16, 20].map((n) => ({ name: `${n} long paragraphs`, letter: letterOfLength(n, { reference: `LEN-${n}` }) })),
  ...[7, 8, 9].map((n) => ({
    name: `${n} long paragraphs, one signer, sources as a section`,
    letter: letterOfLength(n, {
      reference: `ONE-${n}`,
      signers: [sampleLetter().signers[0]!],
      sources: { mode: 'section', facts: sampleLetter().sources!.facts },
    }),
  })),
];

const dir = mkdtempSync(path.join(tmpdir(), 'letterdesk-pdf-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let printed: ReadPdf[] | undefined;
/** Every letter's DOCX printed by LibreOffice in one run (it starts once, which is most of its cost). */
async function libreOffice(): Promise<ReadPdf[]> {
  if (!printed) {
    requireRenderTools();
    const files = await Promise.all(LETTERS.map(async ({ letter }, i) => ({ name: `${i}.docx`, bytes: await renderLetter(letter) })));
    printed = printToPdf(files, dir).map(readPdfFile);
  }
  return printed;
}

describe('PDF letter against its DOCX printed by LibreOffice', () => {
  it.each(LETTERS.map((l, i) => [l.name, i] as const))('%s: same pages, address block, close and signatures on the same page', async (_name, i) => {
    const { letter, close } = LETTERS[i]!;
    const docx = (await libreOffice())[i]!;
    const pdf = readPdf(await renderPdfLetter(letter));
    expect(pdf.pages.length).toBe(docx.pages.length);
    const needles = [
      ...(letter.addressBlock ? ['Minister of Foreign Affairs', 'Riyadh'] : []),
      ...(close ? [close] : []),
      ...letter.signers.flatMap((s) => [s.name, s.title]),
      ...letter.endorsers.map((e) => e.name),
    ];
    for (const needle of needles) {
      expect(pageOf(pdf, needle), needle).toBeGreaterThan(0);
      expect(pageOf(pdf, needle), needle).toBe(pageOf(docx, needle));
    }
    // The signatures: as many pictures on each page as LibreOffice shows.
    const picturesOn = (read: ReadPdf) => read.pages.map((_, p) => read.images.filter((im) => im.type === 'image' && im.page === p + 1).length);
    expect(picturesOn(pdf)).toEqual(picturesOn(docx));
  });
});

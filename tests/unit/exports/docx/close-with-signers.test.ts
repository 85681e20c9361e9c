import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderLetter, type ExportLetter } from '../../../../electron/core/exports/docx';
import type { LetterDocument } from '../../../../shared/letter/document';
import { sampleLetter, SIGNATURE } from '../../../fixtures/docx-export/letters';
import { requireLetterFonts } from '../../../helpers/letter-fonts';
import { requireTools, withTempDir } from './helpers';

/*
 * "Yours sincerely," never ends a page alone with the signatures on the next.
 * Letters whose bodies grow a line at a time, so that between them the close
 * meets the foot of the first page at every point, are printed by
 * LibreOffice (all in one run) and read back with poppler: in each, the close
 * and the first signer's name must be on the same page.
 */

const CLOSE = 'Yours sincerely,';
const LINES = Array.from({ length: 22 }, (_, i) => 12 + i);

const body = (lines: number): LetterDocument => ({
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Your Excellency,' }] },
    ...Array.from({ length: lines }, (_, i) => ({
      type: 'paragraph' as const,
      content: [{ type: 'text' as const, text: `Line ${i + 1} of the body of this letter.` }],
    })),
    { type: 'paragraph', content: [{ type: 'text', text: CLOSE }] },
  ],
});

const letter = (lines: number, signers: ExportLetter['signers']) =>
  sampleLetter({
    placeAndDate: `Geneva, ${lines} lines`,
    reference: undefined,
    addressBlock: ['The Minister'],
    body: body(lines),
    endorsers: [],
    sources: undefined,
    signers,
  });

/** Each file printed to PDF by one LibreOffice run; each PDF's pages as text. */
async function printAll(letters: ExportLetter[]): Promise<string[][]> {
  const files = await Promise.all(letters.map((l) => renderLetter(l)));
  return withTempDir((dir) => {
    const names = files.map((bytes, i) => {
      const file = path.join(dir, `letter-${i}.docx`);
      writeFileSync(file, bytes);
      return file;
    });
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...names], {
      stdio: 'pipe',
      timeout: 170_000,
    });
    // pdftotext ends each page with a form feed.
    return names.map((name) =>
      execFileSync('pdftotext', ['-layout', name.replace(/\.docx$/, '.pdf'), '-'], { encoding: 'utf8' })
        .split('\f')
        .slice(0, -1),
    );
  });
}

describe('the complimentary close stays with the signatures, printed by LibreOffice', () => {
  beforeAll(() => {
    requireTools('soffice', 'pdftotext');
    requireLetterFonts();
  });

  it('never leaves the close alone at the foot of a page, with one signer or with two side by side', async () => {
    const ana = { name: 'Ana Pérez', title: 'Executive Director', signature: SIGNATURE };
    const john = { name: 'John Smith', title: 'Board Chair', signature: SIGNATURE };
    const batches = { 'one signer': LINES.map((n) => letter(n, [ana])), 'two signers': LINES.map((n) => letter(n, [ana, john])) };
    const printed = await printAll([...batches['one signer'], ...batches['two signers']]);
    Object.entries(batches).forEach(([label, batch], b) => {
      const found = batch.map((l, i) => {
        const pages = printed[b * LINES.length + i]!;
        return { letter: l.placeAndDate, close: pages.findIndex((p) => p.includes(CLOSE)), name: pages.findIndex((p) => p.includes('Ana Pérez')) };
      });
      // The bodies do reach past the first page: some closes are on the first page, some on the second.
      expect(new Set(found.map((f) => f.close)), label).toEqual(new Set([0, 1]));
      for (const f of found) expect(f.name, `${label}, ${f.letter}: the close is on page ${f.close + 1}`).toBe(f.close);
    });
  }, 180_000);
});

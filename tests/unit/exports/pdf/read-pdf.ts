import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { requireTools } from '../docx/helpers';

/*
 * A PDF read back with poppler, a reader nobody here wrote: each page's text
 * (pdftotext -layout), its fonts (pdffonts) and its pictures (pdfimages -list).
 */

export interface ReadPdf {
  pages: string[];
  fonts: { name: string; type: string; embedded: boolean; subset: boolean }[];
  images: { page: number; type: string; width: number; height: number; xPpi: number; yPpi: number }[];
  info: Record<string, string>;
  /** Every word with its box, in points from the page's top left (pdftotext -bbox). */
  words: { page: number; text: string; xMin: number; yMin: number; xMax: number; yMax: number }[];
}

const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

/** The text of each page, the fonts and the images of a PDF file. */
export function readPdfFile(file: string): ReadPdf {
  requireTools('pdftotext', 'pdffonts', 'pdfimages', 'pdfinfo');
  const info = Object.fromEntries(
    run('pdfinfo', [file])
      .split('\n')
      .map((line) => line.match(/^([^:]+):\s*(.*)$/))
      .filter((m): m is RegExpMatchArray => m !== null)
      .map((m) => [m[1]!, m[2]!]),
  );
  const count = Number(info.Pages);
  const pages = Array.from({ length: count }, (_, i) => run('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', file, '-']));
  // name type encoding emb sub uni object ID, after two header lines; a name has no spaces, a type may ("CID TrueType").
  const fonts = run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const m = line.match(/^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
      if (!m) throw new Error(`pdffonts line not understood: ${line}`);
      return { name: m[1]!, type: m[2]!, embedded: m[4] === 'yes', subset: m[5] === 'yes' };
    });
  const images = run('pdfimages', ['-list', file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const f = line.trim().split(/\s+/);
      return { page: Number(f[0]), type: f[2]!, width: Number(f[3]), height: Number(f[4]), xPpi: Number(f[12]), yPpi: Number(f[13]) };
    });
  const words: ReadPdf['words'] = [];
  run('pdftotext', ['-bbox', file, '-'])
    .split('<page ')
    .slice(1)
    .forEach((page, i) => {
      for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
        words.push({ page: i + 1, text: m[5]!.replace(/&amp;/g, '&'), xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) });
      }
    });
  return { pages, fonts, images, info, words };
}

/** The same, for PDF bytes. */
export function readPdf(bytes: Uint8Array): ReadPdf {
  const dir = mkdtempSync(path.join(tmpdir(), 'letterdesk-pdf-'));
  try {
    const file = path.join(dir, 'letter.pdf');
    writeFileSync(file, bytes);
    return readPdfFile(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The page (from 1) whose text holds `needle`, or 0. */
export const pageOf = (pdf: Pick<ReadPdf, 'pages'>, needle: string) => pdf.pages.findIndex((text) => text.includes(needle)) + 1;

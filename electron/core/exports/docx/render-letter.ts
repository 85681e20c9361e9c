import { para } from './context';
import { DocxPackage } from './docx-package';
import { LABELS } from './labels';
import { HEADER_DISTANCE, letterBlocks, PAPER } from './letter-blocks';
import { packageShell } from './package-shell';
import { stackHeight } from './measure';
import { estimatePages } from './page-estimate';
import { pageFooter } from './page-furniture';
import type { ExportLetter } from './types';
import { blocksXml } from './xml';

/*
 * Letters to .docx. `docx` makes each language's shared parts once
 * (package-shell.ts); each letter is then built as plain blocks, written as
 * XML strings, measured for its page count, and zipped with the shared parts
 * already deflated: about half a millisecond a letter instead of ~60.
 */

interface FileContext {
  /** The document's default w:lang: letters in another language tag each of their runs. */
  defaultLangTag: string;
  combined: boolean;
}

/** One letter as a section: its body XML, its section properties last, its headers and footers added to the package. */
function letterSection(letter: ExportLetter, pkg: DocxPackage, file: FileContext, last: boolean): string {
  const labels = LABELS[letter.language];
  const { ctx, blocks, head, continuation } = letterBlocks(letter, {
    labels,
    runLanguage: labels.langTag === file.defaultLangTag ? undefined : labels.langTag,
    file: pkg,
  });
  const paper = PAPER[letter.paperSize];
  const textWidth = paper.width - 2 * paper.margin;
  // A section ends with a paragraph that holds its properties: after a table, an empty one, as thin as can be.
  if (!last && blocks.at(-1)?.k !== 'p') blocks.push(para([], { hairline: true }));
  const pages = estimatePages(blocks, { height: paper.height, margin: paper.margin, header: HEADER_DISTANCE, textWidth }, stackHeight(head, textWidth));
  const footer = pageFooter(ctx, file.combined, pages);
  const ref = (type: 'header' | 'footer', kind: 'default' | 'first', id: string) => `<w:${type}Reference w:type="${kind}" r:id="${id}"/>`;
  const m = paper.margin;
  const sectPr =
    '<w:sectPr>' +
    ref('header', 'default', pkg.addHeaderFooter('header', continuation, false)) +
    ref('header', 'first', pkg.addHeaderFooter('header', head, true)) +
    ref('footer', 'default', pkg.addHeaderFooter('footer', footer, true)) +
    ref('footer', 'first', pkg.addHeaderFooter('footer', footer, true)) +
    (file.combined ? '<w:footnotePr><w:numRestart w:val="eachSect"/></w:footnotePr>' : '') +
    `<w:type w:val="nextPage"/><w:pgSz w:w="${paper.width}" w:h="${paper.height}" w:orient="portrait"/>` +
    `<w:pgMar w:top="${m}" w:right="${m}" w:bottom="${m}" w:left="${m}" w:header="${HEADER_DISTANCE}" w:footer="${HEADER_DISTANCE}" w:gutter="0"/>` +
    // Every letter counts its pages from 1, also in a combined print file.
    '<w:pgNumType w:start="1"/><w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr>';
  return last ? blocksXml(blocks, pkg.body, textWidth) + sectPr : blocksXml(blocks, pkg.body, textWidth, sectPr);
}

async function pack(letters: readonly ExportLetter[], combined: boolean): Promise<Uint8Array> {
  if (letters.length === 0) throw new Error('There is no letter to export.');
  const defaultLangTag = LABELS[letters[0].language].langTag;
  const pkg = new DocxPackage(await packageShell(defaultLangTag));
  const file: FileContext = { defaultLangTag, combined };
  let body = '';
  letters.forEach((letter, i) => (body += letterSection(letter, pkg, file, i === letters.length - 1)));
  const first = letters[0];
  return pkg.finish(body, { title: combined ? undefined : (first.title ?? first.reference), creator: first.organisation.name });
}

/** One letter as a .docx file. */
export function renderLetter(letter: ExportLetter): Promise<Uint8Array> {
  return pack([letter], false);
}

/**
 * One print file: each letter its own section, starting on a new page with its
 * own letterhead, and its own page numbering ("Page 1 of 2" counts the letter's pages).
 */
export function renderCombined(letters: readonly ExportLetter[]): Promise<Uint8Array> {
  return pack(letters, true);
}

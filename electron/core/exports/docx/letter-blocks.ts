import { renderBody } from './body';
import { endorsersBlock, keepCloseWithSigners, planFootnotes, signersBlock, sourcesSection } from './closing';
import { type Block, type FileServices, type LetterContext, para, type Para } from './context';
import { textRuns } from './inline';
import type { Labels } from './labels';
import { continuationHeader, letterhead } from './page-furniture';
import { TITLE_STYLE } from './styles';
import type { ExportLetter } from './types';

/*
 * One letter as plain blocks, the description both renderers read: the DOCX
 * writer (render-letter.ts) turns it into WordprocessingML, the PDF renderer
 * (../pdf/) lays it out and draws it. Paper, margins and the header's place
 * live here too, so a PDF page is the DOCX page.
 */

/** Paper sizes in twips, with margins of 2.5 cm (A4) or 1 inch (Letter). */
export const PAPER = {
  A4: { width: 11906, height: 16838, margin: 1418 },
  Letter: { width: 12240, height: 15840, margin: 1440 },
} as const;
/** Header and footer, 1 cm from the page's edge. */
export const HEADER_DISTANCE = 567;

/** The lines above the body: statement title, place and date, reference, recipient's address. */
function opening(letter: ExportLetter, ctx: LetterContext): Para[] {
  const out: Para[] = [];
  if (letter.kind === 'statement' && letter.title) out.push(para(textRuns(letter.title, {}, ctx), { style: TITLE_STYLE }));
  out.push(para(textRuns(letter.placeAndDate, {}, ctx), { align: 'right', before: 240, after: letter.reference ? 120 : 360 }));
  if (letter.reference) out.push(para(textRuns(`${ctx.labels.reference}${letter.reference}`, {}, ctx), { after: 360 }));
  const address = letter.kind === 'letter' ? (letter.addressBlock ?? []).filter((line) => line.trim() !== '') : [];
  address.forEach((line, i) => out.push(para(textRuns(line, {}, ctx), { after: i === address.length - 1 ? 360 : 0, keepNext: true })));
  return out;
}

export interface LetterBlocks {
  ctx: LetterContext;
  /** Opening, body, signers, endorsers and sources, in page order. */
  blocks: Block[];
  /** The first page's letterhead, and the header of the pages after it. */
  head: Para[];
  continuation: Para[];
}

/** Builds a letter's blocks; `file` numbers its lists and footnotes. */
export function letterBlocks(letter: ExportLetter, base: { labels: Labels; runLanguage?: string; file: FileServices }): LetterBlocks {
  const start = { ...base, pendingPageBreak: false };
  const sources = letter.sources;
  const plan =
    sources?.mode === 'footnotes' ? planFootnotes(letter.body.content, sources.facts, start) : { anchors: new Map(), unplaced: sources?.facts ?? [] };
  const ctx: LetterContext = { ...start, anchors: plan.anchors };
  const body = renderBody(letter.body.content, ctx);
  if (letter.signers.length > 0) keepCloseWithSigners(body);
  const blocks: Block[] = [
    ...opening(letter, ctx),
    ...body,
    ...signersBlock(letter.signers, ctx),
    ...endorsersBlock(letter.endorsers, ctx),
    ...sourcesSection(plan.unplaced, ctx),
  ];
  return { ctx, blocks, head: letterhead(letter.organisation, ctx), continuation: continuationHeader(letter, ctx) };
}

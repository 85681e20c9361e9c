import { AlignmentType, Document, type FileChild, type ISectionOptions, NoteNumberRestart, PageOrientation, Packer, Paragraph, SectionType } from 'docx';
import { renderBody } from './body';
import { endorsersBlock, planFootnotes, signersBlock, sourcesSection } from './closing';
import { counter, type LetterContext } from './context';
import { textRuns } from './inline';
import { LABELS } from './labels';
import { continuationHeader, letterhead, pageFooter } from './page-furniture';
import { estimatePageNumbersWith } from 'docx/layout';
import { BULLET_LIST, documentStyles, ORDERED_LIST, TITLE_STYLE } from './styles';
import type { ExportLetter } from './types';

/** Paper sizes in twips, with margins of 2.5 cm (A4) or 1 inch (Letter). */
const PAPER = {
  A4: { width: 11906, height: 16838, margin: 1418 },
  Letter: { width: 12240, height: 15840, margin: 1440 },
} as const;

interface FileContext {
  /** The document's default w:lang: letters in another language tag each of their runs. */
  defaultLangTag: string;
  nextListInstance: () => number;
  combined: boolean;
}

/** The lines above the body: statement title, place and date, reference, recipient's address. */
function opening(letter: ExportLetter, ctx: LetterContext): Paragraph[] {
  const out: Paragraph[] = [];
  if (letter.kind === 'statement' && letter.title) {
    out.push(new Paragraph({ style: TITLE_STYLE, children: textRuns(letter.title, {}, ctx) }));
  }
  out.push(
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 240, after: letter.reference ? 120 : 360 }, children: textRuns(letter.placeAndDate, {}, ctx) }),
  );
  if (letter.reference) {
    out.push(new Paragraph({ spacing: { after: 360 }, children: textRuns(`${ctx.labels.reference}${letter.reference}`, {}, ctx) }));
  }
  const address = letter.kind === 'letter' ? (letter.addressBlock ?? []).filter((line) => line.trim() !== '') : [];
  address.forEach((line, i) =>
    out.push(new Paragraph({ spacing: { after: i === address.length - 1 ? 360 : 0 }, keepNext: true, children: textRuns(line, {}, ctx) })),
  );
  return out;
}

function letterSection(letter: ExportLetter, file: FileContext): ISectionOptions {
  const labels = LABELS[letter.language];
  const base = {
    labels,
    runLanguage: labels.langTag === file.defaultLangTag ? undefined : labels.langTag,
    nextListInstance: file.nextListInstance,
    pendingPageBreak: false,
  };
  const sources = letter.sources;
  const plan =
    sources?.mode === 'footnotes' ? planFootnotes(letter.body.content, sources.facts, base) : { anchors: new Map(), unplaced: sources?.facts ?? [] };
  const ctx: LetterContext = { ...base, anchors: plan.anchors };
  const paper = PAPER[letter.paperSize];
  const footer = pageFooter(ctx, file.combined);
  const children: FileChild[] = [
    ...opening(letter, ctx),
    ...renderBody(letter.body.content, ctx),
    ...signersBlock(letter.signers, ctx),
    ...endorsersBlock(letter.endorsers, ctx),
    ...sourcesSection(plan.unplaced, ctx),
  ];
  return {
    properties: {
      type: SectionType.NEXT_PAGE,
      titlePage: true,
      page: {
        size: { width: paper.width, height: paper.height, orientation: PageOrientation.PORTRAIT },
        margin: { top: paper.margin, bottom: paper.margin, left: paper.margin, right: paper.margin, header: 567, footer: 567 },
        // Every letter counts its pages from 1, also in a combined print file.
        pageNumbers: { start: 1 },
      },
      ...(file.combined ? { footnoteProperties: { restart: NoteNumberRestart.EACH_SECTION } } : {}),
    },
    headers: { first: letterhead(letter.organisation, ctx), default: continuationHeader(letter, ctx) },
    footers: { first: footer, default: footer },
    children,
  };
}

async function pack(letters: readonly ExportLetter[], combined: boolean): Promise<Uint8Array> {
  if (letters.length === 0) throw new Error('There is no letter to export.');
  const defaultLangTag = LABELS[letters[0].language].langTag;
  const file: FileContext = { defaultLangTag, nextListInstance: counter(), combined };
  const first = letters[0];
  const doc = new Document({
    creator: first.organisation.name,
    lastModifiedBy: first.organisation.name,
    title: combined ? undefined : (first.title ?? first.reference),
    styles: documentStyles(defaultLangTag),
    numbering: { config: [BULLET_LIST, ORDERED_LIST] },
    sections: letters.map((letter) => letterSection(letter, file)),
    // Lays the pages out as Word would, to write each NUMPAGES / SECTIONPAGES field's result into the file: Word
    // recounts them anyway, but LibreOffice (7.x) has no SECTIONPAGES and shows the written number. "guess" lays out
    // past what it cannot measure exactly (e.g. Arabic in Arial) rather than leave the count blank. ~30 ms a letter.
    pageNumbers: estimatePageNumbersWith({ guess: true }),
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
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

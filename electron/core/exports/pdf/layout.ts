import type { Block, FileServices, Para, Picture, Table } from '../docx/context';
import { LABELS, type Labels } from '../docx/labels';
import { HEADER_DISTANCE, letterBlocks, PAPER } from '../docx/letter-blocks';
import { stackHeight } from '../docx/measure';
import { estimatePages } from '../docx/page-estimate';
import { pageFooter } from '../docx/page-furniture';
import type { ListKind } from '../docx/styles';
import type { ExportLetter } from '../docx/types';
import { type LaidOut, layOut } from './lines';

/*
 * One letter laid out on pages: the same blocks as its DOCX
 * (docx/letter-blocks.ts), paginated by the same model that counts the DOCX's
 * pages (docx/page-estimate.ts), with each paragraph's lines and each signers'
 * row placed where that model puts them. Drawing is draw.ts's.
 */

export type Placed = { k: 'lines'; laid: LaidOut; first: number; count: number; y: number } | { k: 'row'; table: Table; row: number; y: number };

export interface LaidPage {
  items: Placed[];
  /** The footnotes of the paragraphs begun on this page. */
  notes: { id: number; body: Para[] }[];
}

export interface LaidLetter {
  letter: ExportLetter;
  labels: Labels;
  paper: (typeof PAPER)[keyof typeof PAPER];
  textWidth: number;
  pages: LaidPage[];
  head: Para[];
  continuation: Para[];
  footer: Para[];
  /** The number or bullet of each list paragraph that shows one. */
  listLabels: Map<Para, string>;
  pictures: Picture[];
}

const BULLETS = ['•', '–', '▪'];

function letters(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out;
  return out;
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  let rest = n;
  for (const [value, digits] of table) for (; rest >= value; rest -= value) out += digits;
  return out;
}

/** As docx/styles.ts numbers a level: 1. a. i. by level, or a bullet. */
export function listLabel(kind: ListKind, level: number, n: number): string {
  if (kind === 'bullet') return BULLETS[level % 3]!;
  const format = level % 3;
  return `${format === 0 ? String(n) : format === 1 ? letters(n) : roman(n)}.`;
}

/** Lists and footnotes of one letter: each list counts from its start, footnotes from 1. */
class LetterFile implements FileServices {
  readonly lists = new Map<number, { kind: ListKind; level: number; start: number }>();
  private notes = 0;

  newList(kind: ListKind, level: number, start: number): number {
    const id = this.lists.size + 1;
    this.lists.set(id, { kind, level, start });
    return id;
  }

  newFootnote(): number {
    return ++this.notes;
  }
}

/** Every picture in some paragraphs. */
function picturesIn(paras: readonly Para[], out: Picture[]): void {
  for (const p of paras) for (const kid of p.kids) if (kid.k === 'img') out.push(kid);
}

function blockParas(blocks: readonly Block[]): Para[] {
  return blocks.flatMap((b) => (b.k === 'p' ? [b] : b.rows.flat(2)));
}

/** Lays a letter out on its pages. */
export function layOutLetter(letter: ExportLetter): LaidLetter {
  const labels = LABELS[letter.language];
  const file = new LetterFile();
  const { ctx, blocks, head, continuation } = letterBlocks(letter, { labels, file });
  const paper = PAPER[letter.paperSize];
  const textWidth = paper.width - 2 * paper.margin;

  const listLabels = new Map<Para, string>();
  const counters = new Map<number, number>();
  for (const p of blockParas(blocks)) {
    if (!p.list) continue;
    const list = file.lists.get(p.list.numId);
    if (!list) continue;
    const n = (counters.get(p.list.numId) ?? list.start - 1) + 1;
    counters.set(p.list.numId, n);
    listLabels.set(p, listLabel(list.kind, p.list.level, n));
  }

  const pages: LaidPage[] = [];
  const pageAt = (n: number) => {
    while (pages.length < n) pages.push({ items: [], notes: [] });
    return pages[n - 1]!;
  };
  const count = estimatePages<LaidOut>(
    blocks,
    { height: paper.height, margin: paper.margin, header: HEADER_DISTANCE, textWidth },
    stackHeight(head, textWidth),
    {
      measure: (p, width) => layOut(p, width),
      place: ({ block, row, first, count, page, y, m }) => {
        const on = pageAt(page);
        const b = blocks[block]!;
        if (b.k === 'tbl') on.items.push({ k: 'row', table: b, row: row ?? 0, y });
        else if (m) {
          on.items.push({ k: 'lines', laid: m, first, count, y });
          if (first === 0) on.notes.push(...m.noteBodies);
        }
      },
    },
  );
  pageAt(Math.max(1, count));
  const pictures: Picture[] = [];
  picturesIn(head, pictures);
  picturesIn(blockParas(blocks), pictures);
  // The footer's fields show each page's number and the letter's count (draw.ts).
  const footer = pageFooter(ctx, false, pages.length);
  return { letter, labels, paper, textWidth, pages, head, continuation, footer, listLabels, pictures };
}

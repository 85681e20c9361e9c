import type { SourceBlock } from '../source-model';
import type { DocxNumbering } from './docx-numbering';
import { readParagraphContent, type DocxContext, type Segment } from './docx-paragraph';
import { readNumberingRef, readOutline } from './docx-styles';
import { child, elements, isOn, type XmlElement } from './safe-xml';

/*
 * The body of word/document.xml → source blocks. Word has no list element:
 * each paragraph says which list (numId) and level (ilvl) it belongs to, so
 * lists are rebuilt here. Each numId is its own list; a deeper level nests
 * in the item above; a numbered list interrupted by a paragraph carries on
 * with the next number.
 */

export interface BodyContext extends DocxContext {
  numbering: DocxNumbering;
}

type ListBlock = Extract<SourceBlock, { kind: 'list' }>;

class ListBuilder {
  readonly out: SourceBlock[] = [];
  private stack: { numId: string; ilvl: number; list: ListBlock }[] = [];
  // Items seen per numId and level, so a list resumed later continues its numbers.
  private readonly counts = new Map<string, number>();

  constructor(private readonly numbering: DocxNumbering) {}

  block(blocks: SourceBlock[]): void {
    this.stack = [];
    this.out.push(...blocks);
  }

  item(numId: string, ilvl: number, blocks: SourceBlock[]): void {
    const { ordered, start } = this.numbering.level(numId, ilvl);
    let top = this.stack.at(-1);
    while (top && (top.ilvl > ilvl || (top.ilvl === ilvl && (top.numId !== numId || top.list.ordered !== ordered)))) {
      this.stack.pop();
      top = this.stack.at(-1);
    }
    const key = `${numId}:${ilvl}`;
    if (!top || top.ilvl < ilvl) {
      const seen = this.counts.get(key) ?? 0;
      const list: ListBlock = { kind: 'list', ordered, ...(ordered ? { start: start + seen } : {}), items: [] };
      const parentItem = top?.list.items.at(-1);
      if (parentItem) parentItem.push(list);
      else this.out.push(list);
      top = { numId, ilvl, list };
      this.stack.push(top);
    }
    top.list.items.push(blocks.length > 0 ? blocks : [{ kind: 'paragraph', inlines: [] }]);
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    // A new item restarts the numbering of the levels below it, as Word does.
    for (const other of [...this.counts.keys()]) {
      const [id, level] = other.split(':');
      if (id === numId && Number(level) > ilvl) this.counts.delete(other);
    }
  }
}

function segmentsToBlocks(segments: readonly Segment[], make: (inlines: Exclude<Segment, 'pageBreak'>) => SourceBlock): SourceBlock[] {
  if (segments.length === 1 && segments[0] !== 'pageBreak') return [make(segments[0] ?? [])];
  // Cut at page breaks: the empty pieces around a break are not paragraphs.
  return segments.flatMap((s): SourceBlock[] => (s === 'pageBreak' ? [{ kind: 'pageBreak' }] : s.length > 0 ? [make(s)] : []));
}

const ALIGN: Record<string, 'left' | 'center' | 'right' | 'justify'> = {
  left: 'left',
  start: 'left',
  center: 'center',
  right: 'right',
  end: 'right',
  both: 'justify',
  distribute: 'justify',
};

function readBodyInto(container: XmlElement, ctx: BodyContext, lists: ListBuilder): void {
  for (const el of elements(container)) {
    switch (el.name) {
      case 'p':
        paragraph(el, ctx, lists);
        break;
      case 'tbl':
        ctx.notes.add('tablesFlattened');
        for (const row of elements(el, 'tr')) for (const cell of elements(row, 'tc')) readBodyInto(cell, ctx, lists);
        break;
      case 'sdt':
        readBodyInto(child(el, 'sdtContent') ?? el, ctx, lists);
        break;
      case 'customXml':
        readBodyInto(el, ctx, lists);
        break;
    }
  }
}

function paragraph(p: XmlElement, ctx: BodyContext, lists: ListBuilder): void {
  const pPr = child(p, 'pPr');
  const style = child(pPr, 'pStyle')?.attrs.val ?? ctx.styles.defaultParagraphStyle;
  const heading = ctx.styles.headingLevel(style, readOutline(pPr));
  const segments = readParagraphContent(p, ctx, style, heading !== undefined);
  if (segments.length === 0) return;
  const align = ALIGN[child(pPr, 'jc')?.attrs.val ?? ''];
  const blocks = segmentsToBlocks(segments, (inlines) =>
    heading ? { kind: 'heading', level: heading, inlines } : { kind: 'paragraph', inlines, ...(align && align !== 'left' ? { align } : {}) },
  );
  if (isOn(child(pPr, 'pageBreakBefore'))) blocks.unshift({ kind: 'pageBreak' });

  // Numbered headings stay headings; numId 0 switches a style's numbering off.
  const numbering = heading ? undefined : (readNumberingRef(pPr) ?? ctx.styles.numbering(style));
  if (numbering && numbering.numId !== '0') lists.item(numbering.numId, numbering.ilvl, blocks);
  else lists.block(blocks);
}

export function readBody(body: XmlElement, ctx: BodyContext): SourceBlock[] {
  const lists = new ListBuilder(ctx.numbering);
  readBodyInto(body, ctx, lists);
  return lists.out;
}

import { checkPlainText } from './input-limits';
import type { SourceBlock, SourceInline } from './source-model';

/*
 * Plain text: paragraphs are separated by blank lines; a single line break
 * inside one is kept as a line break (address blocks); lines opening with
 * "·", "•", "-", "–" or "*" are bullet items and "1." or "1)" numbered ones.
 * A line right under an item continues it; a form feed is a page break.
 * Items of one kind make one list even with blank lines between them.
 */

const BULLET = /^[·•*–-][ \t]+(.*)$/;
const NUMBERED = /^(\d{1,3})[.)][ \t]+(.*)$/;

function linesToInlines(lines: readonly string[]): SourceInline[] {
  const inlines: SourceInline[] = [];
  lines.forEach((line, i) => {
    if (i > 0) inlines.push({ kind: 'break' });
    if (line !== '') inlines.push({ kind: 'text', text: line });
  });
  return inlines;
}

class TextBlocks {
  readonly blocks: SourceBlock[] = [];
  private paragraph: string[] | null = null;
  private list: { ordered: boolean; start: number; items: string[][] } | null = null;
  private blankSinceItem = false;

  line(line: string): void {
    if (line === '') {
      this.closeParagraph();
      this.blankSinceItem = true;
      return;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet || numbered) {
      this.closeParagraph();
      const ordered = numbered !== null;
      // Items of one kind make one list, blank lines between them or not; "1." starts a new one.
      if (this.list?.ordered !== ordered || numbered?.[1] === '1') {
        this.closeList();
        this.list = { ordered, start: numbered ? Number(numbered[1]) : 1, items: [] };
      }
      this.list.items.push([(bullet?.[1] ?? numbered?.[2] ?? '').trim()]);
      this.blankSinceItem = false;
    } else if (this.list && !this.blankSinceItem) {
      this.list.items.at(-1)?.push(line);
    } else {
      this.closeList();
      this.paragraph ??= [];
      this.paragraph.push(line);
    }
  }

  pageBreak(): void {
    this.close();
    this.blocks.push({ kind: 'pageBreak' });
  }

  close(): void {
    this.closeParagraph();
    this.closeList();
  }

  private closeParagraph(): void {
    if (this.paragraph) this.blocks.push({ kind: 'paragraph', inlines: linesToInlines(this.paragraph) });
    this.paragraph = null;
  }

  private closeList(): void {
    if (this.list) {
      const { ordered, start, items } = this.list;
      this.blocks.push({
        kind: 'list',
        ordered,
        ...(ordered ? { start } : {}),
        items: items.map((lines) => [{ kind: 'paragraph', inlines: linesToInlines(lines) }]),
      });
    }
    this.list = null;
  }
}

export function readText(text: string): SourceBlock[] {
  checkPlainText(text);
  const out = new TextBlocks();
  for (const line of text.split(/\r\n|\r|\n/)) {
    line.split('\f').forEach((piece, i) => {
      if (i > 0) out.pageBreak();
      out.line(piece.trim());
    });
  }
  out.close();
  return out.blocks;
}

/*
 * What every reader (DOCX, text, Markdown, HTML) produces: blocks of
 * formatted runs, before placeholders are detected. Kept small on purpose:
 * only what the letter document model can hold.
 */

export interface TextRun {
  kind: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Already checked: http, https or mailto only. */
  href?: string;
}

export type SourceInline = TextRun | { kind: 'break' };

export type Align = 'left' | 'center' | 'right' | 'justify';

export type SourceBlock =
  | { kind: 'paragraph'; inlines: SourceInline[]; align?: Align }
  | { kind: 'heading'; level: 1 | 2 | 3; inlines: SourceInline[] }
  | { kind: 'list'; ordered: boolean; start?: number; items: SourceBlock[][] }
  | { kind: 'blockquote'; blocks: SourceBlock[] }
  | { kind: 'pageBreak' };

const SAFE_LINK = /^(https?:|mailto:)/i;

/** The link target if a letter may carry it (web or mail, at most 2,000 characters), else undefined. */
export function safeHref(href: string | undefined | null): string | undefined {
  const trimmed = (href ?? '').trim();
  return SAFE_LINK.test(trimmed) && trimmed.length <= 2000 ? trimmed : undefined;
}

/** Plain text of some inlines, breaks as new lines. */
export function inlineText(inlines: readonly SourceInline[]): string {
  return inlines.map((i) => (i.kind === 'text' ? i.text : '\n')).join('');
}

/** Every piece of text in the blocks, depth first, for language detection and naming. */
export function* blockTexts(blocks: readonly SourceBlock[]): Generator<string> {
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph':
      case 'heading':
        yield inlineText(block.inlines);
        break;
      case 'list':
        for (const item of block.items) yield* blockTexts(item);
        break;
      case 'blockquote':
        yield* blockTexts(block.blocks);
        break;
      case 'pageBreak':
        break;
    }
  }
}

export function hasText(blocks: readonly SourceBlock[]): boolean {
  for (const text of blockTexts(blocks)) if (text.trim() !== '') return true;
  return false;
}

import type { Mark } from '../../../../shared/letter/document';
import { findPlaceholders, type FoundPlaceholder } from './detect-placeholders';
import type { SourceBlock, SourceInline, TextRun } from './source-model';
import type { DetectedPlaceholder, SkeletonBlock, SkeletonInline, SkeletonListItem } from './types';

/** Groups occurrences into placeholders, numbered in order of first appearance. */
export class PlaceholderRegistry {
  private readonly byKey = new Map<string, DetectedPlaceholder>();
  readonly list: DetectedPlaceholder[] = [];

  add(found: FoundPlaceholder): string {
    let placeholder = this.byKey.get(found.key);
    if (!placeholder) {
      placeholder = {
        id: `p${this.list.length + 1}`,
        raw: found.raw,
        kind: found.kind,
        occurrences: 0,
        mapping: found.mapping,
        marker: `[[${found.label}]]`,
      };
      this.byKey.set(found.key, placeholder);
      this.list.push(placeholder);
    }
    placeholder.occurrences++;
    return placeholder.id;
  }
}

/** Source blocks → document blocks, each placeholder occurrence a slot. */
export function buildSkeleton(blocks: readonly SourceBlock[], registry: PlaceholderRegistry): SkeletonBlock[] {
  return blocks.map((block) => buildBlock(block, registry));
}

function buildBlock(block: SourceBlock, registry: PlaceholderRegistry): SkeletonBlock {
  switch (block.kind) {
    case 'paragraph': {
      const content = buildInlines(block.inlines, false, registry);
      return {
        type: 'paragraph',
        ...(block.align && block.align !== 'left' ? { attrs: { textAlign: block.align } } : {}),
        ...(content.length > 0 ? { content } : {}),
      };
    }
    case 'heading': {
      const content = buildInlines(block.inlines, true, registry);
      return { type: 'heading', attrs: { level: block.level }, ...(content.length > 0 ? { content } : {}) };
    }
    case 'list': {
      const content = block.items.map((item) => listItem(item, registry));
      if (!block.ordered) return { type: 'bulletList', content };
      return { type: 'orderedList', ...(block.start !== undefined && block.start !== 1 ? { attrs: { start: block.start } } : {}), content };
    }
    case 'blockquote': {
      const content = buildSkeleton(block.blocks, registry);
      return { type: 'blockquote', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
    }
    case 'pageBreak':
      return { type: 'pageBreak' };
  }
}

// The editor's list items open with a paragraph.
function listItem(blocks: readonly SourceBlock[], registry: PlaceholderRegistry): SkeletonListItem {
  const content = buildSkeleton(blocks, registry);
  if (content[0]?.type !== 'paragraph') content.unshift({ type: 'paragraph' });
  return { type: 'listItem', content };
}

function marksOf(run: TextRun, dropBold: boolean): Mark[] | undefined {
  const marks: Mark[] = [];
  if (run.bold && !dropBold) marks.push({ type: 'bold' });
  if (run.italic) marks.push({ type: 'italic' });
  if (run.underline) marks.push({ type: 'underline' });
  if (run.href) marks.push({ type: 'link', attrs: { href: run.href } });
  return marks.length > 0 ? marks : undefined;
}

/**
 * Joins the runs, detects placeholders on the joined text, then cuts the runs
 * again around them, so each keeps its own formatting. A slot takes the
 * formatting of the run it starts in. Headings are bold by style, so bold
 * capitals there are not placeholders.
 */
function buildInlines(inlines: readonly SourceInline[], inHeading: boolean, registry: PlaceholderRegistry): SkeletonInline[] {
  let text = '';
  const bold: boolean[] = [];
  for (const inline of inlines) {
    const piece = inline.kind === 'text' ? inline.text : '\n';
    text += piece;
    for (let i = 0; i < piece.length; i++) bold.push(inline.kind === 'text' && inline.bold === true);
  }
  const found = findPlaceholders(text, inHeading ? null : bold);
  const upper = inCapitals(text, found);
  const ids = found.map((f) => registry.add(f));

  const out: SkeletonInline[] = [];
  let pos = 0;
  let k = 0;
  for (const inline of inlines) {
    if (inline.kind === 'break') {
      out.push({ type: 'hardBreak' });
      pos++;
      continue;
    }
    const runEnd = pos + inline.text.length;
    let cursor = pos;
    while (cursor < runEnd) {
      while (k < found.length && (found[k]?.end ?? 0) <= cursor) k++;
      const token = found[k];
      if (token && token.start <= cursor) {
        if (token.start === cursor) {
          const format = upper ? 'upper' : token.format;
          const marks = marksOf(inline, token.fromBold);
          out.push({ type: 'placeholder', attrs: { id: ids[k] ?? '', ...(format ? { format } : {}) }, ...(marks ? { marks } : {}) });
        }
        cursor = Math.min(token.end, runEnd);
      } else {
        const stop = token ? Math.min(token.start, runEnd) : runEnd;
        const marks = marksOf(inline, false);
        out.push({ type: 'text', text: text.slice(cursor, stop), ...(marks ? { marks } : {}) });
        cursor = stop;
      }
    }
    pos = runEnd;
  }
  return out;
}

/** The rest of the paragraph is in capitals ("LETTER TO **COUNTRY**"): merged values should be too. */
function inCapitals(text: string, found: readonly FoundPlaceholder[]): boolean {
  if (found.length === 0) return false;
  let rest = '';
  let at = 0;
  for (const f of found) {
    rest += text.slice(at, f.start);
    at = f.end;
  }
  rest += text.slice(at);
  const letters = rest.match(/\p{L}/gu) ?? [];
  return letters.length >= 4 && !/\p{Ll}/u.test(rest);
}

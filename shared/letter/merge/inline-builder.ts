import type { InlineNode, Mark } from '../document';

/*
 * Collects a paragraph's merged inline content, then tidies it:
 *
 * - A placeholder that produced nothing leaves a gap. So that "{honorific}
 *   {name}" with no honorific does not start " Jane Roe", a gap swallows one
 *   plain space next to it when the text around it would otherwise show a
 *   double space, a space at the start or end of a line, or a space before
 *   "," or ".". Only U+0020: French no-break spaces before ":" stay.
 * - Adjacent text nodes with the same marks are joined, as the editor would.
 * - Text nodes are kept within the schema's 100,000 characters.
 */

type Item = { kind: 'text'; text: string; marks?: Mark[] } | { kind: 'break' } | { kind: 'gap' } | { kind: 'node'; node: InlineNode };

const MAX_TEXT = 100_000;

function copyMarks(marks: readonly Mark[] | undefined): Mark[] | undefined {
  if (!marks || marks.length === 0) return undefined;
  return marks.map((m) => (m.type === 'link' ? { type: 'link', attrs: { ...m.attrs } } : { type: m.type }));
}

function markKey(marks: readonly Mark[] | undefined): string {
  if (!marks) return '';
  return marks
    .map((m) => (m.type === 'link' ? `link ${JSON.stringify(Object.entries(m.attrs).sort(([a], [b]) => (a < b ? -1 : 1)))}` : m.type))
    .sort()
    .join('\n');
}

export interface InlineBuilder {
  /** Author text, as written. */
  text(text: string, marks?: readonly Mark[]): void;
  /** A merged value: its lines become text joined by hard breaks. */
  value(value: string, marks?: readonly Mark[]): void;
  hardBreak(): void;
  /** A node kept as it is (a fact left live in a hand-edited letter). */
  node(node: InlineNode): void;
  /** A placeholder that produced nothing. */
  gap(): void;
  finish(): InlineNode[];
}

export function inlineBuilder(): InlineBuilder {
  const items: Item[] = [];
  const text = (t: string, marks?: readonly Mark[]) => {
    if (t !== '') items.push({ kind: 'text', text: t, marks: copyMarks(marks) });
  };
  return {
    text,
    value(value, marks) {
      value.split(/\r?\n/).forEach((line, i) => {
        if (i > 0) items.push({ kind: 'break' });
        text(line, marks);
      });
    },
    hardBreak: () => items.push({ kind: 'break' }),
    node: (node) => items.push({ kind: 'node', node: structuredClone(node) }),
    gap: () => items.push({ kind: 'gap' }),
    finish: () => toNodes(joinTexts(closeGaps(items))),
  };
}

function closeGaps(items: readonly Item[]): Item[] {
  const out: Item[] = [];
  let gapPending = false;
  // The last text of the current line, if any.
  const lineTail = (): Extract<Item, { kind: 'text' }> | undefined => {
    const last = out.at(-1);
    return last?.kind === 'text' ? last : undefined;
  };
  const trimTail = () => {
    const tail = lineTail();
    if (!tail?.text.endsWith(' ')) return;
    tail.text = tail.text.slice(0, -1);
    if (tail.text === '') out.pop();
  };

  for (const item of items) {
    if (item.kind === 'gap') {
      gapPending = true;
      continue;
    }
    if (item.kind === 'node') {
      gapPending = false;
      out.push(item);
      continue;
    }
    if (item.kind === 'break') {
      if (gapPending) trimTail();
      gapPending = false;
      out.push(item);
      continue;
    }
    let { text } = item;
    if (gapPending) {
      const tail = lineTail();
      if (text.startsWith(' ') && (!tail || tail.text.endsWith(' '))) text = text.slice(1);
      else if (/^[,.]/.test(text)) trimTail();
      if (text === '') continue; // still in the gap: the next text decides
      gapPending = false;
    }
    out.push({ ...item, text });
  }
  if (gapPending) trimTail();
  return out;
}

function joinTexts(items: readonly Item[]): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    const last = out.at(-1);
    if (item.kind === 'text' && last?.kind === 'text' && markKey(last.marks) === markKey(item.marks) && last.text.length + item.text.length <= MAX_TEXT) {
      last.text += item.text;
    } else {
      out.push(item.kind === 'text' ? { ...item } : item);
    }
  }
  return out;
}

function chunks(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > MAX_TEXT) {
    // Never split a surrogate pair.
    const high = rest.charCodeAt(MAX_TEXT - 1);
    const cut = high >= 0xd800 && high <= 0xdbff ? MAX_TEXT - 1 : MAX_TEXT;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  out.push(rest);
  return out;
}

function toNodes(items: readonly Item[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const item of items) {
    if (item.kind === 'break') out.push({ type: 'hardBreak' });
    else if (item.kind === 'node') out.push(item.node);
    else if (item.kind === 'text') {
      for (const piece of chunks(item.text)) out.push(item.marks ? { type: 'text', text: piece, marks: item.marks } : { type: 'text', text: piece });
    }
  }
  return out;
}

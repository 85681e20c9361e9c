import { parse, parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { checkHtml, MAX_NESTING, nestedTooDeeply } from './input-limits';
import { safeHref, type Align, type SourceBlock, type SourceInline } from './source-model';
import { TemplateImportError, type ImportNotes } from './template-import-errors';

/*
 * HTML → source blocks. parse5 builds the tree the way a browser would, but
 * nothing is run or fetched: scripts, styles, images and embedded media are
 * dropped with a warning; only text, emphasis, links, headings, lists,
 * quotes and page breaks are kept.
 */

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

interface Format {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  href?: string;
  pre?: boolean;
}

const MAX_DEPTH = 400;
const SILENT = new Set(['head', 'title', 'meta', 'link', 'base', 'noscript', 'template', 'button', 'input', 'select', 'textarea', 'option', 'datalist']);
const MEDIA = new Set(['video', 'audio', 'iframe', 'frame', 'object', 'embed', 'canvas', 'math']);
const BLOCKS = new Set(
  'html body div p section article main header footer aside nav address figure figcaption center dl dt dd form fieldset details summary legend table thead tbody tfoot tr td th caption'.split(
    ' ',
  ),
);

const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

/** Reads inline text into paragraphs; a block element closes the current one. */
class Sink {
  readonly blocks: SourceBlock[] = [];
  private inlines: SourceInline[] = [];

  text(value: string, format: Format): void {
    const { pre, ...marks } = format;
    if (!pre) {
      this.inlines.push({ kind: 'text', text: value.replace(/[ \t\n\r\f]+/g, ' '), ...marks });
      return;
    }
    value.split(/\r\n|\r|\n/).forEach((line, i) => {
      if (i > 0) this.inlines.push({ kind: 'break' });
      if (line !== '') this.inlines.push({ kind: 'text', text: line, ...marks });
    });
  }

  break(): void {
    this.inlines.push({ kind: 'break' });
  }

  push(block: SourceBlock): void {
    this.flush();
    this.blocks.push(block);
  }

  /** Ends the current paragraph, as a heading when given a level. */
  flush(heading?: 1 | 2 | 3, align?: Align): void {
    const inlines = tidy(this.inlines);
    const hadContent = this.inlines.some((i) => i.kind === 'break' || i.text.trim() !== '');
    this.inlines = [];
    if (inlines.length === 0 && !hadContent) return;
    // A paragraph of non-breaking spaces is deliberate spacing: keep it empty.
    const visible = inlines.some((i) => i.kind === 'break' || i.text.replace(/\u00a0/g, '').trim() !== '') ? inlines : [];
    if (heading) {
      if (visible.length > 0) this.blocks.push({ kind: 'heading', level: heading, inlines: visible });
    } else {
      this.blocks.push({ kind: 'paragraph', inlines: visible, ...(align ? { align } : {}) });
    }
  }
}

/** Collapses the spaces HTML collapses: at the edges, around breaks and between runs. */
function tidy(inlines: readonly SourceInline[]): SourceInline[] {
  const out: SourceInline[] = [];
  let afterSpace = true;
  for (const inline of inlines) {
    if (inline.kind === 'break') {
      trimEnd(out);
      out.push(inline);
      afterSpace = true;
      continue;
    }
    const text: string = afterSpace ? inline.text.replace(/^ +/, '') : inline.text;
    if (text === '') continue;
    out.push({ ...inline, text });
    afterSpace = text.endsWith(' ');
  }
  trimEnd(out);
  return out;
}

function trimEnd(out: SourceInline[]): void {
  const last = out.at(-1);
  if (last?.kind !== 'text') return;
  const text = last.text.replace(/ +$/, '');
  if (text === '') out.pop();
  else out[out.length - 1] = { ...last, text };
}

function styleFormat(el: Element, format: Format): Format {
  const style = (attr(el, 'style') ?? '').toLowerCase();
  const next = { ...format };
  const weight = /font-weight\s*:\s*([a-z0-9]+)/.exec(style)?.[1];
  if (weight) next.bold = /^(bold|bolder|[6-9]00)$/.test(weight);
  if (/font-style\s*:\s*italic/.test(style)) next.italic = true;
  if (/text-decoration(-line)?\s*:[^;]*underline/.test(style)) next.underline = true;
  return next;
}

function alignOf(el: Element): Align | undefined {
  const value = (/text-align\s*:\s*([a-z]+)/.exec((attr(el, 'style') ?? '').toLowerCase())?.[1] ?? attr(el, 'align') ?? '').toLowerCase();
  return value === 'center' || value === 'right' || value === 'justify' ? value : undefined;
}

const breaksPage = (el: Element): boolean => /(page-)?break-before\s*:\s*(always|page)/i.test(attr(el, 'style') ?? '');

class HtmlReader {
  /** Lists and quotes open around the node being read. */
  private nesting = 0;

  constructor(private readonly notes: ImportNotes) {}

  private nested(read: () => void): void {
    if (++this.nesting > MAX_NESTING) throw nestedTooDeeply();
    try {
      read();
    } finally {
      this.nesting--;
    }
  }

  children(parent: ParentNode, sink: Sink, format: Format, depth: number): void {
    if (depth > MAX_DEPTH)
      throw new TemplateImportError('tooComplex', 'The HTML is nested too deeply to be imported. Save it again from a word processor or browser.');
    for (const child of parent.childNodes) this.node(child, sink, format, depth + 1);
  }

  private node(node: Node, sink: Sink, format: Format, depth: number): void {
    if (node.nodeName === '#text' && 'value' in node) return sink.text(node.value, format);
    if (!isElement(node)) return;
    const tag = node.tagName.toLowerCase();
    if (tag === 'script') return this.notes.add('scriptsDropped');
    if (tag === 'style') return this.notes.add('stylesDropped');
    if (tag === 'img' || tag === 'svg') return this.notes.add('imagesDropped');
    if (MEDIA.has(tag)) return this.notes.add('mediaDropped');
    if (SILENT.has(tag)) return this.countHidden(node);
    if (breaksPage(node)) {
      sink.push({ kind: 'pageBreak' });
      // Word's HTML marks a page break as <br style="page-break-before:always">.
      if (tag === 'br') return;
    }
    if (tag === 'br') return sink.break();
    if (tag === 'hr') return sink.flush();

    const heading = /^h([1-6])$/.exec(tag);
    if (heading) return this.block(node, sink, format, depth, Math.min(Number(heading[1]), 3) as 1 | 2 | 3);
    if (tag === 'ul' || tag === 'ol') return this.nested(() => this.list(node, sink, format, depth, tag === 'ol'));
    if (tag === 'blockquote') {
      return this.nested(() => {
        const inner = new Sink();
        this.children(node, inner, format, depth);
        inner.flush();
        if (inner.blocks.length > 0) sink.push({ kind: 'blockquote', blocks: inner.blocks });
      });
    }
    if (tag === 'table') this.notes.add('tablesFlattened');
    if (tag === 'pre') return this.block(node, sink, { ...format, pre: true }, depth);
    if (BLOCKS.has(tag) || tag === 'li') return this.block(node, sink, format, depth);
    this.children(node, sink, this.inlineFormat(node, tag, format), depth);
  }

  private block(el: Element, sink: Sink, format: Format, depth: number, heading?: 1 | 2 | 3): void {
    sink.flush();
    this.children(el, sink, styleFormat(el, format), depth);
    sink.flush(heading, alignOf(el));
  }

  private list(el: Element, sink: Sink, format: Format, depth: number, ordered: boolean): void {
    const items: SourceBlock[][] = [];
    for (const child of el.childNodes) {
      if (!isElement(child)) continue;
      const inner = new Sink();
      this.node(child, inner, format, depth + 1);
      inner.flush();
      const last = items.at(-1);
      // Anything but an item (a list nested straight in a list) joins the item before it.
      if (child.tagName === 'li' || !last) {
        if (child.tagName === 'li' || inner.blocks.length > 0) items.push(inner.blocks);
      } else {
        last.push(...inner.blocks);
      }
    }
    const start = Number(attr(el, 'start'));
    if (items.length > 0) sink.push({ kind: 'list', ordered, ...(ordered && Number.isInteger(start) && start >= 0 ? { start } : {}), items });
  }

  private inlineFormat(el: Element, tag: string, format: Format): Format {
    const next = styleFormat(el, format);
    if (tag === 'b' || tag === 'strong') next.bold = true;
    if (tag === 'i' || tag === 'em' || tag === 'cite') next.italic = true;
    if (tag === 'u' || tag === 'ins') next.underline = true;
    if (tag === 'a') {
      const href = attr(el, 'href');
      const safe = safeHref(href);
      if (safe) next.href = safe;
      else if (href && !href.startsWith('#')) this.notes.add('linksDropped');
    }
    return next;
  }

  /** Scripts and styles in the head are dropped too, and said so. */
  private countHidden(el: Element): void {
    for (const child of el.childNodes) {
      if (!isElement(child)) continue;
      if (child.tagName === 'script') this.notes.add('scriptsDropped');
      else if (child.tagName === 'style') this.notes.add('stylesDropped');
      else this.countHidden(child);
    }
  }
}

export function readHtml(html: string, notes: ImportNotes): SourceBlock[] {
  checkHtml(html);
  const sink = new Sink();
  new HtmlReader(notes).children(parse(html), sink, {}, 0);
  sink.flush();
  return sink.blocks;
}

/** HTML inside a Markdown file, read the same way. */
export function readHtmlFragment(html: string, notes: ImportNotes): SourceBlock[] {
  checkHtml(html);
  const sink = new Sink();
  new HtmlReader(notes).children(parseFragment(html), sink, {}, 0);
  sink.flush();
  return sink.blocks;
}

/** Decodes character references ("&amp;", "&eacute;") the way a browser would. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  const fragment = parseFragment(text.replace(/</g, '&lt;'));
  return fragment.childNodes.map((n) => ('value' in n && n.nodeName === '#text' ? n.value : '')).join('');
}

import { Lexer, type MarkedToken, type Token } from 'marked';
import { checkMarkdown } from './input-limits';
import { decodeEntities, readHtmlFragment } from './read-html';
import { safeHref, type SourceBlock, type SourceInline } from './source-model';
import type { ImportNotes } from './template-import-errors';

/*
 * Markdown → source blocks, from marked's token tree (never its HTML output).
 * GitHub's line breaks are on: a single new line is a line break, as people
 * writing letters in Markdown expect (address blocks). "**COUNTRY**" is bold
 * text here, and bold capitals count as placeholders, so it is still found.
 */

interface Format {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  href?: string;
}

// Inline HTML tags that carry emphasis or breaks; other known tags are
// dropped, and anything else stays as text ("<<name>>" is a placeholder).
const INLINE_TAG = /^<(\/?)(b|strong|i|em|u|br|img|span|font|sup|sub|small|mark|s|del|ins|a|abbr|cite|code|q|kbd)\b[^>]*>$/i;

class MarkdownReader {
  constructor(private readonly notes: ImportNotes) {}

  blocks(tokens: readonly Token[]): SourceBlock[] {
    return tokens.flatMap((token) => this.block(token as MarkedToken));
  }

  private block(token: MarkedToken): SourceBlock[] {
    switch (token.type) {
      case 'space':
      case 'def':
      case 'hr':
        return [];
      case 'heading':
        return [{ kind: 'heading', level: Math.min(Math.max(token.depth, 1), 3) as 1 | 2 | 3, inlines: this.inlines(token.tokens) }];
      case 'paragraph':
        return [{ kind: 'paragraph', inlines: this.inlines(token.tokens) }];
      case 'text':
        return [{ kind: 'paragraph', inlines: token.tokens ? this.inlines(token.tokens) : [{ kind: 'text', text: decodeEntities(token.text) }] }];
      case 'list': {
        const start = typeof token.start === 'number' ? token.start : 1;
        return [{ kind: 'list', ordered: token.ordered, ...(token.ordered ? { start } : {}), items: token.items.map((item) => this.blocks(item.tokens)) }];
      }
      case 'blockquote':
        return [{ kind: 'blockquote', blocks: this.blocks(token.tokens) }];
      case 'code':
        return [{ kind: 'paragraph', inlines: lines(token.text) }];
      case 'html':
        return readHtmlFragment(token.text, this.notes);
      case 'table': {
        this.notes.add('tablesFlattened');
        const cells = [token.header, ...token.rows].flat();
        return cells.map((cell) => ({ kind: 'paragraph' as const, inlines: this.inlines(cell.tokens) })).filter((p) => p.inlines.length > 0);
      }
      default: {
        const generic = token as Token;
        return 'tokens' in generic && generic.tokens ? [{ kind: 'paragraph', inlines: this.inlines(generic.tokens) }] : [];
      }
    }
  }

  private inlines(tokens: readonly Token[], format: Format = {}): SourceInline[] {
    const out: SourceInline[] = [];
    // Emphasis opened by inline HTML (<u>…</u>) lasts until its closing tag.
    const html: Format = {};
    for (const raw of tokens) {
      const token = raw as MarkedToken;
      const current = { ...format, ...html };
      switch (token.type) {
        case 'text':
          if (token.tokens) out.push(...this.inlines(token.tokens, current));
          else out.push(...lines(decodeEntities(token.text), current));
          break;
        case 'escape':
        case 'codespan':
          out.push({ kind: 'text', text: decodeEntities(token.text), ...current });
          break;
        case 'br':
          out.push({ kind: 'break' });
          break;
        case 'strong':
          out.push(...this.inlines(token.tokens, { ...current, bold: true }));
          break;
        case 'em':
          out.push(...this.inlines(token.tokens, { ...current, italic: true }));
          break;
        case 'del':
          out.push(...this.inlines(token.tokens, current));
          break;
        case 'link': {
          const href = safeHref(token.href);
          if (!href && !token.href.startsWith('#')) this.notes.add('linksDropped');
          out.push(...this.inlines(token.tokens, href ? { ...current, href } : current));
          break;
        }
        case 'image':
          this.notes.add('imagesDropped');
          break;
        case 'html':
          out.push(...this.inlineHtml(token.text, html, current));
          break;
        default: {
          const generic = raw as { text?: unknown };
          if (typeof generic.text === 'string') out.push({ kind: 'text', text: decodeEntities(generic.text), ...current });
        }
      }
    }
    return out;
  }

  private inlineHtml(text: string, html: Format, current: Format): SourceInline[] {
    const tag = INLINE_TAG.exec(text.trim());
    if (text.trim().startsWith('<!--')) return [];
    if (!tag) return [{ kind: 'text', text, ...current }];
    const closing = tag[1] === '/';
    const name = (tag[2] ?? '').toLowerCase();
    if (name === 'br') return [{ kind: 'break' }];
    if (name === 'img') this.notes.add('imagesDropped');
    const mark = name === 'b' || name === 'strong' ? 'bold' : name === 'i' || name === 'em' ? 'italic' : name === 'u' || name === 'ins' ? 'underline' : null;
    if (mark && closing) delete html[mark];
    else if (mark) html[mark] = true;
    return [];
  }
}

function lines(text: string, format: Format = {}): SourceInline[] {
  const out: SourceInline[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (i > 0) out.push({ kind: 'break' });
    if (line !== '') out.push({ kind: 'text', text: line, ...format });
  });
  return out;
}

export function readMarkdown(source: string, notes: ImportNotes): SourceBlock[] {
  checkMarkdown(source);
  const tokens = new Lexer({ gfm: true, breaks: true }).lex(source);
  return new MarkdownReader(notes).blocks(tokens);
}

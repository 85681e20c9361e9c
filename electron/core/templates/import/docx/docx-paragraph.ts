import { safeHref, type SourceInline } from '../source-model';
import type { ImportNotes } from '../template-import-errors';
import { readRunFormat, type DocxStyles, type RunFormat } from './docx-styles';
import { child, contains, elements, textOf, type XmlElement } from './safe-xml';

/*
 * The content of one w:p: its runs with their emphasis and links, line and
 * page breaks. Field codes are followed so their instructions never show as
 * text ("HYPERLINK …", "MERGEFIELD …") and a HYPERLINK field's result is a link.
 */

export interface DocxContext {
  styles: DocxStyles;
  /** Relationship id → external target, for w:hyperlink. */
  links: Map<string, string>;
  notes: ImportNotes;
  /** Open complex fields (w:fldChar), which may span paragraphs. */
  fields: { instr: string; inResult: boolean }[];
}

/** A paragraph cut at its page breaks. */
export type Segment = SourceInline[] | 'pageBreak';

const DRAWINGS = new Set(['drawing', 'pict', 'object']);
const TEXT_BOX = new Set(['txbxContent']);
const WRAPPERS = new Set(['smartTag', 'customXml', 'bdo', 'dir', 'sdtContent']);

class ParagraphReader {
  readonly segments: Segment[] = [];
  private current: SourceInline[] = [];
  drawings = 0;

  constructor(
    private readonly ctx: DocxContext,
    private readonly paragraphStyle: string | undefined,
    private readonly inHeading: boolean,
  ) {}

  finish(): Segment[] {
    this.segments.push(this.current);
    return this.segments;
  }

  content(el: XmlElement, href: string | undefined): void {
    for (const node of elements(el)) {
      switch (node.name) {
        case 'r':
          this.run(node, href);
          break;
        case 'hyperlink':
          this.content(node, this.hyperlink(node) ?? href);
          break;
        case 'fldSimple':
          this.content(node, fieldLink(node.attrs.instr ?? '') ?? href);
          break;
        case 'ins':
        case 'moveTo':
          this.ctx.notes.add('trackedChanges');
          this.content(node, href);
          break;
        case 'del':
        case 'moveFrom':
          this.ctx.notes.add('trackedChanges');
          break;
        case 'sdt':
          this.content(child(node, 'sdtContent') ?? node, href);
          break;
        case 'AlternateContent':
          this.drawing(node);
          break;
        default:
          if (WRAPPERS.has(node.name)) this.content(node, href);
      }
    }
  }

  private hyperlink(node: XmlElement): string | undefined {
    const id = node.attrs.id;
    if (id === undefined) return undefined;
    const target = this.ctx.links.get(id);
    const safe = safeHref(target);
    if (target !== undefined && !safe) this.ctx.notes.add('linksDropped');
    return safe;
  }

  private run(r: XmlElement, href: string | undefined): void {
    const rPr = child(r, 'rPr');
    const format: RunFormat = { ...this.ctx.styles.runFormat(this.paragraphStyle, child(rPr, 'rStyle')?.attrs.val), ...readRunFormat(rPr) };
    for (const node of elements(r)) {
      if (node.name === 'fldChar') {
        this.fieldChar(node.attrs.fldCharType);
        continue;
      }
      if (node.name === 'instrText') {
        const field = this.ctx.fields.at(-1);
        if (field && !field.inResult) field.instr += textOf(node);
        continue;
      }
      if (format.hidden || this.ctx.fields.some((f) => !f.inResult)) continue;
      this.runChild(node, format, this.fieldHref() ?? href);
    }
  }

  private runChild(node: XmlElement, format: RunFormat, href: string | undefined): void {
    switch (node.name) {
      case 't':
        this.text(textOf(node), format, href);
        break;
      case 'tab':
      case 'ptab':
        this.text('\t', format, href);
        break;
      case 'noBreakHyphen':
        this.text('\u2011', format, href);
        break;
      case 'br':
        if (node.attrs.type === 'page') this.pageBreak();
        else if (node.attrs.type !== 'column') this.current.push({ kind: 'break' });
        break;
      case 'cr':
        this.current.push({ kind: 'break' });
        break;
      case 'footnoteReference':
      case 'endnoteReference':
        this.ctx.notes.add('footnotesDropped');
        break;
      case 'drawing':
      case 'pict':
      case 'object':
      case 'AlternateContent':
        this.drawing(node);
        break;
    }
  }

  private text(text: string, format: RunFormat, href: string | undefined): void {
    if (text === '') return;
    this.current.push({
      kind: 'text',
      text: format.caps ? text.toLocaleUpperCase() : text,
      // Headings are bold by style; their bold is not emphasis.
      ...(format.bold && !this.inHeading ? { bold: true } : {}),
      ...(format.italic ? { italic: true } : {}),
      // Word underlines links through the Hyperlink style; the editor styles links itself.
      ...(format.underline && !href ? { underline: true } : {}),
      ...(href ? { href } : {}),
    });
  }

  private drawing(node: XmlElement): void {
    this.drawings++;
    if (contains(node, TEXT_BOX)) this.ctx.notes.add('textBoxesDropped');
    else if (DRAWINGS.has(node.name) || contains(node, DRAWINGS)) this.ctx.notes.add('imagesDropped');
  }

  private pageBreak(): void {
    this.segments.push(this.current, 'pageBreak');
    this.current = [];
  }

  private fieldChar(type: string | undefined): void {
    const fields = this.ctx.fields;
    if (type === 'begin') fields.push({ instr: '', inResult: false });
    else if (type === 'separate' && fields.length > 0) (fields.at(-1) as { inResult: boolean }).inResult = true;
    else if (type === 'end') fields.pop();
  }

  private fieldHref(): string | undefined {
    for (let i = this.ctx.fields.length - 1; i >= 0; i--) {
      const link = fieldLink(this.ctx.fields[i]?.instr ?? '');
      if (link) return link;
    }
    return undefined;
  }
}

/** The target of a HYPERLINK field code, when a letter may link to it. */
function fieldLink(instr: string): string | undefined {
  return safeHref(/^\s*HYPERLINK\s+"([^"]+)"/i.exec(instr)?.[1]);
}

/** The paragraph's segments; none when it held nothing but images, which leave no empty line behind. */
export function readParagraphContent(p: XmlElement, ctx: DocxContext, paragraphStyle: string | undefined, inHeading: boolean): Segment[] {
  const reader = new ParagraphReader(ctx, paragraphStyle, inHeading);
  reader.content(p, undefined);
  const segments = reader.finish();
  const empty = segments.every((s) => s !== 'pageBreak' && s.length === 0);
  return empty && reader.drawings > 0 ? [] : segments;
}

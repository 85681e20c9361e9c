import { child, elements, isOn, type XmlElement } from './safe-xml';

/*
 * What word/styles.xml says about a paragraph or run: inherited emphasis,
 * heading level ("heading 1", "Title", or an outline level) and list
 * numbering given by the style ("List Bullet"). Styles follow their basedOn
 * chain; built-in style names are English whatever the document's language.
 */

export interface RunFormat {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  caps?: boolean;
  hidden?: boolean;
}

export interface NumberingRef {
  numId: string;
  ilvl: number;
}

interface Style {
  name: string;
  basedOn?: string;
  run: RunFormat;
  numbering?: NumberingRef;
  outline?: number;
}

const defined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

export function readRunFormat(rPr: XmlElement | undefined): RunFormat {
  if (!rPr) return {};
  return defined({
    bold: isOn(child(rPr, 'b')),
    italic: isOn(child(rPr, 'i')),
    underline: isOn(child(rPr, 'u')),
    caps: isOn(child(rPr, 'caps')),
    hidden: isOn(child(rPr, 'vanish')),
  });
}

export function readNumberingRef(pPr: XmlElement | undefined): NumberingRef | undefined {
  const numPr = child(pPr, 'numPr');
  const numId = child(numPr, 'numId')?.attrs.val;
  if (numId === undefined) return undefined;
  return { numId, ilvl: Number(child(numPr, 'ilvl')?.attrs.val ?? 0) || 0 };
}

export function readOutline(pPr: XmlElement | undefined): number | undefined {
  const value = child(pPr, 'outlineLvl')?.attrs.val;
  return value === undefined ? undefined : Number(value);
}

export class DocxStyles {
  private readonly styles = new Map<string, Style>();
  private readonly defaults: RunFormat;
  readonly defaultParagraphStyle: string | undefined;

  constructor(root: XmlElement | undefined) {
    this.defaults = readRunFormat(child(child(child(root, 'docDefaults'), 'rPrDefault'), 'rPr'));
    let defaultParagraph: string | undefined;
    for (const style of elements(root, 'style')) {
      const id = style.attrs.styleId;
      if (id === undefined) continue;
      const pPr = child(style, 'pPr');
      this.styles.set(id, {
        name: (child(style, 'name')?.attrs.val ?? '').toLowerCase(),
        basedOn: child(style, 'basedOn')?.attrs.val,
        run: readRunFormat(child(style, 'rPr')),
        numbering: readNumberingRef(pPr),
        outline: readOutline(pPr),
      });
      if (style.attrs.type === 'paragraph' && /^(1|true|on)$/i.test(style.attrs.default ?? '')) defaultParagraph = id;
    }
    this.defaultParagraphStyle = defaultParagraph;
  }

  /** The style and its ancestors, nearest first; a loop in basedOn stops the chain. */
  private chain(id: string | undefined): Style[] {
    const out: Style[] = [];
    const seen = new Set<string>();
    for (let at = id; at !== undefined && !seen.has(at);) {
      seen.add(at);
      const style = this.styles.get(at);
      if (!style) break;
      out.push(style);
      at = style.basedOn;
    }
    return out;
  }

  /** Emphasis a run inherits: defaults, then its paragraph style, then its character style. */
  runFormat(paragraphStyle: string | undefined, characterStyle: string | undefined): RunFormat {
    const layers = [
      this.defaults,
      ...this.chain(paragraphStyle ?? this.defaultParagraphStyle)
        .reverse()
        .map((s) => s.run),
    ];
    layers.push(
      ...this.chain(characterStyle)
        .reverse()
        .map((s) => s.run),
    );
    return Object.assign({}, ...layers) as RunFormat;
  }

  headingLevel(paragraphStyle: string | undefined, outline: number | undefined): 1 | 2 | 3 | undefined {
    for (const style of this.chain(paragraphStyle)) {
      if (style.name === 'title') return 1;
      const heading = /^heading\s*([1-9])$/.exec(style.name);
      if (heading) return level(Number(heading[1]));
    }
    // No styles part: Word's own ids.
    const byId = /^heading([1-9])$/i.exec(paragraphStyle ?? '');
    if (byId && !this.styles.has(paragraphStyle ?? '')) return level(Number(byId[1]));
    const outlineLevel = outline ?? this.chain(paragraphStyle).find((s) => s.outline !== undefined)?.outline;
    return outlineLevel !== undefined && outlineLevel >= 0 && outlineLevel < 9 ? level(outlineLevel + 1) : undefined;
  }

  numbering(paragraphStyle: string | undefined): NumberingRef | undefined {
    return this.chain(paragraphStyle).find((s) => s.numbering)?.numbering;
  }
}

const level = (n: number): 1 | 2 | 3 => (n <= 1 ? 1 : n === 2 ? 2 : 3);

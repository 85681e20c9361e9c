import { AlignmentType, type IParagraphStyleOptions, type IStylesOptions, LineRuleType } from 'docx';

/*
 * Styles and list definitions shared by every letter of a file. Arial is on
 * every Windows and macOS machine, and LibreOffice maps it to the
 * metric-compatible Liberation Sans, so a letter lays out the same wherever it
 * is printed. Sizes are in half-points, spacing and indents in twips.
 *
 * The numbers live in STYLES, read both by `documentStyles` (styles.xml, made
 * once per language by `docx`) and by the page estimate, so the two never disagree.
 */
export const FONT = 'Arial';
export const SMALL_SIZE = 17; // 8.5 pt, letterhead details and footer
export const GREY = '555555';

export const QUOTE_STYLE = 'LetterQuote';
export const TITLE_STYLE = 'LetterTitle';
export const SMALL_STYLE = 'LetterSmall';
export const SOURCE_STYLE = 'LetterSource';
export const LIST_STYLE = 'ListParagraph';
export const FOOTNOTE_STYLE = 'FootnoteText';

/** The indent of each list level. */
export const LIST_INDENT = 567; // 1 cm
const HANGING = 360;

/** What a paragraph style sets that the layout depends on. */
export interface StyleMetrics {
  size?: number;
  bold?: boolean;
  italics?: boolean;
  before?: number;
  after?: number;
  /** Line spacing in 240ths of a line ("auto"). */
  line?: number;
  left?: number;
  right?: number;
  /** No space between two paragraphs of this style ("contextual spacing"). */
  contextual?: boolean;
  keepNext?: boolean;
  keepLines?: boolean;
}

/** The document defaults: Arial 11 pt, 8 pt after each paragraph, lines at 1.1. */
export const NORMAL = { size: 22, after: 160, line: 264 } as const;

const heading = (size: number, before: number, italics = false): StyleMetrics => ({
  size,
  bold: true,
  italics,
  before,
  after: 120,
  keepNext: true,
  keepLines: true,
});

export const STYLES: Readonly<Record<string, StyleMetrics>> = {
  Heading1: heading(28, 360),
  Heading2: heading(24, 280),
  Heading3: heading(22, 240, true),
  // Items of a list close together, the list as a whole spaced like a paragraph.
  [LIST_STYLE]: { after: 160, contextual: true },
  [FOOTNOTE_STYLE]: { size: 16, after: 40, line: 240 },
  [QUOTE_STYLE]: { italics: true, left: LIST_INDENT, right: LIST_INDENT, before: 120, after: 200 },
  [TITLE_STYLE]: { size: 32, bold: true, before: 480, after: 240, keepNext: true },
  [SMALL_STYLE]: { size: SMALL_SIZE, after: 0, line: 240 },
  [SOURCE_STYLE]: { size: 18, after: 60, line: 240 },
};

const spacing = (m: StyleMetrics) => ({
  spacing: { before: m.before, after: m.after, ...(m.line ? { line: m.line, lineRule: LineRuleType.AUTO } : {}) },
});

const PARAGRAPH_DEFAULTS = {
  // lineRule "auto" said outright: LibreOffice reads a bare w:line as an exact height and clips images.
  spacing: { after: NORMAL.after, line: NORMAL.line, lineRule: LineRuleType.AUTO },
  // Widow and orphan control said outright too: LibreOffice applies it unless told otherwise, Word only when
  // told, and a letter should break its pages the same in both, never leaving a lone line at a page's top or
  // foot. (docx writes it in the defaults, though its type for them leaves it out.)
  widowControl: true,
};

/** styles.xml's content, for `docx` to write once per document language. */
export function documentStyles(langTag: string): IStylesOptions {
  const font = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };
  const headingStyle = (m: StyleMetrics) => ({
    run: { font, size: m.size, bold: true, ...(m.italics ? { italics: true } : {}), color: '000000' },
    paragraph: { ...spacing(m), keepNext: true, keepLines: true },
  });
  const own = (id: string, name: string, extra: Partial<IParagraphStyleOptions> = {}): IParagraphStyleOptions => {
    const m = STYLES[id];
    return {
      id,
      name,
      basedOn: 'Normal',
      ...extra,
      run: { size: m.size, bold: m.bold, italics: m.italics, italicsComplexScript: m.italics, ...extra.run },
      paragraph: { ...spacing(m), ...(m.left ? { indent: { left: m.left, right: m.right } } : {}), keepNext: m.keepNext, ...extra.paragraph },
    };
  };
  return {
    default: {
      document: {
        // w:lang in the document defaults: Word spell-checks every run in the letter's language.
        run: { font, size: NORMAL.size, sizeComplexScript: NORMAL.size, language: { value: langTag, bidirectional: 'ar-SA' } },
        paragraph: PARAGRAPH_DEFAULTS,
      },
      heading1: headingStyle(STYLES.Heading1),
      heading2: headingStyle(STYLES.Heading2),
      heading3: headingStyle(STYLES.Heading3),
      hyperlink: { run: { color: '1F4E79', underline: {} } },
      listParagraph: { paragraph: { spacing: { after: STYLES[LIST_STYLE].after }, contextualSpacing: true } },
      footnoteText: { run: { size: STYLES[FOOTNOTE_STYLE].size }, paragraph: spacing(STYLES[FOOTNOTE_STYLE]) },
    },
    paragraphStyles: [
      own(QUOTE_STYLE, 'Letter Quote'),
      own(TITLE_STYLE, 'Letter Title', { next: 'Normal', paragraph: { alignment: AlignmentType.CENTER } }),
      own(SMALL_STYLE, 'Letter Small', { run: { color: GREY } }),
      own(SOURCE_STYLE, 'Letter Source'),
    ],
  };
}

/*
 * Lists. Two definitions (abstractNum 1: bullets, 2: numbers), and one w:num
 * per list in the file, which restarts its count: a second numbered list
 * counts from 1 again, and Word and LibreOffice both see real lists.
 */
export type ListKind = 'bullet' | 'ordered';
export interface ListInstance {
  numId: number;
  kind: ListKind;
  level: number;
  start: number;
}

const BULLETS = ['•', '–', '▪'];
const ORDERED_FORMATS = ['decimal', 'lowerLetter', 'lowerRoman'];

function abstractNum(id: number, level: (ilvl: number) => string): string {
  let xml = `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="hybridMultilevel"/>`;
  for (let ilvl = 0; ilvl < 9; ilvl++) {
    xml += `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/>${level(ilvl)}<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${LIST_INDENT * (ilvl + 1)}" w:hanging="${HANGING}"/></w:pPr></w:lvl>`;
  }
  return `${xml}</w:abstractNum>`;
}

const ABSTRACT_NUMS =
  abstractNum(1, (l) => `<w:numFmt w:val="bullet"/><w:lvlText w:val="${BULLETS[l % 3]}"/>`) +
  abstractNum(2, (l) => `<w:numFmt w:val="${ORDERED_FORMATS[l % 3]}"/><w:lvlText w:val="%${l + 1}."/>`);

/** numbering.xml's body: the two definitions, then each list's instance, every level counting from its start. */
export function numberingBody(lists: readonly ListInstance[]): string {
  let xml = ABSTRACT_NUMS;
  for (const list of lists) {
    xml += `<w:num w:numId="${list.numId}"><w:abstractNumId w:val="${list.kind === 'bullet' ? 1 : 2}"/>`;
    for (let ilvl = 0; ilvl < 9; ilvl++)
      xml += `<w:lvlOverride w:ilvl="${ilvl}"><w:startOverride w:val="${ilvl === list.level ? list.start : 1}"/></w:lvlOverride>`;
    xml += '</w:num>';
  }
  return xml;
}

import { AlignmentType, type ILevelsOptions, type IStylesOptions, LevelFormat, LineRuleType, type NumberingDefinition } from 'docx';

/*
 * Styles and list definitions shared by every letter of a file. Arial is on
 * every Windows and macOS machine, and LibreOffice maps it to the
 * metric-compatible Liberation Sans, so a letter lays out the same wherever it
 * is printed. Sizes are in half-points, spacing and indents in twips.
 */
export const FONT = 'Arial';
const BODY_SIZE = 22; // 11 pt
export const SMALL_SIZE = 17; // 8.5 pt, letterhead details and footer
export const GREY = '555555';

export const QUOTE_STYLE = 'LetterQuote';
export const TITLE_STYLE = 'LetterTitle';
export const SMALL_STYLE = 'LetterSmall';
export const SOURCE_STYLE = 'LetterSource';

/** The indent of each list level. */
export const LIST_INDENT = 567; // 1 cm

export function documentStyles(langTag: string): IStylesOptions {
  const font = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };
  const heading = (size: number, before: number) => ({
    run: { font, size, bold: true, color: '000000' },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        // w:lang in the document defaults: Word spell-checks every run in the letter's language.
        run: { font, size: BODY_SIZE, sizeComplexScript: BODY_SIZE, language: { value: langTag, bidirectional: 'ar-SA' } },
        // lineRule "auto" said outright: LibreOffice reads a bare w:line as an exact height and clips images.
        paragraph: { spacing: { after: 160, line: 264, lineRule: LineRuleType.AUTO } },
      },
      heading1: heading(28, 360),
      heading2: heading(24, 280),
      heading3: { ...heading(22, 240), run: { font, size: 22, bold: true, italics: true, color: '000000' } },
      hyperlink: { run: { color: '1F4E79', underline: {} } },
      // Items of a list close together, the list as a whole spaced like a paragraph.
      listParagraph: { paragraph: { spacing: { after: 160 }, contextualSpacing: true } },
      footnoteText: { run: { size: 16 }, paragraph: { spacing: { after: 40, line: 240, lineRule: LineRuleType.AUTO } } },
    },
    paragraphStyles: [
      {
        id: QUOTE_STYLE,
        name: 'Letter Quote',
        basedOn: 'Normal',
        run: { italics: true, italicsComplexScript: true },
        paragraph: { indent: { left: LIST_INDENT, right: LIST_INDENT }, spacing: { before: 120, after: 200 } },
      },
      {
        id: TITLE_STYLE,
        name: 'Letter Title',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 32, bold: true },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 480, after: 240 }, keepNext: true },
      },
      {
        id: SMALL_STYLE,
        name: 'Letter Small',
        basedOn: 'Normal',
        run: { size: SMALL_SIZE, color: GREY },
        paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: SOURCE_STYLE,
        name: 'Letter Source',
        basedOn: 'Normal',
        run: { size: 18 },
        paragraph: { spacing: { after: 60, line: 240, lineRule: LineRuleType.AUTO } },
      },
    ],
  };
}

function levels(format: (level: number) => { format: ILevelsOptions['format']; text: string }, start: number): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    start,
    ...format(level),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: LIST_INDENT * (level + 1), hanging: 360 } } },
  }));
}

const BULLETS = ['•', '–', '▪'];
const ORDERED_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];

export const BULLET_LIST: NumberingDefinition = {
  reference: 'letter-bullet',
  levels: levels((level) => ({ format: LevelFormat.BULLET, text: BULLETS[level % 3] }), 1),
};

export const ORDERED_LIST: NumberingDefinition = {
  reference: 'letter-ordered',
  levels: levels((level) => ({ format: ORDERED_FORMATS[level % 3], text: `%${level + 1}.` }), 1),
};

/** An ordered list that starts at another number than 1 ("5." and on). */
export function orderedListFrom(start: number): NumberingDefinition {
  return { reference: `letter-ordered-from-${start}`, levels: levels((level) => ({ format: ORDERED_FORMATS[level % 3], text: `%${level + 1}.` }), start) };
}

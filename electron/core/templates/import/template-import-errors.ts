import { ApiFailure } from '../../../../shared/api/errors';

/*
 * Why a whole file was refused. The CLI prints `message`; the renderer can
 * translate `reason` instead. A refused file never yields a partial import.
 */
export type TemplateRefusal =
  | 'tooLarge'
  | 'empty'
  | 'unsupportedFormat'
  | 'notText'
  | 'notZip'
  | 'corrupted'
  | 'encrypted'
  | 'legacyDoc'
  | 'zipBomb'
  | 'unsafePath'
  | 'notWordDocument'
  | 'unsafeXml'
  | 'imagesOnly'
  | 'tooComplex'
  | 'invalidDecision'
  | 'invalidImport'
  | 'unknownPlaceholder';

export class TemplateImportError extends ApiFailure {
  constructor(
    readonly reason: TemplateRefusal,
    message: string,
    cause?: unknown,
  ) {
    // The reason travels as an issue code, so the UI can say it in the user's language.
    super('invalid_input', message, [{ path: ['file'], code: reason }]);
    this.name = 'TemplateImportError';
    // Kept for logs only; the message is what users see.
    if (cause !== undefined) this.cause = cause;
  }
}

/** Something the user should know about an import that still succeeded. */
export interface ImportWarning {
  code: ImportWarningCode;
  message: string;
}

export type ImportWarningCode =
  | 'imagesDropped'
  | 'mediaDropped'
  | 'scriptsDropped'
  | 'stylesDropped'
  | 'tablesFlattened'
  | 'linksDropped'
  | 'trackedChanges'
  | 'footnotesDropped'
  | 'headersFootersDropped'
  | 'textBoxesDropped'
  | 'windows1252';

const plural = (n: number, one: string, many: string): string => (n === 1 ? `1 ${one}` : `${n} ${many}`);

const MESSAGES: Record<ImportWarningCode, (n: number) => string> = {
  imagesDropped: (n) => `${plural(n, 'image was', 'images were')} left out: templates hold text only. Add logos and signatures in the letterhead settings.`,
  mediaDropped: (n) => `${plural(n, 'embedded object (video, audio or frame) was', 'embedded objects (video, audio or frames) were')} left out.`,
  scriptsDropped: (n) => `${plural(n, 'script was', 'scripts were')} removed; they are never run.`,
  stylesDropped: (n) => `${plural(n, 'style sheet was', 'style sheets were')} ignored; only bold, italic, underline, headings and lists are kept.`,
  tablesFlattened: (n) => `${plural(n, 'table was', 'tables were')} turned into plain paragraphs, one per cell. Check their layout.`,
  linksDropped: (n) => `${plural(n, 'link was', 'links were')} kept as plain text: only web (http, https) and e-mail (mailto) links are kept.`,
  trackedChanges: () => 'The document has tracked changes: insertions were kept and deletions left out, as if all changes were accepted.',
  footnotesDropped: (n) =>
    `${plural(n, 'footnote or endnote was', 'footnotes or endnotes were')} left out. Add sources to the letter text or to the facts library.`,
  headersFootersDropped: () => 'Page headers and footers were left out; set the letterhead in the template settings.',
  textBoxesDropped: (n) => `${plural(n, 'text box or shape was', 'text boxes or shapes were')} left out, with any text inside.`,
  windows1252: () =>
    'The file is not UTF-8, so it was read as Windows-1252 (Western European). Check that accented letters look right; if not, save the file as UTF-8 and import it again.',
};

/** Collects warnings by code, counting repeats, so each is reported once. */
export class ImportNotes {
  private readonly counts = new Map<ImportWarningCode, number>();

  add(code: ImportWarningCode, count = 1): void {
    if (count > 0) this.counts.set(code, (this.counts.get(code) ?? 0) + count);
  }

  count(code: ImportWarningCode): number {
    return this.counts.get(code) ?? 0;
  }

  list(): ImportWarning[] {
    return [...this.counts].map(([code, n]) => ({ code, message: MESSAGES[code](n) }));
  }
}

export function megabytes(n: number): string {
  return (n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}

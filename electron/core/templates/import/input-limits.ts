import { TemplateImportError, megabytes } from './template-import-errors';

/*
 * Caps checked before a reader parses anything, by counting characters in
 * the text (or sizes in the zip's directory), so a file built to make a
 * parser crawl or fill memory (150 MB of tiny Word paragraphs in a 13 MB
 * .docx, millions of empty Markdown paragraphs or HTML tags, a list nested
 * thousands deep) is refused in milliseconds with one sentence that names
 * the limit. Each cap is far above any letter: a letter document holds at
 * most 20,000 blocks anyway (shared/letter/document.ts), so a file past
 * these could never become a template. The worker's memory and time limits
 * (core/isolation/) back them up.
 */

/** A Word part (document, styles, numbering), as the zip's directory declares it unpacked: about 20,000 richly formatted paragraphs. */
export const MAX_XML_PART_BYTES = 10 * 1024 * 1024;
/** Paragraphs in one Word part, as many as a letter document may hold blocks. */
export const MAX_PARAGRAPHS = 20_000;
/** Tags in one Word part: 50 per paragraph at the paragraph limit. */
export const MAX_XML_TAGS = 1_000_000;
/** Characters of a text or Markdown file: some 600 pages. */
export const MAX_TEXT_CHARS = 2_000_000;
/** Lines of a text or Markdown file: some 1,000 pages. */
export const MAX_LINES = 50_000;
/** Characters of an HTML file: room for the markup word processors add. */
export const MAX_HTML_CHARS = 10_000_000;
/** Tags of an HTML file. */
export const MAX_HTML_TAGS = 200_000;
/** Lists and quotes inside one another (Word itself stops at 9 list levels). */
export const MAX_NESTING = 32;

const count = (n: number): string => n.toLocaleString('en-US');

const tooLarge = (what: string): TemplateImportError => new TemplateImportError('tooLarge', `This file is too large to import: ${what}.`);
const tooComplex = (what: string): TemplateImportError => new TemplateImportError('tooComplex', `This file is too complex to import: ${what}.`);

/** A Word part's declared unpacked size, before it is inflated. */
export function checkXmlPartSize(name: string, size: number): void {
  if (size > MAX_XML_PART_BYTES) {
    throw tooLarge(`its part ${name.slice(0, 80)} would unpack to ${megabytes(size)} MB, more than the ${megabytes(MAX_XML_PART_BYTES)} MB allowed`);
  }
}

/** Times `pattern` occurs in `text`, stopping once past `limit`. */
function occurrences(text: string, pattern: RegExp, limit: number): number {
  const global = new RegExp(pattern.source, 'g');
  let n = 0;
  while (global.exec(text) !== null && n <= limit) n++;
  return n;
}

function countChar(text: string, char: string, limit: number): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1 && n <= limit; i = text.indexOf(char, i + 1)) n++;
  return n;
}

/** A Word part's text, before the XML parser builds its tree. */
export function checkXmlPart(text: string): void {
  if (countChar(text, '<', MAX_XML_TAGS) > MAX_XML_TAGS) throw tooComplex(`it holds more than ${count(MAX_XML_TAGS)} XML tags`);
  // <w:p> and <w:p …>, whatever the namespace prefix; not <w:pPr> or <w:proofErr>.
  if (occurrences(text, /<(?:[A-Za-z_][\w.-]*:)?p[\s/>]/, MAX_PARAGRAPHS) > MAX_PARAGRAPHS) {
    throw tooLarge(`it has more than ${count(MAX_PARAGRAPHS)} paragraphs`);
  }
}

function checkLength(text: string, max: number): void {
  if (text.length > max) throw tooLarge(`it has more than ${count(max)} characters of text`);
}

function checkLines(text: string): void {
  // \r\n counts once: a lone \r is rare enough for the count to stay an upper bound.
  const lines = countChar(text, '\n', MAX_LINES) + (text.includes('\n') ? 0 : countChar(text, '\r', MAX_LINES));
  if (lines > MAX_LINES) throw tooLarge(`it has more than ${count(MAX_LINES)} lines`);
}

/** A plain-text file, before it is split into paragraphs. */
export function checkPlainText(text: string): void {
  checkLength(text, MAX_TEXT_CHARS);
  checkLines(text);
}

/**
 * The deepest a line of Markdown could nest lists and quotes: each marker
 * ("-", "*", "+", "1.", ">") at its start opens one level, and so may every
 * two columns of indentation (the least a nested item needs). An upper
 * bound, so no real nesting past it goes unseen.
 */
function lineNesting(text: string, start: number, end: number): number {
  let columns = 0;
  let markers = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x20) columns++;
    else if (c === 0x09) columns += 4;
    else if (c === 0x3e /* > */) markers++;
    else if (c === 0x2d || c === 0x2a || c === 0x2b /* - * + */) {
      const next = text.charCodeAt(i + 1);
      if (i + 1 < end && next !== 0x20 && next !== 0x09) break;
      markers++;
    } else if (c >= 0x30 && c <= 0x39) {
      let j = i;
      while (j < end && j - i < 9 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
      const mark = text.charCodeAt(j);
      if (mark !== 0x2e && mark !== 0x29 /* . ) */) break;
      markers++;
      i = j;
    } else break;
    i++;
  }
  return markers + Math.floor(columns / 2);
}

/** A Markdown file, before marked reads it. */
export function checkMarkdown(text: string): void {
  // Nesting first: a deep list is mostly indentation, and that is the limit to name.
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (lineNesting(text, start, end) > MAX_NESTING) throw nestedTooDeeply();
    start = end + 1;
  }
  checkPlainText(text);
}

/** An HTML file or fragment, before parse5 builds its tree. */
export function checkHtml(html: string): void {
  if (countChar(html, '<', MAX_HTML_TAGS) > MAX_HTML_TAGS) throw tooComplex(`it holds more than ${count(MAX_HTML_TAGS)} HTML tags`);
  checkLength(html, MAX_HTML_CHARS);
}

/** Thrown by the HTML reader when lists and quotes go deeper than MAX_NESTING. */
export function nestedTooDeeply(): TemplateImportError {
  return tooComplex(`its lists or quotes are nested more than ${MAX_NESTING} levels deep`);
}

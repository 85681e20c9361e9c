import { TemplateImportError, type ImportNotes } from './template-import-errors';

/*
 * Node's TextDecoder("windows-1252") decodes as Latin-1 (0x80 gives U+0080,
 * not "€"), so the 0x80–0x9F range, where the two differ, is mapped here.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b);

/**
 * The text of a .txt, .md or .html file: UTF-8 (with or without BOM), UTF-16
 * with a BOM, else Windows-1252 with a warning so accents get checked.
 */
export function decodeText(bytes: Uint8Array, kind: string, notes: ImportNotes): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes);
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new TemplateImportError(
      'notText',
      `This looks like a Word document, not a ${kind} file. If it is one, give it the .docx extension and import it again.`,
    );
  }
  if (bytes.includes(0)) {
    throw new TemplateImportError('notText', `This is not a ${kind} file: it contains binary data.`);
  }
  try {
    // Drops a UTF-8 byte-order mark by itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    notes.add('windows1252');
    const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
    return new TextDecoder('latin1').decode(body).replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
  }
}

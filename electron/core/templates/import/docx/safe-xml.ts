import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { checkXmlPart } from '../input-limits';
import { TemplateImportError } from '../template-import-errors';

/*
 * XML parts of a .docx, read without ever expanding a DTD. A part with a
 * DOCTYPE or ENTITY declaration is refused before parsing: Word never writes
 * one, it is how XXE and "billion laughs" attacks start, and fast-xml-parser
 * would otherwise expand internal entities (within limits). Without a DTD
 * the parser only replaces the predefined and numeric character references.
 * The result is a small tree of local names (no namespace prefixes).
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const MAX_DEPTH = 256;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  // Only to decode numeric references (&#233;); declared entities are never read.
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: MAX_DEPTH,
});

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

function tooDeep(): TemplateImportError {
  return new TemplateImportError(
    'tooComplex',
    'This Word document is nested too deeply to be imported. Open it in Word, save it again and import the new file.',
  );
}

function damaged(part: string, cause?: unknown): TemplateImportError {
  return new TemplateImportError(
    'corrupted',
    `This Word document is damaged: its part "${part}" is not valid XML. Open it in Word to repair it, save it again and import the new file.`,
    cause,
  );
}

function decode(bytes: Uint8Array, part: string): string {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw damaged(part, error);
  }
}

export function parseXmlPart(bytes: Uint8Array, part: string): XmlElement {
  const text = decode(bytes, part);
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw new TemplateImportError(
      'unsafeXml',
      'This document was refused for safety: it contains XML declarations (DOCTYPE or ENTITY) that Word never writes and that can be used to attack the computer reading it.',
    );
  }
  checkXmlPart(text);
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw damaged(part, new Error(valid.err.msg));
  let ordered: unknown;
  try {
    ordered = parser.parse(text);
  } catch (error) {
    throw error instanceof Error && /nested tags/i.test(error.message) ? tooDeep() : damaged(part, error);
  }
  const root = convert(ordered, 0).find((n): n is XmlElement => typeof n !== 'string');
  if (!root) throw damaged(part);
  return root;
}

// fast-xml-parser's ordered form: [{ "w:p": [...children], ":@": { attrs } }, { "#text": "…" }].
function convert(items: unknown, depth: number): XmlNode[] {
  if (depth > MAX_DEPTH + 1) throw tooDeep();
  if (!Array.isArray(items)) return [];
  const out: XmlNode[] = [];
  for (const item of items as Record<string, unknown>[]) {
    for (const [key, value] of Object.entries(item)) {
      if (key === ':@') continue;
      if (key === '#text') {
        out.push(String(value));
        continue;
      }
      const attrs: Record<string, string> = {};
      for (const [name, v] of Object.entries((item[':@'] ?? {}) as Record<string, unknown>)) attrs[localName(name)] = String(v);
      out.push({ name: localName(key), attrs, children: convert(value, depth + 1) });
    }
  }
  return out;
}

export const elements = (el: XmlElement | undefined, name?: string): XmlElement[] =>
  (el?.children ?? []).filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));

export const child = (el: XmlElement | undefined, name: string): XmlElement | undefined => elements(el, name)[0];

export const textOf = (el: XmlElement): string => el.children.map((c) => (typeof c === 'string' ? c : '')).join('');

/** Whether any descendant is named so. */
export function contains(el: XmlElement, names: ReadonlySet<string>): boolean {
  return elements(el).some((c) => names.has(c.name) || contains(c, names));
}

/** An OOXML on/off property: present and not "0", "false", "off" or "none". */
export function isOn(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const val = el.attrs.val;
  return val === undefined || !/^(0|false|off|none)$/i.test(val);
}

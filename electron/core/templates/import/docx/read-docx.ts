import { posix } from 'node:path';
import type { SourceBlock } from '../source-model';
import { TemplateImportError, type ImportNotes } from '../template-import-errors';
import { readBody } from './docx-body';
import { DocxNumbering } from './docx-numbering';
import { DocxStyles } from './docx-styles';
import { child, elements, parseXmlPart, textOf, type XmlElement } from './safe-xml';
import { unzipParts } from './safe-unzip';

/*
 * A .docx → source blocks: unzip safely, find the main document through the
 * package relationships, then read its body with the styles and numbering
 * parts. Headers, footers, footnotes and comments are not part of a template.
 */

// Only these parts are ever inflated.
const WANTED = /^(?:_rels\/\.rels|word\/[^/]+\.xml|word\/_rels\/[^/]+\.rels)$/;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';

interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

function notWord(): TemplateImportError {
  return new TemplateImportError(
    'notWordDocument',
    'This file is a zip archive but not a Word document: it has no document text. If it comes from another program (LibreOffice, Google Docs, Pages), export it as .docx and import that file.',
  );
}

function readRelationships(files: Map<string, Uint8Array>, path: string): Relationship[] {
  const bytes = files.get(path);
  if (!bytes) return [];
  return elements(parseXmlPart(bytes, path), 'Relationship').map((rel) => ({
    id: rel.attrs.Id ?? '',
    type: rel.attrs.Type ?? '',
    target: rel.attrs.Target ?? '',
    external: rel.attrs.TargetMode === 'External',
  }));
}

const isType = (rel: Relationship, type: string): boolean => rel.type === REL + type || rel.type === STRICT_REL + type;

/** A relationship target as a path inside the package. */
function resolvePart(fromPart: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : posix.join(posix.dirname(fromPart), target);
  return posix.normalize(path);
}

function relsPathOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

function optionalPart(files: Map<string, Uint8Array>, rels: Relationship[], main: string, type: string): XmlElement | undefined {
  const rel = rels.find((r) => isType(r, type) && !r.external);
  if (!rel) return undefined;
  const path = resolvePart(main, rel.target);
  const bytes = files.get(path);
  return bytes ? parseXmlPart(bytes, path) : undefined;
}

function hasText(el: XmlElement): boolean {
  if (el.name === 't' && textOf(el).trim() !== '') return true;
  return elements(el).some(hasText);
}

export function readDocx(bytes: Uint8Array, notes: ImportNotes): SourceBlock[] {
  const { files } = unzipParts(bytes, (name) => WANTED.test(name));
  const packageRels = readRelationships(files, '_rels/.rels');
  const officeDocument = packageRels.find((r) => isType(r, 'officeDocument'));
  const main = officeDocument ? resolvePart('', officeDocument.target) : 'word/document.xml';
  const mainBytes = files.get(main);
  if (!mainBytes) throw notWord();

  const rels = readRelationships(files, relsPathOf(main));
  const root = parseXmlPart(mainBytes, main);
  const body = child(root, 'body');
  if (root.name !== 'document' || !body) throw notWord();

  const headersFooters = rels.filter((r) => (isType(r, 'header') || isType(r, 'footer')) && !r.external);
  for (const rel of headersFooters) {
    const part = files.get(resolvePart(main, rel.target));
    if (part && hasText(parseXmlPart(part, rel.target))) {
      notes.add('headersFootersDropped');
      break;
    }
  }

  return readBody(body, {
    styles: new DocxStyles(optionalPart(files, rels, main, 'styles')),
    numbering: new DocxNumbering(optionalPart(files, rels, main, 'numbering')),
    links: new Map(rels.filter((r) => isType(r, 'hyperlink') && r.external).map((r) => [r.id, r.target])),
    notes,
    fields: [],
  });
}

import { createHash } from 'node:crypto';
import type { FileServices, Para, Picture } from './context';
import type { PackageShell } from './package-shell';
import { type ListInstance, numberingBody } from './styles';
import type { ExportImage } from './types';
import { esc, paragraphXml, type PartWriter } from './xml';
import { bytesEntry, crc32, xmlEntry, zip, type ZipEntry } from './zip';

/*
 * One .docx being written: its parts, relationships, pictures, lists and
 * footnotes, then zipped. Each letter adds its headers and footers; the
 * document body is handed in whole at the end.
 */

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** A part's relationships, the same target given the same id. */
class Relationships {
  private xml = '';
  private readonly ids = new Map<string, string>();
  private next = 1;

  add(type: string, target: string, external = false): string {
    const key = `${type} ${target}`;
    let id = this.ids.get(key);
    if (!id) {
      id = `rId${this.next++}`;
      this.ids.set(key, id);
      this.xml += `<Relationship Id="${id}" Type="${REL}/${type}" Target="${esc(target)}"${external ? ' TargetMode="External"' : ''}/>`;
    }
    return id;
  }

  get empty(): boolean {
    return this.xml === '';
  }

  toXml(): string {
    return `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${this.xml}</Relationships>`;
  }
}

/** The document's own parts, always there, with the relationship ids rId1 to rId7. */
const DOCUMENT_PARTS = [
  ['styles', 'styles.xml'],
  ['numbering', 'numbering.xml'],
  ['footnotes', 'footnotes.xml'],
  ['endnotes', 'endnotes.xml'],
  ['settings', 'settings.xml'],
  ['fontTable', 'fontTable.xml'],
  ['theme', 'theme/theme1.xml'],
] as const;

const OVERRIDES =
  `<Override PartName="/word/document.xml" ContentType="${CT}.wordprocessingml.document.main+xml"/>` +
  DOCUMENT_PARTS.map(
    ([type, target]) => `<Override PartName="/word/${target}" ContentType="${CT}.${type === 'theme' ? 'theme' : `wordprocessingml.${type}`}+xml"/>`,
  ).join('') +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  `<Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>` +
  `<Override PartName="/docProps/custom.xml" ContentType="${CT}.custom-properties+xml"/>`;

/** Each picture's bytes, by identity: its content key (to share one media file) and CRC, worked out once per image. */
const pictureIds = new WeakMap<Uint8Array, { key: string; crc: number }>();

function pictureId(image: ExportImage): { key: string; crc: number } {
  let id = pictureIds.get(image.data);
  if (!id) {
    id = { key: createHash('sha1').update(image.data).digest('hex'), crc: crc32(image.data) };
    pictureIds.set(image.data, id);
  }
  return id;
}

/** Footnotes hold text only (footnotes.xml has no relationships of its own). */
const TEXT_ONLY: PartWriter = {
  image: () => {
    throw new Error('A footnote cannot hold a picture.');
  },
  link: () => {
    throw new Error('A footnote cannot hold a link.');
  },
  drawingId: () => 0,
};

export class DocxPackage implements FileServices {
  private readonly entries: ZipEntry[] = [];
  private readonly media = new Map<string, string>();
  private readonly documentRels = new Relationships();
  private readonly lists: ListInstance[] = [];
  private notes = '';
  private noteCount = 0;
  private drawings = 0;
  private headers = 0;
  private footers = 0;
  private overrides = OVERRIDES;

  constructor(private readonly shell: PackageShell) {
    for (const [type, target] of DOCUMENT_PARTS) this.documentRels.add(type, target);
  }

  newList = (kind: ListInstance['kind'], level: number, start: number): number => {
    const numId = this.lists.length + 1;
    this.lists.push({ numId, kind, level, start });
    return numId;
  };

  newFootnote = (body: Para[]): number => {
    const id = ++this.noteCount;
    this.notes += `<w:footnote w:id="${id}">${body.map((p) => paragraphXml(p, TEXT_ONLY)).join('')}</w:footnote>`;
    return id;
  };

  /** Writes into the part whose relationships are `rels`. */
  writer(rels: Relationships): PartWriter {
    return {
      image: (picture: Picture) => rels.add('image', this.mediaFile(picture.image)),
      link: (href: string) => rels.add('hyperlink', href, true),
      drawingId: () => ++this.drawings,
    };
  }

  /** The writer for document.xml. */
  get body(): PartWriter {
    return this.writer(this.documentRels);
  }

  private mediaFile(image: ExportImage): string {
    const { key, crc } = pictureId(image);
    let target = this.media.get(key);
    if (!target) {
      target = `media/image${this.media.size + 1}.${image.type === 'jpg' ? 'jpeg' : 'png'}`;
      this.media.set(key, target);
      this.entries.push(bytesEntry(`word/${target}`, image.data, false, crc));
    }
    return target;
  }

  /** A header or footer part made of `paras` (`recurs` when other letters likely have the same); gives its relationship id from the document. */
  addHeaderFooter(kind: 'header' | 'footer', paras: readonly Para[], recurs: boolean): string {
    const n = kind === 'header' ? ++this.headers : ++this.footers;
    const name = `${kind}${n}.xml`;
    const rels = new Relationships();
    const writer = this.writer(rels);
    const tag = kind === 'header' ? 'w:hdr' : 'w:ftr';
    const open = kind === 'header' ? this.shell.open.header : this.shell.open.footer;
    this.entries.push(xmlEntry(`word/${name}`, `${open}${paras.map((p) => paragraphXml(p, writer)).join('')}</${tag}>`, recurs));
    if (!rels.empty) this.entries.push(xmlEntry(`word/_rels/${name}.rels`, rels.toXml(), recurs));
    this.overrides += `<Override PartName="/word/${name}" ContentType="${CT}.wordprocessingml.${kind}+xml"/>`;
    return this.documentRels.add(kind, name);
  }

  /** The finished .docx, around the body XML (which ends with the last section's properties). */
  finish(body: string, properties: { title?: string; creator: string }): Uint8Array {
    const { open } = this.shell;
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const creator = esc(properties.creator);
    return zip([
      xmlEntry(
        '[Content_Types].xml',
        `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Default Extension="jpeg" ContentType="image/jpeg"/>${this.overrides}</Types>`,
        true,
      ),
      ...this.shell.fixed,
      xmlEntry(
        'docProps/core.xml',
        `${open.core}${properties.title ? `<dc:title>${esc(properties.title)}</dc:title>` : ''}<dc:creator>${creator}</dc:creator><cp:lastModifiedBy>${creator}</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified></cp:coreProperties>`,
      ),
      xmlEntry('word/document.xml', `${open.document}${body}</w:body></w:document>`),
      xmlEntry('word/_rels/document.xml.rels', this.documentRels.toXml(), true),
      xmlEntry('word/numbering.xml', `${open.numbering}${numberingBody(this.lists)}</w:numbering>`, true),
      xmlEntry('word/footnotes.xml', `${open.footnotes}${this.shell.footnoteSeparators}${this.notes}</w:footnotes>`, true),
      ...this.entries,
    ]);
  }
}

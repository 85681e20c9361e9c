import { Document, Footer, Header, Packer, Paragraph } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { documentStyles } from './styles';
import { bytesEntry, type ZipEntry } from './zip';

/*
 * What every .docx of one document language shares, made once by `docx` (the
 * library knows the parts' namespaces and defaults better than we would) and
 * kept: styles, settings, fonts, theme, endnotes, document properties, each
 * already deflated; and the start tags of the parts written per letter.
 */

export interface PackageShell {
  /** Parts written as they are, deflated once. */
  fixed: ZipEntry[];
  /** Each per-letter part's XML declaration and root start tag, its namespaces declared. */
  open: { document: string; header: string; footer: string; numbering: string; footnotes: string; core: string };
  /** footnotes.xml's separator and continuation separator, which come before any note. */
  footnoteSeparators: string;
}

const FIXED = [
  '_rels/.rels',
  'word/styles.xml',
  'word/settings.xml',
  'word/fontTable.xml',
  'word/theme/theme1.xml',
  'word/endnotes.xml',
  'docProps/app.xml',
  'docProps/custom.xml',
];

/** The XML declaration and the root element's start tag. */
function startTag(xml: string, part: string): string {
  const found = /^<\?xml[^>]*\?>\s*<[^>]+>/.exec(xml)?.[0];
  if (!found || found.endsWith('/>')) throw new Error(`docx wrote an unexpected ${part}`);
  return found;
}

async function makeShell(langTag: string): Promise<PackageShell> {
  const empty = () => [new Paragraph({})];
  const doc = new Document({
    creator: 'x',
    styles: documentStyles(langTag),
    sections: [
      {
        properties: { titlePage: true },
        headers: { default: new Header({ children: empty() }) },
        footers: { default: new Footer({ children: empty() }) },
        children: empty(),
      },
    ],
  });
  const parts = unzipSync(new Uint8Array(await Packer.toArrayBuffer(doc)));
  const bytes = (name: string) => {
    if (!parts[name]) throw new Error(`docx wrote no ${name}`);
    return parts[name];
  };
  const text = (name: string) => strFromU8(bytes(name));
  const footnotes = text('word/footnotes.xml');
  const footnotesOpen = startTag(footnotes, 'footnotes.xml');
  return {
    fixed: FIXED.map((name) => bytesEntry(name, bytes(name), true)),
    open: {
      document: `${startTag(text('word/document.xml'), 'document.xml')}<w:body>`,
      header: startTag(text('word/header1.xml'), 'header1.xml'),
      footer: startTag(text('word/footer1.xml'), 'footer1.xml'),
      numbering: startTag(text('word/numbering.xml'), 'numbering.xml'),
      footnotes: footnotesOpen,
      core: startTag(text('docProps/core.xml'), 'core.xml'),
    },
    footnoteSeparators: footnotes.slice(footnotesOpen.length, footnotes.lastIndexOf('</w:footnotes>')),
  };
}

const shells = new Map<string, Promise<PackageShell>>();

/** The shell for a document language, made on first use. */
export function packageShell(langTag: string): Promise<PackageShell> {
  let shell = shells.get(langTag);
  if (!shell) {
    shell = makeShell(langTag);
    shells.set(langTag, shell);
    shell.catch(() => shells.delete(langTag));
  }
  return shell;
}

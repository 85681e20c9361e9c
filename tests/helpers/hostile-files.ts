import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from 'fflate';

/*
 * Issue 14's hostile imports, made at test time (never committed): each is
 * small enough to pass the upload size checks and is built to exhaust the
 * parser's time or memory. Used by tests/unit/safety/hostile-imports.test.ts
 * (refused, workspace unchanged) and tests/bench/hostile-import-bench.ts
 * (time and memory at refusal against a real browser-mode server).
 */

export interface HostileFile {
  /** Short name for test titles and bench rows. */
  name: string;
  fileName: string;
  bytes: Uint8Array;
  /** Which API operation imports it. */
  operation: 'templates.import' | 'recipients.importCsv';
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A small deterministic PRNG: the same file on every run. */
function letters(seed: number): () => string {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return String.fromCharCode(97 + (state >>> 28), 97 + ((state >>> 22) & 15), 97 + ((state >>> 17) & 15));
  };
}

/**
 * A .docx of about 13 MB whose word/document.xml is about 150 MB of tiny
 * paragraphs: random text so it compresses only about 12:1, well under the
 * zip-bomb ratio. Streamed through fflate so the test never holds 150 MB.
 */
export function hugeDocx(unpackedBytes = 150 * 1024 * 1024): HostileFile {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const add = (name: string, text: string) => {
    const entry = new ZipPassThrough(name);
    zip.add(entry);
    entry.push(strToU8(text), true);
  };
  add(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>',
  );
  add(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  const document = new ZipDeflate('word/document.xml', { level: 6 });
  zip.add(document);
  const next = letters(14);
  let written = 0;
  const head = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>`;
  document.push(strToU8(head));
  written += head.length;
  while (written < unpackedBytes) {
    let piece = '';
    for (let i = 0; i < 4096; i++) piece += `<w:p><w:r><w:t>${next()}</w:t></w:r></w:p>`;
    document.push(strToU8(piece));
    written += piece.length;
  }
  document.push(strToU8('</w:body></w:document>'), true);
  zip.end();
  return { name: 'docx-150mb-xml', fileName: 'huge-paragraphs.docx', bytes: concat(chunks), operation: 'templates.import' };
}

/** 19 MB of empty Markdown paragraphs (a non-breaking space each, so marked keeps every one). */
export function emptyMarkdownParagraphs(bytes = 19 * 1024 * 1024): HostileFile {
  return { name: 'markdown-19mb-empty-paragraphs', fileName: 'empty.md', bytes: repeatTo('&nbsp;\n\n', bytes), operation: 'templates.import' };
}

/** A Markdown list nested 3,000 levels deep: each item indented two more spaces than the one above. */
export function deepMarkdownList(depth = 3000): HostileFile {
  const lines: string[] = [];
  for (let i = 0; i < depth; i++) lines.push(`${'  '.repeat(i)}- item ${i}`);
  return { name: 'markdown-list-3000-deep', fileName: 'deep-list.md', bytes: strToU8(lines.join('\n')), operation: 'templates.import' };
}

/** 19 MB of HTML paragraph tags, never closed. */
export function htmlParagraphs(bytes = 19 * 1024 * 1024): HostileFile {
  return { name: 'html-19mb-p', fileName: 'paragraphs.html', bytes: repeatTo('<p>', bytes), operation: 'templates.import' };
}

/** A CSV whose header has 100,000 columns (none of them a recipient field) and one row. */
export function wideCsv(columns = 100_000): HostileFile {
  const header = Array.from({ length: columns }, (_, i) => `Column ${i + 1}`).join(',');
  const row = Array.from({ length: columns }, (_, i) => String(i)).join(',');
  return { name: 'csv-100000-columns', fileName: 'wide.csv', bytes: strToU8(`${header}\n${row}\n`), operation: 'recipients.importCsv' };
}

/** Every hostile file of issue 14, point 1. */
export function hostileFiles(): HostileFile[] {
  return [hugeDocx(), emptyMarkdownParagraphs(), deepMarkdownList(), htmlParagraphs(), wideCsv()];
}

function repeatTo(unit: string, bytes: number): Uint8Array {
  return strToU8(unit.repeat(Math.floor(bytes / unit.length)));
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

import { strToU8, zipSync, type Zippable } from 'fflate';
import { Document, Packer, type Paragraph } from 'docx';
import { expect } from 'vitest';
import type { BlockNode, InlineNode, LetterDocument } from '../../../../shared/letter/document';
import { ApiFailure } from '../../../../shared/api/errors';
import { importTemplate, TemplateImportError, type TemplateImport, type TemplateRefusal } from '../../../../electron/core/templates/import';

/** A .docx built with the docx library, as Word would write it. */
export async function buildDocx(children: Paragraph[], options: Partial<ConstructorParameters<typeof Document>[0]> = {}): Promise<Uint8Array> {
  const doc = new Document({ ...options, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal .docx written by hand, for XML the docx library would never produce (split runs, odd markup). */
export function rawDocx(bodyXml: string, parts: Record<string, string> = {}, documentRels = ''): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${bodyXml}</w:body></w:document>`,
    ),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rIdStyles" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rIdNumbering" Type="${R}/numbering" Target="numbering.xml"/>${documentRels}</Relationships>`,
    ),
  };
  for (const [path, xml] of Object.entries(parts)) files[path] = strToU8(xml.startsWith('<?xml') ? xml : `<?xml version="1.0" encoding="UTF-8"?>${xml}`);
  return zipSync(files);
}

export const W_NS = W;
export const R_NS = R;

/** A 1×1 PNG. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** A paragraph of runs: [text] plain, [text, 'b'] bold… */
export function p(...runs: (string | [string, string])[]): string {
  const xml = runs.map((run) => {
    const [text, props] = typeof run === 'string' ? [run, ''] : run;
    const rPr = [...props].map((c) => ({ b: '<w:b/>', i: '<w:i/>', u: '<w:u w:val="single"/>' })[c] ?? '').join('');
    return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
  });
  return `<w:p>${xml.join('')}</w:p>`;
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The document as compact text: fields as {field}, choices as {gender:m|f}, line breaks as ⏎. */
export function flatten(doc: LetterDocument): string {
  return doc.content.map((b) => flattenBlock(b, '')).join('\n');
}

function flattenInline(node: InlineNode): string {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'hardBreak':
      return '⏎';
    case 'mergeField':
      return `{${node.attrs.field}${node.attrs.format ? `|${node.attrs.format}` : ''}}`;
    case 'choice':
      return node.attrs.by === 'gender'
        ? `{gender:${node.attrs.options.male ?? ''}|${node.attrs.options.female ?? ''}|${node.attrs.other}}`
        : `{office:${node.attrs.other}}`;
    case 'fact':
      return `{fact:${node.attrs.factId}}`;
  }
}

function flattenBlock(block: BlockNode, indent: string): string {
  switch (block.type) {
    case 'paragraph':
      return indent + (block.content ?? []).map(flattenInline).join('');
    case 'heading':
      return `${indent}${'#'.repeat(block.attrs.level)} ${(block.content ?? []).map(flattenInline).join('')}`;
    case 'bulletList':
    case 'orderedList': {
      const start = block.type === 'orderedList' ? (block.attrs?.start ?? 1) : 0;
      return block.content
        .map((item, n) => {
          const bullet = block.type === 'bulletList' ? '-' : `${start + n}.`;
          return item.content.map((b, i) => (i === 0 ? `${indent}${bullet} ${flattenBlock(b, '')}` : flattenBlock(b, `${indent}  `))).join('\n');
        })
        .join('\n');
    }
    case 'blockquote':
      return block.content.map((b) => flattenBlock(b, `${indent}> `)).join('\n');
    case 'pageBreak':
      return `${indent}---page---`;
    case 'condition':
      return block.content.map((b) => flattenBlock(b, indent)).join('\n');
  }
}

/** Every inline node, depth first. */
export function inlines(doc: LetterDocument): InlineNode[] {
  const out: InlineNode[] = [];
  const walk = (blocks: readonly BlockNode[]): void => {
    for (const b of blocks) {
      if (b.type === 'paragraph' || b.type === 'heading') out.push(...(b.content ?? []));
      else if (b.type === 'bulletList' || b.type === 'orderedList') b.content.forEach((item) => walk(item.content));
      else if (b.type === 'blockquote' || b.type === 'condition') walk(b.content);
    }
  };
  walk(doc.content);
  return out;
}

/** The import's refusal: a TemplateImportError with a reason and a plain message, never anything else. */
export function refusal(bytes: Uint8Array, fileName: string): TemplateImportError {
  let imported: TemplateImport | undefined;
  try {
    imported = importTemplate(bytes, fileName);
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateImportError);
    expect(error).toBeInstanceOf(ApiFailure);
    const failure = error as TemplateImportError;
    expect(failure.code).toBe('invalid_input');
    expect(failure.message.length).toBeGreaterThan(20);
    expect(failure.message).not.toMatch(/\bat \S+ \(|Error:|undefined|\[object/);
    return failure;
  }
  expect.fail(`expected a refusal, got an import of ${imported.placeholders.length} placeholders`);
}

export function expectRefused(bytes: Uint8Array, fileName: string, reason: TemplateRefusal): TemplateImportError {
  const error = refusal(bytes, fileName);
  expect(error.reason, error.message).toBe(reason);
  return error;
}

export function placeholder(imported: TemplateImport, raw: string) {
  const found = imported.placeholders.find((p) => p.raw === raw);
  expect(found, `placeholder ${raw} among ${imported.placeholders.map((p) => p.raw).join(', ')}`).toBeDefined();
  return found!;
}

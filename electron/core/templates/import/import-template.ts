import type { Language } from '../../../../shared/recipients/schemas';
import { buildSkeleton, PlaceholderRegistry } from './build-skeleton';
import { decodeText } from './decode-text';
import { detectLanguage } from './detect-language';
import { detectVoice } from './detect-voice';
import { findLetterParts } from './letter-parts';
import { readDocx } from './docx/read-docx';
import { readHtml } from './read-html';
import { readMarkdown } from './read-markdown';
import { readText } from './read-text';
import { renderSkeleton } from './render-skeleton';
import { blockTexts, hasText, inlineText, type SourceBlock } from './source-model';
import { ImportNotes, TemplateImportError, megabytes } from './template-import-errors';
import type { ImportTemplateOptions, TemplateFormat, TemplateImport } from './types';

export const MAX_TEMPLATE_BYTES = 20 * 1024 * 1024;

const FORMATS: Record<string, TemplateFormat> = { docx: 'docx', txt: 'txt', text: 'txt', md: 'md', markdown: 'md', html: 'html', htm: 'html' };
const LANGUAGES: readonly Language[] = ['en', 'es', 'fr'];
const FORMAT_NAMES: Record<TemplateFormat, string> = { docx: 'Word', txt: 'text', md: 'Markdown', html: 'HTML' };

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

function formatOf(fileName: string): TemplateFormat {
  const extension = extensionOf(fileName);
  const format = FORMATS[extension];
  if (format) return format;
  const hint =
    extension === 'doc' || extension === 'odt' || extension === 'rtf' || extension === 'pages' || extension === 'pdf'
      ? ` Open the .${extension} file in a word processor and save it as .docx first.`
      : '';
  throw new TemplateImportError(
    'unsupportedFormat',
    `Letterdesk imports templates from Word (.docx), text (.txt), Markdown (.md) and HTML (.html) files${extension ? `, not .${extension} files` : ''}.${hint}`,
  );
}

function readSource(bytes: Uint8Array, format: TemplateFormat, notes: ImportNotes): SourceBlock[] {
  if (format === 'docx') return readDocx(bytes, notes);
  const text = decodeText(bytes, FORMAT_NAMES[format], notes);
  if (format === 'txt') return readText(text);
  if (format === 'md') return readMarkdown(text, notes);
  return readHtml(text, notes);
}

function firstHeading(blocks: readonly SourceBlock[]): string | undefined {
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const text = inlineText(block.inlines).replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
      if (text) return text;
    }
  }
  return undefined;
}

function suggestedName(blocks: readonly SourceBlock[], fileName: string): string {
  const heading = firstHeading(blocks);
  const base = (fileName.split(/[\\/]/).pop() ?? '')
    .replace(/\.[^.]+$/, '')
    .replace(/[_\s]+/g, ' ')
    .trim();
  const name = heading ?? base;
  return (name || 'Imported template').slice(0, 200);
}

function importUnchecked(bytes: Uint8Array, fileName: string, options: ImportTemplateOptions): TemplateImport {
  const format = formatOf(fileName);
  // Before anything else, so a huge file is never unzipped or decoded.
  if (bytes.length > MAX_TEMPLATE_BYTES) {
    throw new TemplateImportError(
      'tooLarge',
      `The file is ${megabytes(bytes.length)} MB; Letterdesk imports templates of up to ${megabytes(MAX_TEMPLATE_BYTES)} MB. Large files are usually full of images: remove them, save the file and import it again.`,
    );
  }
  if (bytes.length === 0) throw new TemplateImportError('empty', 'The file is empty: there is no text to make a template from.');

  const notes = new ImportNotes();
  const blocks = readSource(bytes, format, notes);
  if (!hasText(blocks)) {
    const images = notes.count('imagesDropped') + notes.count('textBoxesDropped');
    if (images > 0) {
      throw new TemplateImportError(
        'imagesOnly',
        `The document contains only images (${images}) and no text, so there is nothing to make a template from. If it is a scanned letter, type it or copy its text into a new document, then import that.`,
      );
    }
    throw new TemplateImportError('empty', 'The file has no text to make a template from.');
  }

  const registry = new PlaceholderRegistry();
  const skeleton = { type: 'doc' as const, content: buildSkeleton(blocks, registry) };
  const placeholders = registry.list;
  const byId = new Map(placeholders.map((p) => [p.id, p]));
  const document = renderSkeleton(skeleton, (id) => {
    const p = byId.get(id);
    return p && { decision: p.mapping, marker: p.marker };
  });
  const language = options.language && LANGUAGES.includes(options.language) ? options.language : detectLanguage(blockTexts(blocks));
  return {
    format,
    document,
    placeholders,
    warnings: notes.list(),
    suggestedName: suggestedName(blocks, fileName),
    language,
    skeleton,
    parts: findLetterParts(skeleton, placeholders),
    voice: detectVoice(blockTexts(blocks), language),
  };
}

/**
 * A letter template from a Word, text, Markdown or HTML file: its document,
 * with the placeholders found in it already turned into merge fields and
 * choices where their meaning is clear, and the rest left for review. A file
 * that cannot be imported is refused with a TemplateImportError whose message
 * says why and what to do; nothing else is ever thrown.
 */
export function importTemplate(bytes: Uint8Array, fileName: string, options: ImportTemplateOptions = {}): TemplateImport {
  try {
    return importUnchecked(bytes, fileName, options);
  } catch (error) {
    if (error instanceof TemplateImportError) throw error;
    // A parser tripped on something malformed: say so plainly, keep the cause for logs.
    throw new TemplateImportError(
      'corrupted',
      `This file could not be read as a ${FORMAT_NAMES[FORMATS[extensionOf(fileName)] ?? 'docx']} document: it may be damaged. Open it, save it again and import the new file.`,
      error,
    );
  }
}

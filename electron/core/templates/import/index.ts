export { importTemplate, MAX_TEMPLATE_BYTES } from './import-template';
export { applyPlaceholderMappings, parsePlaceholderDecision } from './apply-mappings';
export { ALL_PROPOSALS, onlyInAddress, type LetterParts, type LetterProposals } from './letter-parts';
export { TemplateImportError, type TemplateRefusal, type ImportWarning, type ImportWarningCode } from './template-import-errors';
export { MAX_UNCOMPRESSED_BYTES, MAX_RATIO } from './docx/safe-unzip';
export type {
  DetectedPlaceholder,
  ImportTemplateOptions,
  PlaceholderDecision,
  PlaceholderMapping,
  TemplateFormat,
  TemplateImport,
  TemplateSkeleton,
} from './types';

/*
 * Template import: a Word, text, Markdown or HTML file → a letter document
 * with its placeholders detected and, where their meaning is clear, turned
 * into merge fields and choices. Plain functions, no database: the caller
 * stores the result once the user has reviewed the placeholders.
 *
 *   const imported = importTemplate(bytes, 'letter.docx');
 *   // review screen: imported.placeholders, imported.warnings
 *   const document = applyPlaceholderMappings(imported, { p3: { type: 'field', field: 'country.name' } });
 *
 * Unmapped placeholders stay in the document as visible text, "[[COUNTRY]]"
 * (DetectedPlaceholder.marker), until a decision replaces them.
 */

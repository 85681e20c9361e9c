/** DOCX export: merged letters to print-ready Word files, and safe names for them. */
export { renderCombined, renderLetter } from './render-letter';
export { MAX_NAME_LENGTH, safeFileName } from './safe-file-name';
export type { ExportImage, ExportLanguage, ExportLetter, ExportSource } from './types';

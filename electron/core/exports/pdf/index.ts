/** PDF export: merged letters to PDF/A-2b files laid out as their DOCX. */
export { renderPdfCombined, renderPdfLetter } from './render-pdf';

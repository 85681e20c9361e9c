import type { LetterDocument } from '../../../../shared/letter/document';

/** A raster image with its pixel size (read by the caller, so the renderer needs no image decoder). */
export interface ExportImage {
  data: Uint8Array;
  type: 'png' | 'jpg';
  widthPx: number;
  heightPx: number;
}

export type ExportLanguage = 'en' | 'es' | 'fr';

/** A cited fact's source, as `CitedFact` carries it, plus the text it merged as (to anchor its footnote). */
export interface ExportSource {
  text?: string;
  sourceName?: string;
  sourceUrl?: string;
  asOf?: string;
}

/** Everything one printed letter needs, already merged and formatted: the renderer makes no decisions of wording. */
export interface ExportLetter {
  kind: 'letter' | 'statement';
  language: ExportLanguage;
  paperSize: 'A4' | 'Letter';
  organisation: { name: string; address: string; contacts?: string; logo?: ExportImage };
  /** Already formatted, e.g. "Madrid, 22 de noviembre de 2026". */
  placeAndDate: string;
  reference?: string;
  /** Statements: the title, printed first. */
  title?: string;
  /** Letters: the recipient's address lines. */
  addressBlock?: string[];
  /** A merged document: standard nodes only (no merge fields, choices, facts or conditions). */
  body: LetterDocument;
  signers: { name: string; title: string; signature?: ExportImage }[];
  endorsers: { name: string; country?: string }[];
  sources?: { mode: 'footnotes' | 'section'; facts: ExportSource[] };
}

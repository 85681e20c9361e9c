import type { ExportLanguage } from './types';

/** The few words the renderer prints itself, in each letter language. */
export interface Labels {
  /** BCP 47 tag written as w:lang, so Word spell-checks in the letter's language. */
  langTag: string;
  reference: string;
  endorsedBy: string;
  sources: string;
  asOf: string;
  /** "Page", then the page number, then "of", then the page count. */
  page: string;
  of: string;
}

export const LABELS: Record<ExportLanguage, Labels> = {
  en: { langTag: 'en-GB', reference: 'Ref.: ', endorsedBy: 'Endorsed by', sources: 'Sources', asOf: 'as of', page: 'Page', of: 'of' },
  es: { langTag: 'es-ES', reference: 'Ref.: ', endorsedBy: 'Con el respaldo de', sources: 'Fuentes', asOf: 'datos a', page: 'Página', of: 'de' },
  // French puts a no-break space before the colon.
  fr: { langTag: 'fr-FR', reference: 'Réf.\u00a0: ', endorsedBy: 'Avec le soutien de', sources: 'Sources', asOf: 'données au', page: 'Page', of: 'sur' },
};

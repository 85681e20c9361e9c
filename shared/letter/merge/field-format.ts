import type { Language } from '../../recipients/schemas';
import type { FIELD_FORMATS } from '../document';

export type FieldFormat = (typeof FIELD_FORMATS)[number];

/** Applies a merge field's format in the letter's language (Turkish-style casing rules and the like). */
export function applyFormat(value: string, format: FieldFormat | null | undefined, language: Language): string {
  switch (format) {
    case 'upper':
      return value.toLocaleUpperCase(language);
    case 'lower':
      return value.toLocaleLowerCase(language);
    case 'capitalize': {
      // By code point, so a letter outside the BMP is not cut in half.
      const first = value.codePointAt(0);
      if (first === undefined) return value;
      const head = String.fromCodePoint(first);
      return head.toLocaleUpperCase(language) + value.slice(head.length);
    }
    default:
      return value;
  }
}

import type { ApiIssue } from './errors';

/*
 * English text for validation codes, used by the CLI and in error messages.
 * The renderer has its own translations under "validation.*" in each locale;
 * a unit test keeps both lists in step.
 */
export const VALIDATION_MESSAGES_EN: Record<string, string> = {
  required: 'is required',
  tooLong: 'is too long',
  tooMany: 'has too many entries',
  email: 'is not a valid email address',
  unknownCountry: 'is not a known country',
  tagCharacters: 'cannot contain commas, semicolons, tabs or line breaks',
  invalidId: 'is not a valid id',
  unknownField: 'is not a field Letterdesk knows',
  date: 'is not a date (YYYY-MM-DD)',
  url: 'is not a web address (http:// or https://)',
  referencePrefix: 'may only hold letters and digits (for example HRL)',
  invalid: 'is not valid',
  weakPassphraseWord: 'is too easy to guess: mostly a common password, word or name',
  weakPassphrasePattern: 'is too easy to guess: mostly a keyboard pattern, a repeat or a sequence',
  weakPassphraseDate: 'is too easy to guess: mostly a date or a year',
  weakPassphraseShort: 'is too short to resist guessing',
};

export function describeIssue(issue: ApiIssue): string {
  const field = issue.path.length > 0 ? issue.path.join('.') : 'input';
  return `${field} ${VALIDATION_MESSAGES_EN[issue.code] ?? VALIDATION_MESSAGES_EN.invalid}`;
}

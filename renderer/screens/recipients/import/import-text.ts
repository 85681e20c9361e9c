import type { TFunction } from 'i18next';
import en from '../../../locales/en.json';
import { apiErrorOf, describeError, type ErrorText } from '../../../api/describe-error';
import { validationMessage } from '../../../components/field-errors';

/*
 * Translations for what the CSV reader reports by code (encodings, delimiters,
 * warnings, skipped rows, refused files). A code this renderer does not know
 * yet falls back to the server's plain-English message.
 */

const has = <T extends object>(table: T, key: string): key is Extract<keyof T, string> => Object.hasOwn(table, key);

export function encodingLabel(t: TFunction, encoding: string): string {
  return has(en.csvImport.encoding, encoding) ? t(`csvImport.encoding.${encoding}`) : encoding;
}

export function delimiterLabel(t: TFunction, delimiter: string): string {
  const name = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' }[delimiter];
  return name && has(en.csvImport.delimiter, name) ? t(`csvImport.delimiter.${name}`) : JSON.stringify(delimiter);
}

export function warningText(t: TFunction, warning: { code: string; message: string }): ErrorText {
  return has(en.csvImport.warning, warning.code)
    ? { title: t(`csvImport.warning.${warning.code}`), detail: warning.message }
    : { title: warning.message, detail: null };
}

/** Why a row is skipped, in the UI language: the reader's codes first, then the form's validation codes. */
export function skipReason(t: TFunction, code: string): string {
  return has(en.csvImport.skipReason, code) ? t(`csvImport.skipReason.${code}`) : validationMessage(t, code);
}

/**
 * "line 6: unknown country "Narnia"" → "unknown country "Narnia"": the line has its own column.
 * With one problem whose cell is known, just the cell ("“31/02/2026”"): the reason column says the rest.
 */
export function skipDetail(message: string, value?: string): string {
  const detail = message.replace(/^line \d+:\s*/, '');
  return value !== undefined && !detail.includes('; ') ? `“${value}”` : detail;
}

/**
 * A refused file: the refusal code when the API sends one as an issue,
 * else "cannot import this file" with the server's plain-English reason.
 */
export function refusalText(t: TFunction, error: unknown): ErrorText {
  const apiError = apiErrorOf(error);
  if (apiError.code !== 'invalid_input') return describeError(t, error);
  const reason = apiError.issues.map((issue) => issue.code).find((code) => has(en.csvImport.refusal, code));
  return {
    title: reason ? t(`csvImport.refusal.${reason}`) : t('csvImport.refused'),
    detail: apiError.message || null,
  };
}

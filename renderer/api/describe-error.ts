import type { TFunction } from 'i18next';
import { ApiClientError } from '../../shared/api/client';
import type { ApiError } from '../../shared/api/errors';
import { TRANSPORT_ISSUES, type TransportIssue } from './transport';
import { showsUnlistedMessages, translateServerMessage } from './server-messages';

export interface ErrorText {
  /** Translated sentence for the error code. */
  title: string;
  /**
   * The server's sentence when it adds something, never a stack trace: as
   * sent in English, translated from the "server" catalogue in Spanish and
   * French, and left out there when the catalogue does not have it.
   */
  detail: string | null;
}

function transportIssue(error: ApiError): TransportIssue | null {
  const code = error.issues.find((issue) => (TRANSPORT_ISSUES as readonly string[]).includes(issue.code))?.code;
  return (code as TransportIssue | undefined) ?? null;
}

export function apiErrorOf(error: unknown): ApiError {
  if (error instanceof ApiClientError) return error.error;
  return { code: 'internal', message: 'Something went wrong inside Letterdesk.', issues: [] };
}

/** A readable, translated description of any error thrown by the API client. */
export function describeError(t: TFunction, error: unknown): ErrorText {
  const apiError = apiErrorOf(error);
  const issue = transportIssue(apiError);
  if (issue) return { title: t(`apiError.${issue}`), detail: null };
  return { title: t(`apiError.${apiError.code}`), detail: serverDetail(t, apiError.message) };
}

/** A server message in the UI language; null when there is none, or when it cannot be said in that language (never English on a Spanish screen). */
export function serverDetail(t: TFunction, message: string): string | null {
  if (!message) return null;
  if (showsUnlistedMessages(t)) return message;
  return translateServerMessage(message, t);
}

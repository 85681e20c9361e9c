import type http from 'node:http';
import { StringDecoder } from 'node:string_decoder';
import type { ApiError } from '../shared/api/errors';

/*
 * Checks the browser-mode server (server.ts) makes on each request before
 * anything reaches dispatch, each answering a bad request with a 4xx of its
 * own rather than an exception, a 500 and a stack trace in the log.
 */

/** How long a client may take to send its headers, and its body on each kind of route. */
export interface RequestTimeouts {
  headersMs: number;
  /** Every operation but the uploads: a few KB of JSON over loopback. */
  bodyMs: number;
  /** Uploads (a CSV, a template, an image, an archive piece): up to 96 MB. */
  uploadBodyMs: number;
}

export const DEFAULT_TIMEOUTS: RequestTimeouts = { headersMs: 10_000, bodyMs: 10_000, uploadBodyMs: 120_000 };

/** Deeper JSON than any letter document (32 nested lists cost 4 levels each) and far shallower than what overflows the schema checks' stack. */
export const MAX_JSON_DEPTH = 256;
/** Longest error message sent back; a longer one is cut, never a whole file echoed back. */
export const MAX_ERROR_MESSAGE = 500;
/** Most issues sent back with an error. */
export const MAX_ERROR_ISSUES = 50;

/** `application/json`, optionally with `charset=utf-8` and nothing else: the body is always read as UTF-8. */
export function isJsonContentType(header: string | undefined): boolean {
  if (header === undefined) return false;
  const [type, ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((param) => /^charset=("?)utf-8\1$/.test(param)) && params.length <= 1;
}

/** The path of a request's URL, decoded; null when it is not a URL or its percent-encoding is malformed ("%E0%A4%A"). */
export function requestPath(rawUrl: string | undefined): { pathname: string; decoded: string } | null {
  try {
    const { pathname } = new URL(rawUrl ?? '/', 'http://127.0.0.1');
    return { pathname, decoded: decodeURIComponent(pathname) };
  } catch {
    return null;
  }
}

/** Whether a JSON text nests arrays and objects deeper than `max`; one pass, strings skipped. */
export function jsonTooDeep(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      // Jump to the string's closing quote: the next one not escaped by an odd run of backslashes.
      // indexOf, because an upload is one string of megabytes.
      for (;;) {
        const close = text.indexOf('"', i + 1);
        if (close === -1) return false;
        let backslashes = 0;
        while (text.charCodeAt(close - 1 - backslashes) === 0x5c) backslashes++;
        i = close;
        if (backslashes % 2 === 0) break;
      }
    } else if (c === 0x5b || c === 0x7b /* [ { */) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d /* ] } */) {
      depth--;
    }
  }
  return false;
}

/** An error as sent to the browser: the message and the list of issues cut to a readable length. */
export function cappedError(error: ApiError): ApiError {
  const message = error.message.length > MAX_ERROR_MESSAGE ? `${error.message.slice(0, MAX_ERROR_MESSAGE - 1)}…` : error.message;
  return { ...error, message, issues: error.issues.slice(0, MAX_ERROR_ISSUES) };
}

export type BodyRead = { kind: 'ok'; body: string } | { kind: 'tooLarge' } | { kind: 'timeout' } | { kind: 'aborted' };

/** Reads a request body of at most `maxBytes`, giving up after `timeoutMs` (a client that trickles its body holds a socket and memory). */
export function readBody(req: http.IncomingMessage, maxBytes: number, timeoutMs: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    // Decoded piece by piece as it arrives, so a 96 MB upload is never decoded in one go while other requests wait.
    const decoder = new StringDecoder('utf8');
    const parts: string[] = [];
    let size = 0;
    const done = (read: BodyRead) => {
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      resolve(read);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) done({ kind: 'tooLarge' });
      else parts.push(decoder.write(chunk));
    };
    const onEnd = () => done({ kind: 'ok', body: parts.join('') + decoder.end() });
    const onError = () => done({ kind: 'aborted' });
    const timer = setTimeout(() => done({ kind: 'timeout' }), timeoutMs);
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

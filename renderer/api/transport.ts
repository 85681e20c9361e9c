import type { DesktopBridge, Transport } from '../../shared/api/client';
import { TOKEN_HEADER } from '../../shared/api/client';
import type { ApiResult } from '../../shared/api/errors';

declare global {
  interface Window {
    /** Set by the desktop preload; absent in browser mode. */
    letterdesk?: DesktopBridge;
  }
}

/**
 * Failures that happen before the API answers. They reuse the `internal`
 * code (the contract has no transport codes) and carry a renderer-only
 * issue code so the UI can show a precise, translated sentence.
 */
export const TRANSPORT_ISSUES = ['sessionExpired', 'unreachable'] as const;
export type TransportIssue = (typeof TRANSPORT_ISSUES)[number];

function transportFailure(issue: TransportIssue, message: string): ApiResult<never> {
  return { ok: false, error: { code: 'internal', message, issues: [{ path: [], code: issue }] } };
}

const TOKEN_KEY = 'letterdesk.token';
/** Under the browsers' 64 KiB keep-alive budget, counting UTF-8 bytes generously. */
const KEEPALIVE_MAX_CHARS = 16_000;

/*
 * True during the page's beforeunload: the editor's autosave flushes then,
 * and only those requests ask to outlive the page (keep-alive requests share
 * one small budget, so everyday ones must not use it). Registered before any
 * screen's own listener, so it is already set when they run; cleared on the
 * next tick in case the person stays on the page.
 */
let unloading = false;
window.addEventListener('beforeunload', () => {
  unloading = true;
  setTimeout(() => {
    unloading = false;
  }, 0);
});

/**
 * Browser mode: the server prints a link ending in `#token=…`. Keep the token
 * for this tab and take it out of the address bar so it is not bookmarked or
 * shown on screen.
 */
export function takeTokenFromUrl(): string | null {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const fromUrl = params.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const rest = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

function isApiResult(value: unknown): value is ApiResult<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean';
}

export function createHttpTransport(token: string | null): Transport {
  return async (name, input) => {
    let response: Response;
    const body = JSON.stringify(input ?? {});
    try {
      response = await fetch(`./api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token ?? '' },
        body,
        // A save started as the tab closes still reaches the server (browsers allow 64 KiB of such requests in all).
        keepalive: unloading && body.length < KEEPALIVE_MAX_CHARS,
      });
    } catch {
      return transportFailure('unreachable', 'Letterdesk is not answering.');
    }
    if (response.status === 401) {
      return transportFailure('sessionExpired', 'This session has expired. Open the link printed in the terminal where Letterdesk is running.');
    }
    if (response.status !== 200) {
      return {
        ok: false,
        error: { code: 'internal', message: `The Letterdesk server answered HTTP ${response.status}.`, issues: [] },
      };
    }
    try {
      const body: unknown = await response.json();
      if (isApiResult(body)) return body;
    } catch {
      // fall through to the generic answer below
    }
    return { ok: false, error: { code: 'internal', message: 'The Letterdesk server sent an unreadable answer.', issues: [] } };
  };
}

export function createDesktopTransport(bridge: DesktopBridge): Transport {
  return async (name, input) => {
    try {
      return await bridge[name](input);
    } catch {
      return transportFailure('unreachable', 'Letterdesk is not answering.');
    }
  };
}

/** The desktop preload when present, otherwise HTTP to the local server. */
export function createTransport(): Transport {
  const bridge = window.letterdesk;
  return bridge ? createDesktopTransport(bridge) : createHttpTransport(takeTokenFromUrl());
}

import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { TOKEN_HEADER } from '../shared/api/client';
import { UPLOAD_OPERATIONS, type OperationName } from '../shared/api/operations';
import type { ApiResult } from '../shared/api/errors';
import { openAppSession } from './core/workspace/app-session';
import { mimeOf } from './app-protocol';
import { CONTENT_SECURITY_POLICY } from './core/security/csp';
import { defaultDataDir } from './core/workspace/data-dir';
import { dispatch } from './core/api/dispatch';
import type { Handlers } from './core/api/handler-types';
import { DEFAULT_TIMEOUTS, cappedError, isJsonContentType, jsonTooDeep, readBody, requestPath, type RequestTimeouts } from './http-guards';

/*
 * Browser mode: the same API as the desktop app, over HTTP on 127.0.0.1 only.
 * A random per-run token (given to the page in the URL fragment, which never
 * reaches a server log, and sent back as a header) guards every API call, and
 * the Host and Origin headers must name this server, which stops DNS
 * rebinding and cross-site requests from other pages in the same browser.
 */

const MAX_BODY_BYTES = 1024 * 1024;
/** An upload operation (see UPLOAD_OPERATIONS) carries the file itself: a CSV or attachment up to 50 MiB, base64. */
const IMPORT_BODY_BYTES = 96 * 1024 * 1024;
const LOOPBACK = '127.0.0.1';

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

export interface ServerOptions {
  handlers: Handlers;
  rendererDir: string;
  port?: number;
  token?: string;
  /** Tests shorten these to see them work. */
  timeouts?: RequestTimeouts;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: http.ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

function sendResult(res: http.ServerResponse, result: ApiResult<unknown>, status = 200): void {
  send(res, status, JSON.stringify(result.ok ? result : { ok: false, error: cappedError(result.error) }), 'application/json; charset=utf-8');
}

/** Answers and drops the connection: its client is still sending, or stopped sending, a body we will not read. */
function sendAndClose(req: http.IncomingMessage, res: http.ServerResponse, status: number, body: string): void {
  res.setHeader('connection', 'close');
  res.once('finish', () => req.socket.destroy());
  send(res, status, body);
}

function serveStatic(rendererDir: string, decodedPath: string, res: http.ServerResponse): void {
  const relative = decodedPath === '/' ? '/index.html' : decodedPath;
  const file = path.resolve(rendererDir, `.${relative}`);
  // Never serve anything outside the built renderer.
  if (!file.startsWith(path.resolve(rendererDir) + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    send(res, 404, 'Not found');
    return;
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': mimeOf(file),
    'cache-control': 'no-store',
  });
  fs.createReadStream(file).pipe(res);
}

export function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  let port = 0;
  const allowedHosts = () => new Set([`${LOOPBACK}:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://${LOOPBACK}:${port}`, `http://localhost:${port}`]);

  const timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
  const server = http.createServer(
    {
      headersTimeout: timeouts.headersMs,
      // The whole request, for the longest upload; other bodies have their own, shorter timer below.
      requestTimeout: timeouts.headersMs + timeouts.uploadBodyMs,
      // Node checks both only this often (30 s by default).
      connectionsCheckingInterval: Math.min(1000, timeouts.headersMs),
    },
    (req, res) => {
      void (async () => {
        if (!allowedHosts().has(req.headers.host ?? '')) return send(res, 403, 'Forbidden host');
        const origin = req.headers.origin;
        if (origin !== undefined && !allowedOrigins().has(origin)) return send(res, 403, 'Forbidden origin');

        const url = requestPath(req.url);
        if (!url) return send(res, 400, 'Bad request: the address is not valid');
        if (!url.pathname.startsWith('/api/')) {
          if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
          return serveStatic(options.rendererDir, url.decoded, res);
        }
        if (req.method !== 'POST') return send(res, 405, 'Method not allowed');
        if (!sameToken(req.headers[TOKEN_HEADER] as string | undefined, token)) return send(res, 401, 'Missing or wrong token');
        if (!isJsonContentType(req.headers['content-type'])) return send(res, 415, 'JSON expected');

        const operation = url.pathname.slice('/api/'.length);
        const upload = UPLOAD_OPERATIONS.has(operation as OperationName);
        const read = await readBody(req, upload ? IMPORT_BODY_BYTES : MAX_BODY_BYTES, upload ? timeouts.uploadBodyMs : timeouts.bodyMs);
        if (read.kind === 'tooLarge') return send(res, 413, 'Request too large');
        if (read.kind === 'timeout') return sendAndClose(req, res, 408, 'Request timeout');
        if (read.kind === 'aborted') return;
        const invalid = (message: string) => ({ ok: false as const, error: { code: 'invalid_input' as const, message, issues: [] } });
        // Checked before parsing: the schemas walk a document recursively, and thousands of levels overflow their stack.
        if (jsonTooDeep(read.body)) return sendResult(res, invalid('The request is nested too deeply to be read.'), 400);
        let input: unknown;
        try {
          input = read.body === '' ? undefined : JSON.parse(read.body);
        } catch {
          return sendResult(res, invalid('The request was not valid JSON.'));
        }
        // A turn of the event loop between parsing a large body and handling it, so requests waiting meanwhile are answered.
        if (upload) await new Promise((next) => setImmediate(next));
        sendResult(res, await dispatch(options.handlers, operation, input));
      })().catch((error: unknown) => {
        console.error('letterdesk: request failed:', error);
        if (!res.headersSent) send(res, 500, 'Internal error');
      });
    },
  );

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => {
      const address = server.address();
      port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://${LOOPBACK}:${port}/#token=${token}`,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

export function parsePort(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`"${value}" is not a port number (0 to 65535).`);
  }
  return port;
}

function argValue(argv: string[], flag: string): string | undefined {
  const i = argv.indexOf(flag);
  if (i >= 0) return argv[i + 1];
  const inline = argv.find((a) => a.startsWith(`${flag}=`));
  return inline?.slice(flag.length + 1);
}

/** `node out/node/server.cjs [--port N] [--data DIR]`: browser mode. */
export async function main(argv = process.argv.slice(2)): Promise<void> {
  let port: number | undefined;
  try {
    port = parsePort(argValue(argv, '--port') ?? process.env.LETTERDESK_PORT);
  } catch (error) {
    process.stderr.write(`letterdesk: ${(error as Error).message}\n`);
    process.exit(2);
  }
  const dataArg = argValue(argv, '--data');
  const dataDir = dataArg ? path.resolve(dataArg) : defaultDataDir();
  const session = await openAppSession({ dataDir });
  const status = session.workspace.status();
  if (status.state !== 'ready') {
    process.stderr.write(
      `letterdesk: the workspace at ${status.dataDir} could not be opened: ${status.detail} The app will offer to start a fresh workspace.\n`,
    );
  }
  const server = await startServer({
    handlers: session.handlers,
    rendererDir: path.join(__dirname, '..', 'renderer'),
    port,
  });
  process.stdout.write(`Letterdesk is running at ${server.url}\n`);
  process.stdout.write(`Workspace: ${dataDir}\n`);
  const stop = () => {
    void server.close().then(() => {
      session.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (typeof require !== 'undefined' && require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`letterdesk: ${(error as Error).message}\n`);
    process.exit(1);
  });
}

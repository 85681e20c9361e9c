import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiFailure } from '../../../shared/api/errors';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/security/csp';
import { startServer, type RunningServer } from '../../../electron/server';
import { makeTempDir, openTempWorkspace, type TempWorkspace } from '../../helpers/temp-workspace';

let t: TempWorkspace;
let server: RunningServer;
let rendererDir: string;

beforeEach(async () => {
  t = await openTempWorkspace();
  rendererDir = makeTempDir('letterdesk-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Letterdesk</title>');
  fs.writeFileSync(path.join(path.dirname(rendererDir), 'secret.txt'), 'outside');
  server = await startServer({ handlers: t.handlers, rendererDir });
});
afterEach(async () => {
  await server.close();
  t.cleanup();
  fs.rmSync(rendererDir, { recursive: true, force: true });
});

/** A raw request, so Host and Origin can be set to anything (fetch forbids that). */
function request(opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, method: opts.method ?? 'GET', path: opts.path, headers: { host: `127.0.0.1:${server.port}`, ...opts.headers } },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const api = (name: string, body: unknown, headers: Record<string, string> = {}) =>
  request({
    method: 'POST',
    path: `/api/${name}`,
    headers: { 'content-type': 'application/json', 'x-letterdesk-token': server.token, ...headers },
    body: JSON.stringify(body),
  });

describe('browser-mode server', () => {
  it('listens on loopback and prints a URL carrying the token in the fragment', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43}$/);
  });

  it('runs API operations for a caller with the token', async () => {
    const created = await api('recipients.create', { countryCode: 'IE', office: 'Taoiseach', name: 'Someone' });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, data: { countryCode: 'IE' } });
    const listed = JSON.parse((await api('recipients.list', { search: 'taoiseach' })).body);
    expect(listed.data.total).toBe(1);
  });

  it('refuses a missing or wrong token', async () => {
    expect((await api('recipients.list', {}, { 'x-letterdesk-token': '' })).status).toBe(401);
    expect((await api('recipients.list', {}, { 'x-letterdesk-token': 'x'.repeat(43) })).status).toBe(401);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    expect((await api('recipients.list', {}, { host: `evil.example:${server.port}` })).status).toBe(403);
    expect((await api('recipients.list', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await request({ path: '/', headers: { host: 'evil.example' } })).status).toBe(403);
    expect((await api('recipients.list', {}, { origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
  });

  it('answers bad input with a structured error, not a stack trace', async () => {
    const res = await request({
      method: 'POST',
      path: '/api/recipients.create',
      headers: { 'content-type': 'application/json', 'x-letterdesk-token': server.token },
      body: '{nope',
    });
    expect(JSON.parse(res.body)).toEqual({ ok: false, error: { code: 'invalid_input', message: 'The request was not valid JSON.', issues: [] } });
    const unknown = JSON.parse((await api('recipients.drop', {})).body);
    expect(unknown.error.code).toBe('unknown_operation');
    expect((await api('recipients.create', 'x'.repeat(2_000_000))).status).toBe(413);
  });

  it('serves the renderer with the CSP and nothing outside its folder', async () => {
    const index = await request({ path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect((await request({ path: '/../secret.txt' })).status).toBe(404);
    expect((await request({ path: '/%2e%2e/secret.txt' })).status).toBe(404);
    expect((await request({ path: '/api/recipients.list' })).status).toBe(405);
  });
});

/** A raw connection, to send a request in pieces (or never finish it); resolves with all the server sent once it closes. */
function rawRequest(port: number, pieces: string[], pauseMs = 0): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
    socket.on('connect', async () => {
      for (const [i, piece] of pieces.entries()) {
        if (i > 0 && pauseMs > 0) await new Promise((wait) => setTimeout(wait, pauseMs));
        socket.write(piece);
      }
    });
  });
}

describe('browser-mode server: hostile requests (issue 14, point 7)', () => {
  const head = (operation: string, length: number) =>
    `POST /api/${operation} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Type: application/json\r\nX-Letterdesk-Token: ${server.token}\r\nContent-Length: ${length}\r\nConnection: close\r\n\r\n`;

  it('answers a malformed percent-encoding with 400, and logs no stack trace', async () => {
    const logged = vi.spyOn(console, 'error');
    try {
      expect((await request({ path: '/%E0%A4%A' })).status).toBe(400);
      expect((await request({ path: '/assets/%' })).status).toBe(400);
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
    expect((await request({ path: '/%69ndex.html' })).status).toBe(200);
  });

  it('takes application/json, with a UTF-8 charset at most, and nothing that merely starts like it', async () => {
    const status = async (type: string) => (await api('recipients.list', {}, { 'content-type': type })).status;
    expect(await status('application/json')).toBe(200);
    expect(await status('application/json; charset=utf-8')).toBe(200);
    expect(await status('Application/JSON;charset="UTF-8"')).toBe(200);
    for (const type of ['application/jsonp', 'application/json-seq', 'application/json; charset=latin1', 'application/json; boundary=x', 'text/plain']) {
      expect(await status(type), type).toBe(415);
    }
  });

  it('answers JSON nested deeper than any document with 400, not 500', async () => {
    let node: unknown = { type: 'paragraph' };
    for (let i = 0; i < 2000; i++) node = { type: 'blockquote', content: [node] };
    const deep = { templateId: '00000000-0000-4000-8000-000000000000', language: 'en', document: { type: 'doc', content: [node] } };
    const res = await request({
      method: 'POST',
      path: '/api/templates.saveVariant',
      headers: { 'content-type': 'application/json', 'x-letterdesk-token': server.token },
      // Written by hand: JSON.stringify itself overflows its stack on far less.
      body: `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({ ok: false, error: { code: 'invalid_input', message: 'The request is nested too deeply to be read.', issues: [] } });
    const document = await api('templates.saveVariant', deep);
    expect(document.status).toBe(400);
    // Brackets inside strings, escaped quotes among them, are text, not depth.
    const text = await api('recipients.create', { countryCode: 'IE', office: 'Taoiseach', name: `\\"${'[{'.repeat(400)}"\\` });
    expect(text.status).toBe(200);
    expect(JSON.parse(text.body).error.message).toContain('name');
  });

  it('cuts error messages and issue lists to a readable length', async () => {
    await server.close();
    const long = 'A refusal that repeats itself. '.repeat(1000);
    const issues = Array.from({ length: 5000 }, (_, i) => ({ path: ['tags', i], code: 'tagCharacters' }));
    server = await startServer({
      // One handler that refuses at length; the rest are the workspace's own.
      handlers: { ...t.handlers, 'recipients.list': () => Promise.reject(new ApiFailure('invalid_input', long, issues)) },
      rendererDir,
    });
    const { error } = JSON.parse((await api('recipients.list', {})).body);
    expect(error.message.length).toBe(500);
    expect(error.message.endsWith('…')).toBe(true);
    expect(error.issues).toHaveLength(50);
  });

  describe('with short timeouts', () => {
    beforeEach(async () => {
      await server.close();
      server = await startServer({ handlers: t.handlers, rendererDir, timeouts: { headersMs: 300, bodyMs: 300, uploadBodyMs: 60_000 } });
    });

    it('drops a client that never finishes its headers', async () => {
      const answer = await rawRequest(server.port, [`POST /api/recipients.list HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n`]);
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    });

    it('drops a client that never finishes the body of an ordinary request', async () => {
      const answer = await rawRequest(server.port, [head('recipients.list', 50), '{"search":']);
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
      expect(answer).toContain('Request timeout');
    });

    it('gives an upload its own, longer time', async () => {
      const body = JSON.stringify({
        uploadId: null,
        fileName: 'a.letterdesk',
        offset: 0,
        chunkBase64: Buffer.from('not an archive').toString('base64'),
        final: false,
      });
      // The second half arrives after the ordinary requests' body timer would have fired.
      const answer = await rawRequest(server.port, [head('archive.upload', body.length), body.slice(0, 20), `${body.slice(20)}`], 900);
      expect(answer).toMatch(/^HTTP\/1\.1 200 /);
      expect(answer).toContain('"ok":true');
    });
  });
});

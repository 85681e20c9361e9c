import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

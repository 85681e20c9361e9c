import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { test as base } from '@playwright/test';
import { LetterdeskApp } from './pages/letterdesk-app';

const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'out', 'node', 'server.cjs');
const CLI = path.join(ROOT, 'out', 'node', 'cli.cjs');
const READY_LINE = /Letterdesk is running at (\S+)/;
const run = promisify(execFile);

export interface Server {
  url: string;
  dataDir: string;
}

interface Fixtures {
  /** Bytes written to letterdesk.db before the server starts, e.g. to plant a damaged database. */
  initialDatabase: Buffer | null;
  dataDir: string;
  server: Server;
  /** Runs the real CLI against this test's data folder; resolves with its stdout. */
  cli: (...args: string[]) => Promise<string>;
  app: LetterdeskApp;
}

export function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run "npm run build" first.`);
  const child = spawn(process.execPath, [SERVER, '--port', '0', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error('the server did not start within 15 s')), 15_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill();
      reject(new Error(`${error.message}\n${stderr}`));
    };
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`the server exited early with code ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = READY_LINE.exec(line);
      if (!match?.[1]) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ child, url: match[1] });
    });
  });
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timeout = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timeout);
}

export const test = base.extend<Fixtures>({
  initialDatabase: [null, { option: true }],

  // Playwright fixtures must destructure their first argument, even when they need nothing.
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letterdesk-e2e-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },

  server: async ({ dataDir, initialDatabase }, use) => {
    if (initialDatabase) fs.writeFileSync(path.join(dataDir, 'letterdesk.db'), initialDatabase);
    const { child, url } = await startServer(dataDir);
    await use({ url, dataDir });
    await stopServer(child);
  },

  cli: async ({ dataDir }, use) => {
    await use(async (...args) => {
      const { stdout } = await run(process.execPath, [CLI, '--data', dataDir, ...args]);
      return stdout;
    });
  },

  app: async ({ page, server }, use) => {
    await use(new LetterdeskApp(page, server.url));
  },
});

export { expect } from '@playwright/test';

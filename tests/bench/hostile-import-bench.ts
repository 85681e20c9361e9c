import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { hostileFiles, type HostileFile } from '../helpers/hostile-files';

/*
 * Issue 14, point 1: each hostile file is sent to a real browser-mode server
 * (the built out/node/server.cjs) as the app sends an import, and meanwhile
 * `workspace.status` is asked again and again. Per file: the time to the
 * refusal (target under 10 s), the server's peak memory while it ran (target
 * under 600 MB; the kernel's high-water mark, reset before each file) and the
 * slowest status answer (target under 200 ms), each the median (memory: the
 * most) of three runs on fresh servers. Baselines from the same run:
 * status answers on an idle server, the idle server's memory, and a genuine
 * letter's import. Figures, never assertions; run `npm run bench` or
 * `BENCH_ONLY=hostile npm run bench`.
 */

type Report = (name: string, value: number, unit: string, target?: string) => void;

interface Server {
  child: ChildProcess;
  port: number;
  token: string;
}

function startServer(dataDir: string): Promise<Server> {
  const script = process.env.BENCH_SERVER ?? path.join('out', 'node', 'server.cjs');
  const child = spawn(process.execPath, [script, '--port', '0', '--data', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /Letterdesk is running at http:\/\/127\.0\.0\.1:(\d+)\/#token=(\S+)/.exec(buffer);
      if (match) resolve({ child, port: Number(match[1]), token: match[2] });
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

function call(server: Server, operation: string, input: unknown): Promise<{ ok: boolean; error?: { message: string } }> {
  const body = JSON.stringify(input);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: 'POST',
        path: `/api/${operation}`,
        // A fresh connection each time: a kept-alive one the server has just timed out would fail with EPIPE.
        agent: false,
        headers: { 'content-type': 'application/json', 'x-letterdesk-token': server.token, 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => (res.statusCode === 200 ? resolve(JSON.parse(text)) : reject(new Error(`${operation}: HTTP ${res.statusCode}`))));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A field of /proc/PID/status, in MB. */
function procMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

/** Starts the kernel's peak-memory count again (Linux: "5" in clear_refs), so each file gets its own peak. */
function resetPeak(pid: number): void {
  fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

/** Asks workspace.status one after the other until `until` settles; the time of each answer. */
async function statusTimesWhile(server: Server, until: Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.finally(() => (done = true)).catch(() => undefined);
  const times: number[] = [];
  while (!done) {
    const t0 = performance.now();
    await call(server, 'workspace.status', {});
    times.push(performance.now() - t0);
    await new Promise((wait) => setTimeout(wait, 10));
  }
  return times;
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

function importInput(file: HostileFile): Record<string, unknown> {
  return { fileName: file.fileName, contentBase64: Buffer.from(file.bytes).toString('base64'), commit: true };
}

/** Each file is sent this many times, each to a server of its own, so one figure is not one noisy run. */
const RUNS = 3;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function withServer<T>(use: (server: Server) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letterdesk-bench-hostile-'));
  const server = await startServer(dir);
  try {
    // Warm: the first answers of a new process are slower than the rest.
    for (let i = 0; i < 5; i++) await call(server, 'workspace.status', {});
    return await use(server);
  } finally {
    server.child.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** One hostile file sent once to a fresh server: time to the refusal, the server's peak memory, the slowest status answer meanwhile. */
function sendOnce(file: HostileFile): Promise<{ refusedMs: number; peakMb: number; statusMaxMs: number; answers: number; messageLength: number }> {
  return withServer(async (server) => {
    const pid = server.child.pid!;
    const input = importInput(file);
    resetPeak(pid);
    const t0 = performance.now();
    const answer = call(server, file.operation, input);
    const statusTimes = await statusTimesWhile(server, answer);
    const result = await answer;
    const refusedMs = performance.now() - t0;
    if (result.ok) throw new Error(`${file.name} was imported; a refusal was expected`);
    return {
      refusedMs,
      peakMb: procMb(pid, 'VmHWM'),
      statusMaxMs: Math.max(...statusTimes),
      answers: statusTimes.length,
      messageLength: result.error!.message.length,
    };
  });
}

export async function benchHostileImports(report: Report): Promise<void> {
  // Baselines, same run: an idle server's status answers and memory, and a genuine letter's import.
  await withServer(async (server) => {
    const idle: number[] = [];
    for (let i = 0; i < 50; i++) {
      const t0 = performance.now();
      await call(server, 'workspace.status', {});
      idle.push(performance.now() - t0);
    }
    idle.sort((a, b) => a - b);
    report('hostile.baseline.status_idle_p95', percentile(idle, 95), 'ms');
    report('hostile.baseline.status_idle_max', idle.at(-1)!, 'ms');
    report('hostile.baseline.server_idle_rss', procMb(server.child.pid!, 'VmRSS'), 'MB');
    const letter = { fileName: 'letter.md', contentBase64: Buffer.from('# Letter\n\nDear [NAME],\n\nWe write to you.\n').toString('base64') };
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const genuine = await call(server, 'templates.import', letter);
      if (!genuine.ok) throw new Error(`a genuine letter was refused: ${genuine.error?.message}`);
      times.push(performance.now() - t0);
    }
    report('hostile.baseline.genuine_letter_import_median', median(times), 'ms');
  });

  for (const file of hostileFiles()) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await sendOnce(file));
    report(`hostile.${file.name}.refused_median`, median(runs.map((r) => r.refusedMs)), 'ms', '< 10000 ms');
    report(`hostile.${file.name}.server_peak_rss_max`, Math.max(...runs.map((r) => r.peakMb)), 'MB', '< 600 MB');
    report(`hostile.${file.name}.status_slowest_meanwhile_median`, median(runs.map((r) => r.statusMaxMs)), 'ms', '< 200 ms');
    report(`hostile.${file.name}.status_answers_meanwhile_median`, median(runs.map((r) => r.answers)), 'requests');
    report(`hostile.${file.name}.message_length`, runs[0].messageLength, 'chars');
  }
}

import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ApiFailure } from '../../../shared/api/errors';
import { JOBS, type IsolatedJobName, type IsolationLimits, type JobInput, type JobOutput } from './isolated-jobs';
import type { WorkerReply } from './isolation-worker';

/*
 * Runs one job of isolated-jobs.ts in a worker thread of its own, with a cap
 * on its V8 heap (resourceLimits) and a timer that terminates it. A file
 * built to exhaust the parser then costs one worker, not the app: the main
 * thread keeps answering (the desktop window, browser mode's other
 * requests), and a worker stopped for memory or time becomes one short
 * refusal that names the limit. The workspace is never open in the worker.
 */

/** Workers at once: the machines this runs on have two cores, and each worker may use its whole memory cap. */
const MAX_RUNNING = 2;

/**
 * Where the worker's code is, in every face.
 * - Built: this module is inlined into out/node/cli.cjs, out/node/server.cjs
 *   or out/main/main.cjs, and electron/build.mjs writes the worker beside
 *   each as isolation-worker.cjs. In the packaged app that is inside
 *   app.asar, which worker threads read since Electron 17.3, so it stays
 *   under the asar integrity check (no asarUnpack entry).
 * - From the TypeScript sources (vitest, `node --import tsx`): this file is
 *   run-isolated.ts, and the worker starts from isolation-worker.ts through
 *   tsx's CommonJS hook. `--import tsx` is not applied to worker threads on
 *   Node 20, `--require tsx/cjs` is; it is resolved from here, not from the
 *   working folder.
 */
function workerScript(): { file: string; execArgv?: string[] } {
  if (__filename.endsWith('.ts')) {
    return { file: path.join(__dirname, 'isolation-worker.ts'), execArgv: ['--require', createRequire(__filename).resolve('tsx/cjs')] };
  }
  return { file: path.join(__dirname, 'isolation-worker.cjs') };
}

export function memoryLimitFailure(limits: IsolationLimits): ApiFailure {
  return new ApiFailure('invalid_input', `This file is too large to import: it would need more than ${limits.maxOldGenerationSizeMb} MB of memory.`, [
    { path: ['file'], code: 'memoryLimit' },
  ]);
}

export function timeLimitFailure(limits: IsolationLimits): ApiFailure {
  const seconds = Math.ceil(limits.timeoutMs / 1000);
  return new ApiFailure('invalid_input', `This file is too large to import: reading it took longer than ${seconds} second${seconds === 1 ? '' : 's'}.`, [
    { path: ['file'], code: 'timeLimit' },
  ]);
}

const isOutOfMemory = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY';

function fromReply(reply: WorkerReply): unknown {
  if (reply.ok) return reply.value;
  if ('failure' in reply) throw new ApiFailure(reply.failure.code, reply.failure.message, reply.failure.issues);
  // A bug, not a refusal: dispatch logs it and tells the user something went wrong.
  throw new Error(`isolated job failed: ${reply.crash}`);
}

function runInWorker(job: IsolatedJobName, input: unknown, limits: IsolationLimits): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const script = workerScript();
    const worker = new Worker(script.file, {
      workerData: { job, input },
      ...(script.execArgv ? { execArgv: script.execArgv } : {}),
      resourceLimits: { maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb },
    });
    let settled = false;
    const settle = (outcome: () => unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      try {
        resolve(outcome());
      } catch (error) {
        reject(error);
      }
      void worker.terminate();
    };
    const timer = setTimeout(
      () =>
        settle(() => {
          throw timeLimitFailure(limits);
        }),
      limits.timeoutMs,
    );
    worker.once('message', (reply: WorkerReply) => settle(() => fromReply(reply)));
    worker.once('error', (error) =>
      settle(() => {
        throw isOutOfMemory(error) ? memoryLimitFailure(limits) : error;
      }),
    );
    worker.once('exit', (code) =>
      settle(() => {
        throw new Error(`isolated job ${job} ended (exit code ${code}) before it answered`);
      }),
    );
  });
}

let running = 0;
const waiting: (() => void)[] = [];

async function slot<T>(work: () => Promise<T>): Promise<T> {
  // A turn of the event loop first: the caller has usually just decoded megabytes of base64, and copying them into the worker is next.
  await new Promise((next) => setImmediate(next));
  if (running < MAX_RUNNING) running++;
  // Else wait: the job that ends hands its slot over.
  else await new Promise<void>((ready) => waiting.push(ready));
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

/**
 * Runs `job` on `input` in a worker thread and resolves with its output.
 * Rejects with the job's own ApiFailure when it refuses the input, and with
 * a refusal naming the limit when the worker is stopped for memory or time.
 */
export function runIsolated<J extends IsolatedJobName>(job: J, input: JobInput<J>, limits: IsolationLimits = JOBS[job].limits): Promise<JobOutput<J>> {
  return slot(() => runInWorker(job, input, limits)) as Promise<JobOutput<J>>;
}

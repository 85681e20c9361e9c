import { parentPort, workerData } from 'node:worker_threads';
import { ApiFailure } from '../../../shared/api/errors';
import { JOBS, type IsolatedJobName } from './isolated-jobs';

/*
 * The worker thread's entry (bundled as isolation-worker.cjs by
 * electron/build.mjs): runs one job from workerData, posts one reply, ends.
 * An expected refusal (ApiFailure) travels as its parts, since a class does
 * not survive structured clone; anything else as its stack, for the log.
 */

export type WorkerReply = { ok: true; value: unknown } | { ok: false; failure: ReturnType<ApiFailure['toApiError']> } | { ok: false; crash: string };

async function runJob(): Promise<void> {
  const { job, input } = workerData as { job: IsolatedJobName; input: unknown };
  const definition = JOBS[job] as { run(input: unknown): unknown; transfer?(output: unknown): ArrayBuffer[] };
  let reply: WorkerReply;
  let transfer: ArrayBuffer[] = [];
  try {
    const value = await definition.run(input);
    transfer = definition.transfer?.(value) ?? [];
    reply = { ok: true, value };
  } catch (error) {
    reply =
      error instanceof ApiFailure
        ? { ok: false, failure: error.toApiError() }
        : { ok: false, crash: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply, transfer);
}

void runJob();

import { ApiFailure } from '../../../shared/api/errors';
import type { Db } from '../db/database';
import { newId } from '../db/ids';
import { recordExport, renderCampaign, writeExport, type ExportFormat, type ExportOutput } from './export-campaign';

/*
 * Exports run as jobs: the renderer starts one, polls its progress (the same
 * way over IPC and HTTP), may cancel it, and then saves or downloads the
 * files. Finished jobs keep their files in memory until fetched or replaced.
 */

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface ExportJobStatus {
  state: JobState;
  done: number;
  total: number;
  message: string;
  files: { name: string; bytes: number }[];
  skipped: number;
  savedTo: string[];
}

interface Job {
  controller: AbortController;
  status: ExportJobStatus;
  output?: ExportOutput;
}

/** Only a few finished jobs are kept: each holds its letters in memory. */
const KEEP_JOBS = 4;

export class ExportJobs {
  private jobs = new Map<string, Job>();

  constructor(private readonly db: () => Db) {}

  start(campaignId: string, format: ExportFormat, includeAttention: boolean, sourcesMode: 'footnotes' | 'section' = 'section'): string {
    const id = newId();
    const job: Job = { controller: new AbortController(), status: { state: 'running', done: 0, total: 0, message: '', files: [], skipped: 0, savedTo: [] } };
    this.jobs.set(id, job);
    this.forgetOld();
    void renderCampaign(this.db(), campaignId, {
      format,
      includeAttention,
      sourcesMode,
      signal: job.controller.signal,
      onProgress: (done, total) => Object.assign(job.status, { done, total }),
    })
      .then((output) => {
        if (job.controller.signal.aborted) throw new ApiFailure('conflict', 'The export was cancelled. No file was written.');
        recordExport(this.db(), output, format);
        job.output = output;
        Object.assign(job.status, {
          state: 'done',
          files: output.files.map((f) => ({ name: f.name, bytes: f.bytes.length })),
          skipped: output.skipped.length,
          total: output.letters.length,
          done: output.letters.length,
        });
      })
      .catch((error: unknown) => {
        const aborted = job.controller.signal.aborted;
        Object.assign(job.status, {
          state: aborted ? 'cancelled' : 'failed',
          message: error instanceof ApiFailure ? error.message : 'The export failed. No file was written.',
        });
        if (!(error instanceof ApiFailure)) console.error('letterdesk: export failed:', error);
      });
    return id;
  }

  status(id: string): ExportJobStatus {
    return { ...this.get(id).status };
  }

  cancel(id: string): void {
    this.get(id).controller.abort();
  }

  file(id: string, index: number): { name: string; bytes: Uint8Array } {
    const file = this.get(id).output?.files[index];
    if (!file) throw new ApiFailure('not_found', 'That export has no such file (it may not be finished yet).');
    return file;
  }

  /** Writes the job's files into a folder (the desktop app's save dialog chose it). */
  save(id: string, dir: string): string[] {
    const job = this.get(id);
    if (!job.output) throw new ApiFailure('conflict', 'The export is not finished yet.');
    const written = writeExport(job.output, dir);
    job.status.savedTo = written;
    return written;
  }

  private get(id: string): Job {
    const job = this.jobs.get(id);
    if (!job) throw new ApiFailure('not_found', 'That export is no longer available. Start it again.');
    return job;
  }

  private forgetOld(): void {
    const finished = [...this.jobs.entries()].filter(([, job]) => job.status.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_JOBS))) this.jobs.delete(id);
  }
}

import { ApiFailure } from '../../../shared/api/errors';
import type { HandlersFor } from '../api/handler-types';
import { ExportJobs } from './export-jobs';
import type { Workspace } from '../workspace/workspace';

export interface ExportDeps {
  /** The desktop app asks with a native dialog; browser mode has none and downloads instead. */
  chooseExportFolder?: () => Promise<string | null>;
}

export function exportHandlers(workspace: Workspace, deps: ExportDeps): HandlersFor<'exports'> {
  const jobs = new ExportJobs(() => workspace.db());
  return {
    'exports.start': ({ campaignId, format, includeAttention, sourcesMode }) => ({ jobId: jobs.start(campaignId, format, includeAttention, sourcesMode) }),
    'exports.status': ({ jobId }) => jobs.status(jobId),
    'exports.cancel': ({ jobId }) => {
      jobs.cancel(jobId);
      return jobs.status(jobId);
    },
    'exports.download': ({ jobId, index }) => {
      const file = jobs.file(jobId, index);
      return { fileName: file.name, contentBase64: Buffer.from(file.bytes).toString('base64') };
    },
    'exports.save': async ({ jobId }) => {
      if (!deps.chooseExportFolder) throw new ApiFailure('conflict', 'Saving to a folder needs the desktop app; in the browser, download the files instead.');
      const dir = await deps.chooseExportFolder();
      if (!dir) return { savedTo: [], cancelled: true };
      return { savedTo: jobs.save(jobId, dir), cancelled: false };
    },
  };
}

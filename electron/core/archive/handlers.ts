import path from 'node:path';
import { ApiFailure } from '../../../shared/api/errors';
import type { HandlersFor } from '../api/handler-types';
import { countrySearchExtras } from '../recipients/recipient-rules';
import type { Workspace } from '../workspace/workspace';
import { applyArchive, previewArchive } from './import-archive';
import { StagedArchives, type StagedArchive } from './staged-archives';
import { archiveFileName, archiveWorkDir, buildArchive, writeArchiveFile } from './write-archive';

export interface ArchiveDeps {
  /** Desktop: a native save dialog; null when the user cancels. */
  chooseArchiveSaveFile?: (defaultName: string) => Promise<string | null>;
  /** Desktop: a native open dialog for a .letterdesk file; null when the user cancels. */
  chooseArchiveFile?: () => Promise<string | null>;
}

const staged = (s: StagedArchive) => ({ uploadId: s.uploadId, fileName: s.fileName, bytes: s.bytes, encrypted: s.encrypted });
const needsDesktop = () =>
  new ApiFailure('conflict', 'Choosing a file with a dialog needs the desktop app; in the browser, download or upload the archive instead.');

/** Settings → Backups → Move workspace. */
export function archiveHandlers(workspace: Workspace, deps: ArchiveDeps = {}): HandlersFor<'archive'> {
  const stage = new StagedArchives(archiveWorkDir(workspace.dataDir));
  stage.removeStale();
  const options = (uploadId: string, passphrase: string | null) => {
    const entry = stage.get(uploadId);
    return { entry, options: { passphrase, sourceName: entry.fileName, extras: countrySearchExtras } };
  };
  return {
    'archive.export': async ({ passphrase }) => {
      const { bytes } = await buildArchive(workspace, { passphrase });
      return { fileName: archiveFileName(), contentBase64: bytes.toString('base64'), bytes: bytes.length };
    },
    'archive.save': async ({ passphrase }) => {
      if (!deps.chooseArchiveSaveFile) throw needsDesktop();
      workspace.db(); // a workspace that could not be opened fails before the dialog
      const file = await deps.chooseArchiveSaveFile(archiveFileName());
      if (!file) return { file: null, bytes: 0, cancelled: true, counts: {} };
      const written = await writeArchiveFile(workspace, file, { passphrase });
      return { file: written.file, bytes: written.bytes, cancelled: false, counts: written.manifest.counts };
    },
    'archive.upload': ({ uploadId, fileName, offset, chunkBase64, final }) => {
      const entry = stage.append({ uploadId, fileName, offset, chunk: Buffer.from(chunkBase64, 'base64'), final });
      return { ...staged(entry), complete: entry.complete };
    },
    'archive.choose': async () => {
      if (!deps.chooseArchiveFile) throw needsDesktop();
      const file = await deps.chooseArchiveFile();
      return file ? { cancelled: false, file: staged(stage.addChosen(path.resolve(file))) } : { cancelled: true, file: null };
    },
    'archive.preview': ({ uploadId, passphrase }) => {
      const { entry, options: o } = options(uploadId, passphrase);
      return previewArchive(workspace, entry.file, o);
    },
    'archive.apply': async ({ uploadId, passphrase, mode }) => {
      const { entry, options: o } = options(uploadId, passphrase);
      const result = await applyArchive(workspace, entry.file, mode, o);
      stage.discard(uploadId);
      return { mode: result.mode, report: result.report, undoBackup: path.basename(result.undoBackup) };
    },
    'archive.discard': ({ uploadId }) => ({ discarded: stage.discard(uploadId) }),
  };
}

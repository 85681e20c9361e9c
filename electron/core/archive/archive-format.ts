import * as z from 'zod';
import { ApiFailure } from '../../../shared/api/errors';
import type { ArchiveProblem } from '../../../shared/archive/schemas';

/*
 * A `.letterdesk` archive is a zip holding `manifest.json` and
 * `workspace.sqlite`: a consistent snapshot of the whole workspace database,
 * in which the attachments (tracking replies) and images (logo, signatures)
 * are BLOBs. It may be encrypted as a whole (archive-crypto.ts).
 */

export const ARCHIVE_FORMAT = 'letterdesk-archive';
/** Bumped when the layout of the archive changes; a newer one is refused. */
export const ARCHIVE_FORMAT_VERSION = 1;
export const MANIFEST_ENTRY = 'manifest.json';
export const DATABASE_ENTRY = 'workspace.sqlite';
export const ARCHIVE_EXTENSION = '.letterdesk';

/** What an archive may unpack to, in all: more is refused before anything is inflated. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/** Unpacked size over packed size above which an archive is refused as a zip bomb. */
export const MAX_RATIO = 100;
/** A small, nearly empty database compresses very well; the ratio only counts above this. */
export const RATIO_FLOOR_BYTES = 1024 * 1024;
/** The archive file itself: the unpacked limit plus room for zip and encryption overhead. */
export const MAX_ARCHIVE_BYTES = MAX_UNPACKED_BYTES + 16 * 1024 * 1024;
const MAX_MANIFEST_BYTES = 1024 * 1024;
export { MAX_MANIFEST_BYTES };

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const manifestSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.number().int().min(1),
  appVersion: z.string().max(50),
  schemaVersion: z.number().int().min(1),
  createdAt: z.string().max(40),
  /** Rows per table in the snapshot, checked again on import. */
  counts: z.record(z.string().max(100), z.number().int().min(0)),
  entries: z.array(z.object({ name: z.string().max(200), bytes: z.number().int().min(0), sha256: sha256Hex })).max(10),
});
export type ArchiveManifest = z.infer<typeof manifestSchema>;

/** An archive refused or a step that failed: a clear sentence, and an issue code the UI translates. */
export function archiveFailure(problem: ArchiveProblem, message: string): ApiFailure {
  const code = problem === 'notEmpty' || problem === 'busy' ? 'conflict' : problem === 'uploadMissing' ? 'not_found' : 'invalid_input';
  return new ApiFailure(code, message, [{ path: [], code: problem }]);
}

export const megabytes = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);

import type { ApiErrorCode } from '../../../shared/api/errors';

/* SQLite's error codes, read once here: dispatch's safety net turns the known ones into sentences. */

function sqliteCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/**
 * A row still referenced elsewhere. SQLite reports ON DELETE RESTRICT as
 * SQLITE_CONSTRAINT_TRIGGER (the action runs as a trigger), other foreign
 * key failures as SQLITE_CONSTRAINT_FOREIGNKEY; the message is the same.
 */
function isForeignKeyFailure(error: unknown): boolean {
  const code = sqliteCode(error);
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return true;
  return code.startsWith('SQLITE_CONSTRAINT') && error instanceof Error && error.message.includes('FOREIGN KEY constraint failed');
}

/**
 * SQLite failures with a sentence of their own. Handlers check these cases
 * first with more precise messages; this is the safety net.
 */
export function knownSqliteFailure(error: unknown): { code: ApiErrorCode; message: string } | null {
  if (isForeignKeyFailure(error)) {
    return { code: 'conflict', message: 'This is still used elsewhere (for example by a campaign or its outreach history), so it was not changed.' };
  }
  const code = sqliteCode(error);
  if (code === 'SQLITE_READONLY') return { code: 'workspace_read_only', message: 'The workspace is open read-only, so nothing was changed.' };
  if (code.startsWith('SQLITE_CORRUPT')) {
    return { code: 'workspace_unavailable', message: 'This part of the workspace is damaged and cannot be read. Restore a backup to get it back.' };
  }
  return null;
}

import { contract, isOperationName, type OperationName, type OperationOutput, type ParsedInput } from '../../../shared/api/contract';
import { ApiFailure, issuesFromZod, type ApiErrorCode, type ApiResult } from '../../../shared/api/errors';
import { describeIssue } from '../../../shared/api/messages';

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
function knownSqliteFailure(error: unknown): { code: ApiErrorCode; message: string } | null {
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

export type Handlers = {
  [K in OperationName]: (input: ParsedInput<K>) => OperationOutput<K> | Promise<OperationOutput<K>>;
};

/**
 * The single entry point for every transport (IPC, HTTP, tests). The name and
 * the input are untrusted: the name must be in the contract and the input
 * must parse against its strict schema before any handler runs.
 */
export async function dispatch(handlers: Handlers, name: unknown, input: unknown): Promise<ApiResult<unknown>> {
  if (!isOperationName(name)) {
    return { ok: false, error: { code: 'unknown_operation', message: 'Letterdesk has no such operation.', issues: [] } };
  }
  const parsed = contract[name].input.safeParse(input === undefined ? {} : input);
  if (!parsed.success) {
    const issues = issuesFromZod(parsed.error);
    return {
      ok: false,
      error: { code: 'invalid_input', message: `Please check the input: ${issues.map(describeIssue).join('; ')}.`, issues },
    };
  }
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    return { ok: true, data: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof ApiFailure) return { ok: false, error: error.toApiError() };
    const known = knownSqliteFailure(error);
    if (known) return { ok: false, error: { ...known, issues: [] } };
    // Unexpected: keep the detail in the log, give the user a calm sentence.
    console.error(`letterdesk: ${name} failed:`, error);
    return {
      ok: false,
      error: { code: 'internal', message: 'Something went wrong inside Letterdesk. Nothing was changed.', issues: [] },
    };
  }
}

import { contract, isOperationName } from '../../../shared/api/contract';
import type { Handlers } from './handler-types';
import { ApiFailure, issuesFromZod, type ApiResult } from '../../../shared/api/errors';
import { knownSqliteFailure } from '../db/sqlite-errors';
import { describeIssue } from '../../../shared/api/messages';

/**
 * The single entry point for every transport (IPC, HTTP, tests). The name and
 * the input are untrusted: the name must be in the contract and the input
 * must parse against its strict schema before any handler runs.
 */
export async function dispatch(handlers: Handlers, name: unknown, input: unknown): Promise<ApiResult<unknown>> {
  if (!isOperationName(name)) {
    return { ok: false, error: { code: 'unknown_operation', message: 'Letterdesk has no such operation.', issues: [] } };
  }
  let parsed: ReturnType<(typeof contract)[typeof name]['input']['safeParse']>;
  try {
    parsed = contract[name].input.safeParse(input === undefined ? {} : input);
  } catch (error) {
    // zod recurses into the input: a document nested thousands deep overflows the stack (IPC has no depth guard of its own).
    if (error instanceof RangeError) {
      return {
        ok: false,
        error: { code: 'invalid_input', message: 'Please check the input: it is nested too deeply.', issues: [{ path: [], code: 'invalid' }] },
      };
    }
    throw error;
  }
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

import type { OperationInput, OperationName, OperationOutput } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/errors';
import { dispatch } from '../core/api/dispatch';
import type { HandlerDeps } from '../core/api/create-handlers';
import { lazyHandlers } from '../core/api/lazy-handlers';
import type { Workspace } from '../core/workspace/workspace';
import { CliFailure } from '../cli-context';

/*
 * The one way the command line reaches the core: an operation of the
 * contract, through the same dispatch as the app (input parsed by its strict
 * schema, the read-only guard, the SQLite safety net). A refusal becomes the
 * CLI's one-line failure, carrying the core's refusal for a caller that
 * words it for a file or an option.
 */
export async function call<K extends OperationName>(workspace: Workspace, name: K, input: OperationInput<K>): Promise<OperationOutput<K>> {
  return connect(workspace)(name, input);
}

/**
 * `call` bound to one set of handlers, for operations that follow one
 * another on the same state (an export job: start, status, save), with what
 * the command line lends the core in place of the desktop's dialogs (`deps`).
 */
export function connect(workspace: Workspace, deps?: HandlerDeps) {
  // Only the domain of each operation is loaded (lazyHandlers): one command, one domain's libraries.
  const handlers = lazyHandlers(workspace, deps);
  return async <K extends OperationName>(name: K, input: OperationInput<K>): Promise<OperationOutput<K>> => {
    const result = await dispatch(handlers, name, input);
    if (!result.ok) throw new CliFailure(result.error.message, result.error);
    return result.data as OperationOutput<K>;
  };
}

/** Core failures (ApiFailure) become the CLI's one-line failure; anything else stays as it is. */
export async function failingAsCli<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw error instanceof ApiFailure ? new CliFailure(error.message, error.toApiError()) : error;
  }
}

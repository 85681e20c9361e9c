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
export async function call<K extends OperationName>(workspace: Workspace, name: K, input: OperationInput<K>, deps?: HandlerDeps): Promise<OperationOutput<K>> {
  // Only the domain of `name` is loaded (lazyHandlers): one command, one domain's libraries.
  const result = await dispatch(lazyHandlers(workspace, deps), name, input);
  if (!result.ok) throw new CliFailure(result.error.message, result.error);
  return result.data as OperationOutput<K>;
}

/** Core failures (ApiFailure) become the CLI's one-line failure; anything else stays as it is. */
export async function failingAsCli<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw error instanceof ApiFailure ? new CliFailure(error.message, error.toApiError()) : error;
  }
}

import { contract, type OperationName, type OperationOutput } from '../../shared/api/contract';
import { ApiFailure, issuesFromZod } from '../../shared/api/errors';
import type { Handler } from '../../electron/core/api/handler-types';

/**
 * Calls one operation on a domain's handlers as dispatch does, but lets the
 * failure through as the ApiFailure it is: the input is parsed by its
 * contract schema first (a zod failure becomes 'invalid_input'), and the
 * output must match its declared schema, as the renderer relies on it.
 */
export async function callHandler<K extends OperationName>(handlers: { [N in K]: Handler<N> }, name: K, input: unknown = {}): Promise<OperationOutput<K>> {
  const parsed = contract[name].input.safeParse(input);
  if (!parsed.success) throw new ApiFailure('invalid_input', 'invalid input', issuesFromZod(parsed.error));
  const handler = handlers[name] as (input: unknown) => unknown;
  return contract[name].output.parse(await handler(parsed.data)) as OperationOutput<K>;
}

import { ALLOWED_WHEN_READ_ONLY, READ_ONLY_OPERATIONS, type OperationName } from '../../../shared/api/operations';
import { ApiFailure } from '../../../shared/api/errors';
import type { Handlers } from './handler-types';
import type { Workspace } from '../workspace/workspace';

/**
 * A damaged workspace open for reading refuses every change up front with a
 * sentence the user can act on (SQLite would refuse the write anyway).
 */
export function refuseWritesWhenReadOnly(workspace: Workspace, handlers: Handlers): Handlers {
  return wrapWriteOperations(
    handlers,
    (handler) => (input) => {
      if (workspace.readOnly) {
        throw new ApiFailure(
          'workspace_read_only',
          'The workspace is damaged and open read-only: you can look at your data, but not change it. Restore a backup to work normally again.',
        );
      }
      return handler(input);
    },
    ALLOWED_WHEN_READ_ONLY,
  );
}

type AnyHandler = (input: unknown) => unknown;

/** Wraps every operation that may change data (all but READ_ONLY_OPERATIONS and `except`); the others stay as they are. */
export function wrapWriteOperations(handlers: Handlers, wrap: (handler: AnyHandler) => AnyHandler, except: ReadonlySet<OperationName> = new Set()): Handlers {
  const wrapped = { ...handlers } as Record<string, AnyHandler>;
  for (const [name, handler] of Object.entries(handlers) as [OperationName, AnyHandler][]) {
    if (!READ_ONLY_OPERATIONS.has(name) && !except.has(name)) wrapped[name] = wrap(handler);
  }
  return wrapped as Handlers;
}

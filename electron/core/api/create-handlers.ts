import { READ_ONLY_OPERATIONS, type OperationName } from '../../../shared/api/operation-names';
import { ApiFailure } from '../../../shared/api/errors';
import type { Handlers } from './dispatch';
import { archiveHandlers, type ArchiveDeps } from '../archive/handlers';
import { backupHandlers } from '../backups/handlers';
import { chaserHandlers } from '../campaigns/chaser-handlers';
import { campaignHandlers } from '../campaigns/handlers';
import { exportHandlers, type ExportDeps } from '../exports/handlers';
import { importExportHandlers } from '../recipients/csv-handlers';
import { recipientHandlers } from '../recipients/handlers';
import { templateHandlers } from '../templates/handlers';
import { senderHandlers } from '../senders/handlers';
import { trackingHandlers } from '../tracking/handlers';
import { workspaceHandlers } from '../workspace/handlers';
import { securityHandlers } from '../security/handlers';
import type { EncryptionDeps } from '../security/workspace-encryption';
import type { Workspace } from '../workspace/workspace';

export { assertKnownCountry, countrySearchExtras } from '../recipients/handlers';

/** What the desktop shell lends the core (dialogs); browser mode, the CLI and tests lend nothing. */
export type HandlerDeps = ExportDeps & ArchiveDeps & EncryptionDeps;

/** Every operation of the contract, bound to one workspace. */
export function createHandlers(workspace: Workspace, deps: HandlerDeps = {}): Handlers {
  return refuseWritesWhenReadOnly(workspace, {
    ...workspaceHandlers(workspace),
    ...recipientHandlers(workspace),
    ...importExportHandlers(workspace),
    ...templateHandlers(workspace),
    ...backupHandlers(workspace),
    ...campaignHandlers(workspace),
    ...exportHandlers(workspace, deps),
    ...senderHandlers(workspace),
    ...trackingHandlers(workspace),
    ...archiveHandlers(workspace, deps),
    ...chaserHandlers(workspace),
    ...securityHandlers(workspace, deps),
  });
}

/** What a read-only (damaged) workspace still allows besides reading: getting out of that state. */
const ALLOWED_WHEN_READ_ONLY: ReadonlySet<OperationName> = new Set<OperationName>(['workspace.startFresh', 'backups.restore']);

/**
 * A damaged workspace open for reading refuses every change up front with a
 * sentence the user can act on (SQLite would refuse the write anyway).
 */
function refuseWritesWhenReadOnly(workspace: Workspace, handlers: Handlers): Handlers {
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

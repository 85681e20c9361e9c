import { ALLOWED_WHEN_READ_ONLY, READ_ONLY_OPERATIONS, type DomainName, type OperationName } from '../../../shared/api/operations';
import { ApiFailure } from '../../../shared/api/errors';
import type { Handlers, HandlersFor } from './handler-types';
import { archiveHandlers, type ArchiveDeps } from '../archive/handlers';
import { backupHandlers } from '../backups/handlers';
import { campaignHandlers } from '../campaigns/handlers';
import { exportHandlers, type ExportDeps } from '../exports/handlers';
import { factHandlers } from '../facts/handlers';
import { recipientHandlers } from '../recipients/handlers';
import { templateHandlers } from '../templates/handlers';
import { senderHandlers } from '../senders/handlers';
import { trackingHandlers } from '../tracking/handlers';
import { workspaceHandlers } from '../workspace/handlers';
import { securityHandlers } from '../security/handlers';
import type { EncryptionDeps } from '../security/workspace-encryption';
import type { Workspace } from '../workspace/workspace';

/** What the desktop shell lends the core (dialogs); browser mode, the CLI and tests lend nothing. */
export type HandlerDeps = ExportDeps & ArchiveDeps & EncryptionDeps;

/** Every operation of the contract, bound to one workspace. */
export function createHandlers(workspace: Workspace, deps: HandlerDeps = {}): Handlers {
  // One entry per domain, each typed by its own operations: a domain left
  // out, or a handler missing from one, is a compile error.
  const byDomain: { [D in DomainName]: HandlersFor<D> } = {
    workspace: workspaceHandlers(workspace),
    security: securityHandlers(workspace, deps),
    recipients: recipientHandlers(workspace),
    templates: templateHandlers(workspace),
    facts: factHandlers(workspace),
    campaigns: campaignHandlers(workspace),
    exports: exportHandlers(workspace, deps),
    backups: backupHandlers(workspace),
    senders: senderHandlers(workspace),
    tracking: trackingHandlers(workspace),
    archive: archiveHandlers(workspace, deps),
  };
  return refuseWritesWhenReadOnly(workspace, Object.assign({}, ...Object.values(byDomain)) as Handlers);
}

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

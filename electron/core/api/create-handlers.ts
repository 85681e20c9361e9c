import type { DomainName } from '../../../shared/api/operations';
import type { Handlers, HandlersFor } from './handler-types';
import { refuseWritesWhenReadOnly } from './read-only-guard';
import { archiveHandlers, type ArchiveDeps } from '../archive/handlers';
import { backupHandlers, type BackupDeps } from '../backups/handlers';
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

export { wrapWriteOperations } from './read-only-guard';

/** What the desktop shell lends the core (dialogs); browser mode, the CLI and tests lend nothing. */
export type HandlerDeps = ExportDeps & ArchiveDeps & EncryptionDeps & BackupDeps;

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
    backups: backupHandlers(workspace, deps),
    senders: senderHandlers(workspace),
    tracking: trackingHandlers(workspace),
    archive: archiveHandlers(workspace, deps),
  };
  return refuseWritesWhenReadOnly(workspace, Object.assign({}, ...Object.values(byDomain)) as Handlers);
}

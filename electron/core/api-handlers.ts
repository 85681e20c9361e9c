import type { Handlers } from './dispatch';
import { backupHandlers } from './handlers/backup-handlers';
import { campaignHandlers } from './handlers/campaign-handlers';
import { exportHandlers, type ExportDeps } from './handlers/export-handlers';
import { importExportHandlers } from './handlers/import-export-handlers';
import { recipientHandlers } from './handlers/recipient-handlers';
import { templateHandlers } from './handlers/template-handlers';
import { senderHandlers } from './senders/sender-handlers';
import { trackingHandlers } from './tracking/tracking-handlers';
import { workspaceHandlers } from './handlers/workspace-handlers';
import type { Workspace } from './workspace';

export { assertKnownCountry, countrySearchExtras } from './handlers/recipient-handlers';

/** What the desktop shell lends the core (dialogs); browser mode, the CLI and tests lend nothing. */
export type HandlerDeps = ExportDeps;

/** Every operation of the contract, bound to one workspace. */
export function createHandlers(workspace: Workspace, deps: HandlerDeps = {}): Handlers {
  return {
    ...workspaceHandlers(workspace),
    ...recipientHandlers(workspace),
    ...importExportHandlers(workspace),
    ...templateHandlers(workspace),
    ...backupHandlers(workspace),
    ...campaignHandlers(workspace),
    ...exportHandlers(workspace, deps),
    ...senderHandlers(workspace),
    ...trackingHandlers(workspace),
  };
}

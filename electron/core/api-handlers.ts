import type { Handlers } from './dispatch';
import { backupHandlers } from './handlers/backup-handlers';
import { campaignHandlers } from './handlers/campaign-handlers';
import { importExportHandlers } from './handlers/import-export-handlers';
import { recipientHandlers } from './handlers/recipient-handlers';
import { templateHandlers } from './handlers/template-handlers';
import { workspaceHandlers } from './handlers/workspace-handlers';
import type { Workspace } from './workspace';

export { assertKnownCountry, countrySearchExtras } from './handlers/recipient-handlers';

/** Every operation of the contract, bound to one workspace. */
export function createHandlers(workspace: Workspace): Handlers {
  return {
    ...workspaceHandlers(workspace),
    ...recipientHandlers(workspace),
    ...importExportHandlers(workspace),
    ...templateHandlers(workspace),
    ...backupHandlers(workspace),
    ...campaignHandlers(workspace),
  };
}

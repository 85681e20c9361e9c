import { ApiFailure } from '../../../shared/api/errors';
import { languageSchema } from '../../../shared/recipients/schemas';
import { listCountries } from '../recipients/countries';
import type { HandlersFor } from '../api/handler-types';
import { encryptionOf } from '../security/workspace-encryption';
import { doctorReport } from './doctor';
import { getSetting, setSetting } from './settings-repo';
import type { Workspace } from './workspace';

export function workspaceHandlers(workspace: Workspace): HandlersFor<'workspace'> {
  return {
    'workspace.status': () => encryptionOf(workspace).workspaceStatus(),
    'workspace.startFresh': async () => {
      const { state } = workspace.status();
      if (state === 'ready') {
        throw new ApiFailure('conflict', 'The workspace is working normally; there is nothing to start afresh.');
      }
      // A locked workspace is not damaged: setting it aside would hide the user's data behind a fresh, empty one.
      if (state === 'locked') {
        throw new ApiFailure('conflict', 'The workspace is locked, not damaged: unlock it with its passphrase instead of starting afresh.');
      }
      const { keptFile } = await workspace.startFresh();
      return { status: workspace.status(), keptFile };
    },
    'workspace.doctor': () => doctorReport(workspace),
    'settings.get': () => {
      const parsed = languageSchema.safeParse(getSetting(workspace.db(), 'ui.language'));
      return { language: parsed.success ? parsed.data : null };
    },
    'settings.update': ({ language }) => {
      setSetting(workspace.db(), 'ui.language', language);
      return { language };
    },
    'countries.list': () => listCountries(),
  };
}

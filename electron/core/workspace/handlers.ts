import { ApiFailure } from '../../../shared/api/errors';
import { languageSchema } from '../../../shared/recipients/schemas';
import { dateStyleSchema, type Settings } from '../../../shared/workspace/contract';
import type { Db } from '../db/database';
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
    'settings.get': () => readSettings(workspace.db()),
    'settings.update': ({ language, dateStyle }) => {
      const db = workspace.db();
      db.transaction(() => {
        if (language !== undefined) setSetting(db, 'ui.language', language);
        if (dateStyle !== undefined) setSetting(db, 'ui.dateStyle', dateStyle);
      })();
      return readSettings(db);
    },
    'countries.list': () => listCountries(),
  };
}

/** Stored settings, each falling back to its default when absent or unreadable. */
function readSettings(db: Db): Settings {
  const language = languageSchema.safeParse(getSetting(db, 'ui.language'));
  const dateStyle = dateStyleSchema.safeParse(getSetting(db, 'ui.dateStyle'));
  return { language: language.success ? language.data : null, dateStyle: dateStyle.success ? dateStyle.data : 'letter' };
}

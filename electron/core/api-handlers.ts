import { ApiFailure } from '../../shared/api/errors';
import type { RecipientFields } from '../../shared/domain/recipient';
import { languageSchema } from '../../shared/domain/recipient';
import { countryNames, isKnownCountry, listCountries } from './countries';
import type { Handlers } from './dispatch';
import {
  createRecipient,
  deleteRecipient,
  getRecipient,
  listRecipients,
  listTags,
  updateRecipient,
  type SearchExtras,
} from './store/recipients-repo';
import { getSetting, setSetting } from './store/settings-repo';
import type { Workspace } from './workspace';

/** Country names in every language are indexed, so "Espagne" finds Spain's recipients. */
export const countrySearchExtras: SearchExtras = (fields) => {
  const names = countryNames(fields.countryCode);
  return names ? [names.en, names.es, names.fr] : [];
};

/** Checks what the schema cannot: the country must be one Letterdesk knows. */
export function assertKnownCountry(fields: RecipientFields, path: (string | number)[] = ['countryCode']): void {
  if (!isKnownCountry(fields.countryCode)) {
    throw new ApiFailure('invalid_input', `Please check the input: ${fields.countryCode} is not a known country.`, [
      { path, code: 'unknownCountry' },
    ]);
  }
}

function notFound(): never {
  throw new ApiFailure('not_found', 'That recipient no longer exists. It may have been deleted.');
}

export function createHandlers(workspace: Workspace): Handlers {
  return {
    'workspace.status': () => workspace.status(),
    'workspace.startFresh': async () => {
      if (workspace.status().state === 'ready') {
        throw new ApiFailure('conflict', 'The workspace is working normally; there is nothing to start afresh.');
      }
      const { keptFile } = await workspace.startFresh();
      return { status: workspace.status(), keptFile };
    },
    'settings.get': () => {
      const parsed = languageSchema.safeParse(getSetting(workspace.db(), 'ui.language'));
      return { language: parsed.success ? parsed.data : null };
    },
    'settings.update': ({ language }) => {
      setSetting(workspace.db(), 'ui.language', language);
      return { language };
    },
    'countries.list': () => listCountries(),
    'recipients.list': (query) => listRecipients(workspace.db(), query),
    'recipients.tags': () => listTags(workspace.db()),
    'recipients.get': ({ id }) => getRecipient(workspace.db(), id) ?? notFound(),
    'recipients.create': (fields) => {
      assertKnownCountry(fields);
      return createRecipient(workspace.db(), fields, countrySearchExtras);
    },
    'recipients.update': ({ id, fields }) => {
      assertKnownCountry(fields, ['fields', 'countryCode']);
      return updateRecipient(workspace.db(), id, fields, countrySearchExtras) ?? notFound();
    },
    'recipients.delete': ({ id }) => {
      if (!deleteRecipient(workspace.db(), id)) notFound();
      return { id };
    },
  };
}

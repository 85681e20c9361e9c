import { ApiFailure } from '../../../shared/api/errors';
import { countryNames, groupMembers, officeTitle } from './countries';
import type { HandlersFor } from '../api/handler-types';
import { csvHandlers } from './csv-handlers';
import { assertKnownCountry, countrySearchExtras, toStoreFilter, withOfficeType } from './recipient-rules';
import type { StoredFields } from './recipient-rows';
import { listRecipients, listTags } from './recipients-query';
import { createRecipient, deleteRecipient, getRecipient, retagRecipients, updateRecipient, writeRecipients } from './recipients-repo';
import { verifyRecipients } from './verify-recipients';
import type { Workspace } from '../workspace/workspace';
import type { Language } from '../../../shared/recipients/schemas';

/** Country codes in the order of their names in `language` ("Allemagne" before "Autriche" in French). */
function byCountryName(codes: readonly string[], language: Language): string[] {
  const compare = new Intl.Collator(language).compare;
  const name = (code: string) => countryNames(code)?.[language] ?? code;
  return [...codes].sort((a, b) => compare(name(a), name(b)));
}

function notFound(): never {
  throw new ApiFailure('not_found', 'That recipient no longer exists. It may have been deleted.');
}

export function recipientHandlers(workspace: Workspace): HandlersFor<'recipients'> {
  return { ...recordHandlers(workspace), ...csvHandlers(workspace) };
}

/** One recipient, the list, and bulk changes. */
function recordHandlers(workspace: Workspace): Omit<HandlersFor<'recipients'>, keyof ReturnType<typeof csvHandlers>> {
  return {
    'recipients.list': (query) => listRecipients(workspace.db(), { ...query, ...toStoreFilter(query) }),
    'recipients.tags': () => listTags(workspace.db()),
    'recipients.get': ({ id }) => getRecipient(workspace.db(), id) ?? notFound(),
    'recipients.create': (fields) => {
      assertKnownCountry(fields);
      return createRecipient(workspace.db(), withOfficeType(fields), countrySearchExtras);
    },
    'recipients.update': ({ id, fields }) => {
      assertKnownCountry(fields, ['fields', 'countryCode']);
      return updateRecipient(workspace.db(), id, withOfficeType(fields), countrySearchExtras) ?? notFound();
    },
    'recipients.delete': ({ id }) => {
      const db = workspace.db();
      if (db.prepare('SELECT 1 FROM drafts WHERE recipient_id = ? UNION SELECT 1 FROM contact_events WHERE recipient_id = ?').get(id, id)) {
        throw new ApiFailure(
          'conflict',
          'This recipient is part of a campaign and has outreach history, so it cannot be deleted. Edit it instead, or mark the office as to verify.',
        );
      }
      if (!deleteRecipient(db, id)) notFound();
      return { id };
    },
    'recipients.addGroupOffices': ({ group, officeType, tags, language }) => {
      const db = workspace.db();
      const existing = new Set(db.prepare('SELECT DISTINCT country_code FROM recipients WHERE office_type = ?').pluck().all(officeType) as string[]);
      const skipped: { countryCode: string; reason: string }[] = [];
      const create: StoredFields[] = [];
      // Created in the order of the country names the person reads: entries with no holder's name list in creation order.
      for (const countryCode of byCountryName(groupMembers(group), language)) {
        if (existing.has(countryCode)) {
          skipped.push({ countryCode, reason: 'already in the list' });
          continue;
        }
        create.push({
          countryCode,
          office: officeTitle(countryCode, officeType, 'unspecified', 'en'),
          officeType,
          name: '',
          gender: 'unspecified',
          email: '',
          postalAddress: '',
          language: 'en',
          tags,
          notes: '',
          verifiedOn: null,
          overrides: {},
        });
      }
      writeRecipients(db, { create }, countrySearchExtras, `Added ${officeType.replace(/_/g, ' ')} entries for ${create.length} ${group} countries`);
      return { created: create.length, skipped };
    },
    'recipients.retag': ({ ids, add, remove }) => ({
      updated: retagRecipients(workspace.db(), ids, add, remove, countrySearchExtras),
    }),
    'recipients.verify': (input) => verifyRecipients(workspace.db(), input),
  };
}

import type { RecipientFilter } from '../../../shared/api/contract';
import { ApiFailure } from '../../../shared/api/errors';
import type { RecipientFields } from '../../../shared/domain/recipient';
import { countryCodesMatching, countrySearchWords, groupMembers, isKnownCountry, officeTitle, recogniseOfficeType } from './countries';
import type { Handlers } from '../api/dispatch';
import type { StoredFields } from './recipient-rows';
import { listRecipients, listTags, type ListQuery } from './recipients-query';
import { createRecipient, deleteRecipient, getRecipient, retagRecipients, updateRecipient, writeRecipients, type SearchExtras } from './recipients-repo';
import type { Workspace } from '../workspace/workspace';

/** Country names in every language are indexed, so "Espagne" finds Spain's recipients. */
export const countrySearchExtras: SearchExtras = (fields) => countrySearchWords(fields.countryCode);

/** Checks what the schema cannot: the country must be one Letterdesk knows. */
export function assertKnownCountry(fields: RecipientFields, path: (string | number)[] = ['countryCode']): void {
  if (!isKnownCountry(fields.countryCode)) {
    throw new ApiFailure('invalid_input', `Please check the input: ${fields.countryCode} is not a known country.`, [{ path, code: 'unknownCountry' }]);
  }
}

/** The office type as chosen, or recognised from the title text ("Premier ministre" → head of government). */
export function withOfficeType(fields: RecipientFields): StoredFields {
  return { ...fields, officeType: fields.officeType ?? recogniseOfficeType(fields.office) };
}

/** The list filter as store terms: country, region and group become one set of country codes. */
export function toStoreFilter(filter: RecipientFilter): Omit<ListQuery, 'sortBy' | 'sortDir' | 'language' | 'offset' | 'limit'> {
  return {
    search: filter.search,
    tag: filter.tag,
    countryCodes: countryCodesMatching(filter),
    officeType: filter.officeType,
    recipientLanguage: filter.recipientLanguage,
    toVerify: filter.toVerify,
  };
}

function notFound(): never {
  throw new ApiFailure('not_found', 'That recipient no longer exists. It may have been deleted.');
}

type RecipientHandlers = Pick<
  Handlers,
  | 'recipients.list'
  | 'recipients.tags'
  | 'recipients.get'
  | 'recipients.create'
  | 'recipients.update'
  | 'recipients.delete'
  | 'recipients.addGroupOffices'
  | 'recipients.retag'
>;

export function recipientHandlers(workspace: Workspace): RecipientHandlers {
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
    'recipients.addGroupOffices': ({ group, officeType, tags }) => {
      const db = workspace.db();
      const existing = new Set(db.prepare('SELECT DISTINCT country_code FROM recipients WHERE office_type = ?').pluck().all(officeType) as string[]);
      const skipped: { countryCode: string; reason: string }[] = [];
      const create: StoredFields[] = [];
      for (const countryCode of groupMembers(group)) {
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
  };
}

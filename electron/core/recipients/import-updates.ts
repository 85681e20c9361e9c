import { dedupeTags, type Recipient, type RecipientFields } from '../../../shared/recipients/schemas';
import type { ImportChange } from '../../../shared/recipients/contract';
import { recogniseOffice } from '../../../shared/protocol';
import { mergeForUpdate, SINGLE_OFFICES, type ImportRow, type PlannedUpdate } from './csv';
import type { StoredFields } from './recipient-rows';
import { withOfficeType } from './recipient-rules';

/*
 * What an import stores for the rows it updates and creates, and what each
 * update changes (old and new, for the preview): one function for both, so
 * the preview shows what the commit writes.
 */

/** The import's own tags ("from the partner CSV") added to a row's, once each. */
function withTags(fields: RecipientFields, tags: readonly string[]): RecipientFields {
  return tags.length === 0 ? fields : { ...fields, tags: dedupeTags([...fields.tags, ...tags]) };
}

/** The fields a new recipient from `row` is stored with. */
export function createdFields(row: ImportRow, tags: readonly string[]): StoredFields {
  return withOfficeType(withTags(row.fields, tags));
}

/**
 * The fields the recipient `row` matched is stored with. Blank cells keep
 * what is stored (mergeForUpdate). A new office title means its type is
 * recognised again, unless the person chose it in the preview. A row naming
 * the office the entry holds, of a kind a country has one of ("Primera
 * ministra de Francia" for "Prime Minister", or an entry matched by country
 * and office type), keeps the entry's title and type: the file names the
 * same office, perhaps in another language.
 */
export function updatedFields(current: Recipient | undefined, row: PlannedUpdate, tags: readonly string[]): StoredFields {
  const understood = row.fields.officeType ?? recogniseOffice(row.fields.office);
  const sameOffice = row.matchedBy === 'office' || (current !== undefined && SINGLE_OFFICES.has(current.officeType) && understood === current.officeType);
  const source = sameOffice ? { ...row, provided: row.provided.filter((f) => f !== 'office' && f !== 'officeType') } : row;
  const merged = withTags(mergeForUpdate(current ?? {}, source), tags);
  if (!sameOffice) {
    if (row.officeTypeChosen) merged.officeType = row.fields.officeType;
    else if (row.provided.includes('office')) merged.officeType = undefined;
  }
  return withOfficeType(merged);
}

const byTag = new Intl.Collator('en', { sensitivity: 'base' }).compare;

const COMPARED = ['name', 'office', 'officeType', 'gender', 'email', 'postalAddress', 'language', 'tags', 'notes', 'verifiedOn'] as const;

function shown(fields: Pick<StoredFields, (typeof COMPARED)[number]>, field: (typeof COMPARED)[number]): string {
  const value = fields[field];
  // Tags are a set: compared and shown in one order.
  if (Array.isArray(value)) return [...value].sort(byTag).join(', ');
  return value ?? '';
}

/** Each field an update changes, old and new, as text ("" for none; tags joined by ", "). */
export function changesOf(before: Recipient | undefined, after: StoredFields): ImportChange[] {
  const changes: ImportChange[] = [];
  for (const field of COMPARED) {
    const old = before ? shown(before, field) : '';
    const next = shown(after, field);
    if (old !== next) changes.push({ field, before: old, after: next });
  }
  return changes;
}

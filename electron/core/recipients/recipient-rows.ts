import type { OfficeType, Recipient, RecipientFields } from '../../../shared/recipients/schemas';
import { needsVerification } from '../../../shared/protocol/verification';
import { foldForSearch } from '../../../shared/text/fold';

/** A recipient's fields once its office type is known. */
export type StoredFields = RecipientFields & { officeType: OfficeType };

/** A row of `recipients`, with its tags joined by TAG_SEPARATOR. */
export interface RecipientRow {
  seq: number;
  id: string;
  country_code: string;
  office: string;
  office_type: OfficeType;
  name: string;
  gender: Recipient['gender'];
  email: string;
  postal_address: string;
  language: Recipient['language'];
  notes: string;
  verified_on: string | null;
  honorific_override: string | null;
  full_title_override: string | null;
  address_block_override: string | null;
  salutation_override: string | null;
  close_override: string | null;
  created_at: string;
  updated_at: string;
  tags: string | null;
}

// Tags are joined with a unit separator, which tagSchema never lets through.
export const TAG_SEPARATOR = '\u001f';

export const SELECT_RECIPIENT = `
  SELECT r.*, (SELECT group_concat(t.tag, char(31)) FROM recipient_tags t WHERE t.recipient_id = r.id) AS tags
  FROM recipients r`;

const orUndefined = (value: string | null) => value ?? undefined;

export function toRecipient(row: RecipientRow, today = new Date()): Recipient {
  return {
    id: row.id,
    countryCode: row.country_code,
    office: row.office,
    officeType: row.office_type,
    name: row.name,
    gender: row.gender,
    email: row.email,
    postalAddress: row.postal_address,
    language: row.language,
    tags: row.tags ? row.tags.split(TAG_SEPARATOR).sort((a, b) => a.localeCompare(b)) : [],
    notes: row.notes,
    verifiedOn: row.verified_on,
    overrides: {
      honorific: orUndefined(row.honorific_override),
      fullTitle: orUndefined(row.full_title_override),
      addressBlock: orUndefined(row.address_block_override),
      salutation: orUndefined(row.salutation_override),
      complimentaryClose: orUndefined(row.close_override),
    },
    toVerify: row.name === '' || needsVerification(row.verified_on, today),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The columns a create or an edit sets, in the order of columnValues. */
const WRITTEN_COLUMNS = [
  'country_code',
  'office',
  'office_type',
  'name',
  'name_key',
  'gender',
  'email',
  'postal_address',
  'language',
  'notes',
  'verified_on',
  'honorific_override',
  'full_title_override',
  'address_block_override',
  'salutation_override',
  'close_override',
] as const;

/**
 * The values of WRITTEN_COLUMNS, in order. Positional, not named: binding 16
 * named parameters costs better-sqlite3 a lookup by name for each one, about
 * 7 % of a 100,000-row insert.
 */
export function columnValues(fields: StoredFields): (string | null)[] {
  return [
    fields.countryCode,
    fields.office,
    fields.officeType,
    fields.name,
    foldForSearch(fields.name),
    fields.gender,
    fields.email,
    fields.postalAddress,
    fields.language,
    fields.notes,
    fields.verifiedOn,
    fields.overrides.honorific || null,
    fields.overrides.fullTitle || null,
    fields.overrides.addressBlock || null,
    fields.overrides.salutation || null,
    fields.overrides.complimentaryClose || null,
  ];
}

/** Parameters: id, columnValues, created_at, updated_at. */
export const INSERT_RECIPIENT_SQL = `INSERT INTO recipients (id, ${WRITTEN_COLUMNS.join(', ')}, created_at, updated_at)
  VALUES (?, ${WRITTEN_COLUMNS.map(() => '?').join(', ')}, ?, ?)`;
/** Parameters: columnValues, updated_at, id. */
export const UPDATE_RECIPIENT_SQL = `UPDATE recipients SET ${WRITTEN_COLUMNS.map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`;

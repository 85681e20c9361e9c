import { recogniseOffice, type OfficeType } from '../../../../shared/protocol';
import { recipientFieldsSchema, type Recipient, type RecipientFields } from '../../../../shared/recipients/schemas';
import { foldForSearch } from '../../../../shared/text/fold';
import type { ConvertedRows, ImportRow, SkippedRow } from './convert-rows';

/*
 * What an import would do, worked out without touching the database: the
 * existing recipients come in as a lookup, so the caller can build it, plan
 * and write in one transaction (and a dry run stops after planning).
 */

/** Existing recipients by the keys below; each returns the recipient's id. */
export interface RecipientLookup {
  byEmail(key: string): string | undefined;
  byIdentity(key: string): string | undefined;
  /**
   * For an office a country has one of: the entry of this country and office
   * type held by `name` (whatever language its title is in), else one with no
   * holder's name ("Prime Minister of France", holder to verify).
   */
  byOffice(countryCode: string, officeType: OfficeType, name: string): string | undefined;
  /** The entry has no holder's name. */
  isVacant(id: string): boolean;
}

/** Office types a country has one of: an entry of such a type with no holder is that office, whatever its title says. */
export const SINGLE_OFFICES: ReadonlySet<OfficeType> = new Set(['head_of_state', 'head_of_government', 'foreign_minister', 'speaker_of_parliament']);
const officeKey = (countryCode: string, officeType: OfficeType) => `${countryCode.trim().toUpperCase()}\u001f${officeType}`;

/** Emails compare without case or surrounding spaces. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** Country + office + name, ignoring case, accents and runs of spaces. */
export function identityKey(countryCode: string, office: string, name: string): string {
  return identityKeys()(countryCode, office, name);
}

/** identityKey for many rows: offices repeat ("Prime Minister"), so each is folded once. */
function identityKeys(): typeof identityKey {
  const offices = new Map<string, string>();
  return (countryCode, office, name) => {
    let folded = offices.get(office);
    if (folded === undefined) {
      folded = looseText(office);
      offices.set(office, folded);
    }
    return `${countryCode.trim().toUpperCase()}\u001f${folded}\u001f${looseText(name)}`;
  };
}

function looseText(text: string): string {
  // Plain ASCII needs only lower case; foldForSearch normalises, which costs
  // more, and this runs for every row of the file and of the store.
  const folded = /^[\x20-\x7e]*$/.test(text) ? text.toLowerCase() : foldForSearch(text);
  return /\s\s|[^\S ]|^\s|\s$/.test(folded) ? folded.replace(/\s+/g, ' ').trim() : folded;
}

export type ExistingRecipientKeys = Pick<Recipient, 'id' | 'countryCode' | 'office' | 'name' | 'email'> & { officeType?: OfficeType };

/**
 * A lookup over recipients held in memory: `SELECT id, country_code, office,
 * office_type, name, email FROM recipients` is enough (without office_type
 * it is recognised from the title). With duplicates, the first one wins.
 */
export function recipientLookup(existing: Iterable<ExistingRecipientKeys>): RecipientLookup {
  const emails = new Map<string, string>();
  const identities = new Map<string, string>();
  // Office key + holder's name ("" for none) → id, for offices a country has one of.
  const offices = new Map<string, string>();
  const vacantIds = new Set<string>();
  const keyOf = identityKeys();
  for (const r of existing) {
    if (r.name === '') vacantIds.add(r.id);
    const type = r.officeType ?? recogniseOffice(r.office);
    if (SINGLE_OFFICES.has(type)) {
      const key = `${officeKey(r.countryCode, type)}\u001f${looseText(r.name)}`;
      if (!offices.has(key)) offices.set(key, r.id);
    }
    if (r.email.trim() !== '') {
      const key = emailKey(r.email);
      if (!emails.has(key)) emails.set(key, r.id);
    }
    const key = keyOf(r.countryCode, r.office, r.name);
    if (!identities.has(key)) identities.set(key, r.id);
  }
  return {
    byEmail: (key) => emails.get(key),
    byIdentity: (key) => identities.get(key),
    byOffice: (countryCode, officeType, name) => {
      if (!SINGLE_OFFICES.has(officeType)) return undefined;
      const key = officeKey(countryCode, officeType);
      return offices.get(`${key}\u001f${looseText(name)}`) ?? offices.get(`${key}\u001f`);
    },
    isVacant: (id) => vacantIds.has(id),
  };
}

export interface PlannedUpdate extends ImportRow {
  /** Id of the existing recipient to update. */
  id: string;
  /** "office": the entry of the same country and office type, held by the same name or by no one (the row then fills it). */
  matchedBy: 'email' | 'identity' | 'office';
  /** The existing entry has no holder's name and the row gives one. */
  fillsHolder: boolean;
}

export interface ImportPlan {
  create: ImportRow[];
  update: PlannedUpdate[];
  /** Rows not imported, by line: invalid rows and duplicates. */
  skip: SkippedRow[];
  counts: { create: number; update: number; skip: number };
}

/**
 * Sorts rows into create, update and skip. A row matches an existing
 * recipient by email first, else by country + office + name, else (for an
 * office a country has one of) by country + office type + name, whatever
 * language the titles are in, else an entry of its country and office type
 * with no holder's name: the row fills that holder instead of adding a
 * second "Prime Minister of France". Within the file,
 * the first row wins: a later one with the same email, the same country +
 * office + name, or that matches the same existing recipient is skipped.
 */
export function planImport(converted: ConvertedRows, lookup: RecipientLookup): ImportPlan {
  const create: ImportRow[] = [];
  const update: PlannedUpdate[] = [];
  const duplicates: SkippedRow[] = [];
  const emailLines = new Map<string, number>();
  const identityLines = new Map<string, number>();
  const idLines = new Map<string, number>();
  const keyOf = identityKeys();
  const duplicate = (row: ImportRow, of: number, why: string) =>
    duplicates.push({ line: row.line, code: 'duplicate', duplicateOf: of, message: `line ${row.line}: duplicate of line ${of} (${why})` });

  for (const row of converted.rows) {
    const { countryCode, office, name, email } = row.fields;
    const eKey = email === '' ? undefined : emailKey(email);
    const iKey = keyOf(countryCode, office, name);
    const sameEmail = eKey === undefined ? undefined : emailLines.get(eKey);
    if (sameEmail !== undefined) {
      duplicate(row, sameEmail, 'same email');
      continue;
    }
    const sameIdentity = identityLines.get(iKey);
    if (sameIdentity !== undefined) {
      duplicate(row, sameIdentity, 'same country, office and name');
      continue;
    }
    let id = eKey === undefined ? undefined : lookup.byEmail(eKey);
    let matchedBy: PlannedUpdate['matchedBy'] = id === undefined ? 'identity' : 'email';
    id ??= lookup.byIdentity(iKey);
    if (id === undefined) {
      id = lookup.byOffice(countryCode, row.fields.officeType ?? recogniseOffice(office), name);
      matchedBy = 'office';
    }
    const sameExisting = id === undefined ? undefined : idLines.get(id);
    if (sameExisting !== undefined) {
      duplicate(row, sameExisting, 'both match the same existing recipient');
      continue;
    }
    if (eKey !== undefined) emailLines.set(eKey, row.line);
    identityLines.set(iKey, row.line);
    if (id === undefined) {
      create.push(row);
    } else {
      idLines.set(id, row.line);
      update.push({ ...row, id, matchedBy, fillsHolder: name !== '' && lookup.isVacant(id) });
    }
  }

  const skip = [...converted.skipped, ...duplicates].sort((a, b) => a.line - b.line);
  return { create, update, skip, counts: { create: create.length, update: update.length, skip: skip.length } };
}

// Every key of the schema, so fields the CSV does not carry are kept too.
const FIELD_KEYS = Object.keys(recipientFieldsSchema.shape) as (keyof RecipientFields)[];

/**
 * The fields to store for an update: cells left blank in the file keep the
 * existing value, so a file without emails, or a blank language cell (which
 * would mean English for a new recipient), erases nothing. Fields that are
 * not CSV columns are kept from `existing` (a stored Recipient will do; keys
 * that are not recipient fields, such as id, are left out).
 */
export function mergeForUpdate(existing: { readonly [K in keyof RecipientFields]?: unknown }, row: ImportRow): RecipientFields {
  const provided = new Set<string>(row.provided);
  const merged: Partial<Record<keyof RecipientFields, unknown>> = {};
  for (const key of FIELD_KEYS) {
    const value = provided.has(key) || existing[key] === undefined ? row.fields[key] : existing[key];
    if (value !== undefined) merged[key] = Array.isArray(value) ? [...value] : value;
  }
  // Each value comes from a RecipientFields (the row's, or the stored one's).
  return merged as RecipientFields;
}

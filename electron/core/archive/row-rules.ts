import { createHash } from 'node:crypto';
import * as z from 'zod';
import { ApiFailure } from '../../../shared/api/errors';
import { VALIDATION_MESSAGES_EN } from '../../../shared/api/messages';
import { campaignFieldsSchema } from '../../../shared/campaigns/schemas';
import { factFieldsSchema } from '../../../shared/facts/schemas';
import { letterDocumentSchema } from '../../../shared/letter/document';
import { idSchema, recipientFieldsSchema, tagSchema } from '../../../shared/recipients/schemas';
import { endorserFieldsSchema, organisationPatchSchema, signerFieldsSchema } from '../../../shared/senders/schemas';
import type { ImagePurpose } from '../../../shared/senders/schemas';
import { templateFieldsSchema } from '../../../shared/templates/schemas';
import { eventFieldsSchema } from '../../../shared/tracking/schemas';
import { isKnownCountry } from '../recipients/countries';
import { IMAGE_MAX_SIDE, inspectImage } from '../senders/images';
import { prepareAttachment } from '../tracking/attachments';
import type { Row } from './merge-rules';

/*
 * The rules a row of each table must keep, the same as the API's: the
 * domain zod schemas of shared/ (fields, links, letter documents), known
 * countries, and for stored files the checks their upload passed (first
 * bytes, format, size, hash). An archive's rows are checked with these
 * before anything is merged (check-rows.ts); a row of ours always passes.
 * Stored images are never encoded again here, only refused when the API
 * would have refused them.
 */

/** One broken rule of one row: the column and why, in plain English. */
export interface FieldProblem {
  field: string;
  reason: string;
}

type RowRule = (row: Row) => FieldProblem[] | Promise<FieldProblem[]>;

/** An API field and the column it is stored in; `optional` columns hold NULL for "not set". */
type FieldMap = readonly (readonly [field: string, column: string, optional?: 'optional'])[];

const fieldProblem = (issue: z.core.$ZodIssue, value: unknown): string => {
  if (issue.code === 'invalid_type') return 'is not of the right type';
  if (issue.code === 'too_big' && typeof value === 'string') return `is too long (${value.length.toLocaleString('en')} characters, at most ${issue.maximum})`;
  if (issue.code === 'too_big' || issue.code === 'too_small') return 'is out of range';
  return VALIDATION_MESSAGES_EN[issue.message] ?? VALIDATION_MESSAGES_EN.invalid;
};

/** Parses the row's columns as the API's input `schema` would receive them. */
function fields(schema: z.ZodType, map: FieldMap): RowRule {
  return (row) => {
    const input: Record<string, unknown> = {};
    for (const [field, column, optional] of map) {
      const value = row[column] === null && optional ? undefined : row[column];
      const [head, tail] = field.split('.');
      if (tail) input[head] = { ...(input[head] as object | undefined), [tail]: value };
      else input[head] = value;
    }
    const parsed = schema.safeParse(input);
    if (parsed.success) return [];
    return parsed.error.issues.map((issue) => {
      const field = issue.path.join('.');
      const column = map.find(([f]) => f === field)?.[1] ?? map.find(([f]) => f === String(issue.path[0]))?.[1] ?? field;
      return { field: column, reason: fieldProblem(issue, row[column]) };
    });
  };
}

/** Text of at most `max` characters (columns no API schema covers: settings, the activity log). */
function texts(limits: Record<string, number>): RowRule {
  return (row) =>
    Object.entries(limits).flatMap(([column, max]) => {
      const value = row[column];
      if (typeof value !== 'string') return [{ field: column, reason: 'is not text' }];
      return value.length > max ? [{ field: column, reason: `is too long (${value.length.toLocaleString('en')} characters, at most ${max})` }] : [];
    });
}

function country(column: string, nullable = false): RowRule {
  return (row) => {
    const code = row[column];
    if (nullable && (code === null || code === '')) return [];
    return typeof code === 'string' && isKnownCountry(code) ? [] : [{ field: column, reason: VALIDATION_MESSAGES_EN.unknownCountry }];
  };
}

/** Why stored document text is not a letter document Letterdesk could open, or null when it is one. */
export function documentProblem(text: unknown): string | null {
  if (typeof text !== 'string') return 'is not text';
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 'is not JSON';
  }
  try {
    return letterDocumentSchema.safeParse(json).success ? null : 'is not a letter document Letterdesk writes (a node, a link or a field it never stores)';
  } catch {
    // A document nested deeper than the stack: nothing the editor writes.
    return 'is not a letter document Letterdesk writes (nested too deep)';
  }
}

function documents(columns: readonly string[], nullable: boolean): RowRule {
  return (row) =>
    columns.flatMap((column) => {
      if (nullable && row[column] === null) return [];
      const reason = documentProblem(row[column]);
      return reason ? [{ field: column, reason }] : [];
    });
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const failureText = (error: unknown) => (error instanceof ApiFailure ? error.message : 'could not be read');

async function image(row: Row): Promise<FieldProblem[]> {
  const data = row.data;
  if (!Buffer.isBuffer(data)) return [{ field: 'data', reason: 'is not a file' }];
  let header;
  try {
    header = await inspectImage(data);
  } catch (error) {
    return [{ field: 'data', reason: failureText(error) }];
  }
  const problems: FieldProblem[] = [];
  if (row.mime !== `image/${header.type}`) problems.push({ field: 'mime', reason: `says ${String(row.mime)}, the file is ${header.type.toUpperCase()}` });
  if (row.width !== header.width || row.height !== header.height) problems.push({ field: 'width', reason: 'does not match the image' });
  const maxSide = IMAGE_MAX_SIDE[row.purpose as ImagePurpose] ?? 0;
  if (Math.max(header.width, header.height) > maxSide) problems.push({ field: 'data', reason: `is larger than Letterdesk stores (${maxSide} pixels a side)` });
  if (row.sha256 !== sha256(data)) problems.push({ field: 'sha256', reason: 'does not match the file' });
  return problems;
}

function attachment(row: Row): FieldProblem[] {
  const data = row.data;
  if (!Buffer.isBuffer(data)) return [{ field: 'data', reason: 'is not a file' }];
  let prepared;
  try {
    prepared = prepareAttachment(typeof row.file_name === 'string' ? row.file_name : '', data);
  } catch (error) {
    return [{ field: 'data', reason: failureText(error) }];
  }
  const problems = texts({ file_name: 255 })(row) as FieldProblem[];
  if (row.mime !== prepared.mime) problems.push({ field: 'mime', reason: `says ${String(row.mime)}, the file is ${prepared.mime}` });
  if (row.size !== data.length) problems.push({ field: 'size', reason: 'does not match the file' });
  if (row.sha256 !== prepared.sha256) problems.push({ field: 'sha256', reason: 'does not match the file' });
  return problems;
}

const all =
  (...rules: RowRule[]): RowRule =>
  async (row) =>
    (await Promise.all(rules.map((rule) => rule(row)))).flat();

const recipientFields: FieldMap = [
  ['countryCode', 'country_code'],
  ['office', 'office'],
  ['officeType', 'office_type'],
  ['name', 'name'],
  ['gender', 'gender'],
  ['email', 'email'],
  ['postalAddress', 'postal_address'],
  ['language', 'language'],
  ['notes', 'notes'],
  ['verifiedOn', 'verified_on'],
  ['overrides.honorific', 'honorific_override', 'optional'],
  ['overrides.fullTitle', 'full_title_override', 'optional'],
  ['overrides.addressBlock', 'address_block_override', 'optional'],
  ['overrides.salutation', 'salutation_override', 'optional'],
  ['overrides.complimentaryClose', 'close_override', 'optional'],
];

/** The rules of each table, besides the id every row must have (a UUID). */
export const ROW_RULES: Readonly<Record<string, RowRule>> = {
  settings: texts({ key: 200, value: 10_000 }),
  images: image,
  organisation: fields(organisationPatchSchema, [
    ['name', 'name'],
    ['address', 'address'],
    ['contacts', 'contacts'],
    ['paperSize', 'paper_size'],
    ['place', 'place'],
  ]),
  signers: fields(signerFieldsSchema, [
    ['name', 'name'],
    ['title', 'title'],
  ]),
  endorsers: all(
    fields(endorserFieldsSchema, [
      ['name', 'name'],
      ['countryCode', 'country_code'],
      ['status', 'status'],
    ]),
    country('country_code', true),
  ),
  recipients: all(fields(recipientFieldsSchema, recipientFields), country('country_code')),
  recipient_tags: fields(z.strictObject({ tag: tagSchema }), [['tag', 'tag']]),
  facts: fields(factFieldsSchema, [
    ['label', 'label'],
    ['text', 'text'],
    ['sourceName', 'source_name'],
    ['sourceUrl', 'source_url'],
    ['asOf', 'as_of'],
    ['staleAfterDays', 'stale_after_days'],
  ]),
  templates: fields(templateFieldsSchema, [
    ['name', 'name'],
    ['kind', 'kind'],
    ['defaultLanguage', 'default_language'],
    ['paperSize', 'paper_size'],
  ]),
  template_variants: all(texts({ title: 300 }), documents(['document'], false)),
  campaigns: fields(campaignFieldsSchema.pick({ name: true, letterDate: true, referencePrefix: true, noReplyDays: true }), [
    ['name', 'name'],
    ['letterDate', 'letter_date'],
    ['referencePrefix', 'reference_prefix'],
    ['noReplyDays', 'no_reply_days'],
  ]),
  drafts: all(texts({ reference: 100 }), documents(['edited_document', 'base_document'], true)),
  contact_events: fields(eventFieldsSchema.pick({ occurredOn: true, reference: true, note: true, dueOn: true }), [
    ['occurredOn', 'occurred_on'],
    ['reference', 'reference'],
    ['note', 'note'],
    ['dueOn', 'due_on'],
  ]),
  attachments: attachment,
  activity_log: texts({ action: 100, entity_type: 100, summary: 10_000 }),
};

/** Every row: a UUID for its id, as the API's ids are. */
export function idProblems(row: Row): FieldProblem[] {
  return idSchema.safeParse(row.id).success ? [] : [{ field: 'id', reason: VALIDATION_MESSAGES_EN.invalidId }];
}

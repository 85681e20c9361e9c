import { countryNames } from '../recipients/countries';

/*
 * How each table of a workspace merges. Every row has an id (UUIDv7) and
 * created_at/updated_at; the general rule is by id, the newer updated_at
 * wins. What needs more is said here:
 *
 * - sameRowWhen: columns that name the same thing in two workspaces even
 *   under different ids (the one organisation row, a setting's key, the
 *   Spanish text of a template, one recipient's draft in a campaign, an
 *   example template). Such rows are matched, and rows that point at theirs
 *   are pointed at ours.
 * - appendOnly: history (activity log, contact events, attachments) is never
 *   changed; it merges as a union by id.
 * - ownedBy: rows rewritten with their parent on every save (new ids each
 *   time): they follow their parent's outcome as a whole set.
 *
 * The order is the foreign-key order: every table comes after the tables it
 * points at. A table the rules do not know is refused (tests/unit/archive
 * fails first), so a new migration cannot be silently left out of merges.
 */

export type Row = Record<string, unknown>;
/** Looks up a row of the archive (for labels that need a parent's name). */
export type Lookup = (table: string, id: unknown) => Row | undefined;

export interface TableRule {
  table: string;
  /** "Recipient", "Template"…: what one row is, for the report. */
  noun: string;
  sameRowWhen?: readonly (readonly string[])[];
  appendOnly?: boolean;
  ownedBy?: { table: string; column: string };
  /** The row in a few words, without the noun: "'Ana Pérez' (Chile)". */
  label(row: Row, lookup: Lookup): string;
}

const text = (value: unknown, max = 60): string => {
  const s = typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
};
const quoted = (value: unknown) => `'${text(value)}'`;
const country = (code: unknown) => (typeof code === 'string' ? (countryNames(code)?.en ?? code) : '');

export const TABLE_RULES: readonly TableRule[] = [
  { table: 'settings', noun: 'Setting', sameRowWhen: [['key']], label: (r) => quoted(r.key) },
  { table: 'images', noun: 'Image', label: (r) => `(${text(r.purpose)}, ${text(r.width)}×${text(r.height)})` },
  { table: 'organisation', noun: 'Organisation details', sameRowWhen: [['singleton']], label: (r) => quoted(r.name) },
  { table: 'signers', noun: 'Signer', label: (r) => quoted(r.name) },
  { table: 'endorsers', noun: 'Endorsing organisation', label: (r) => quoted(r.name) },
  {
    table: 'recipients',
    noun: 'Recipient',
    label: (r) => `${quoted(r.name || r.office)} (${country(r.country_code)})`,
  },
  { table: 'recipient_tags', noun: 'Tag', ownedBy: { table: 'recipients', column: 'recipient_id' }, label: (r) => quoted(r.tag) },
  { table: 'facts', noun: 'Fact', label: (r) => quoted(r.label) },
  { table: 'templates', noun: 'Template', sameRowWhen: [['example_key']], label: (r) => quoted(r.name) },
  {
    table: 'template_variants',
    noun: 'Template text',
    sameRowWhen: [['template_id', 'language']],
    label: (r, lookup) => `${quoted(lookup('templates', r.template_id)?.name ?? '?')} (${text(r.language)})`,
  },
  { table: 'campaigns', noun: 'Campaign', label: (r) => quoted(r.name) },
  {
    table: 'campaign_signers',
    noun: 'Campaign signer',
    ownedBy: { table: 'campaigns', column: 'campaign_id' },
    label: (r, lookup) => quoted(lookup('signers', r.signer_id)?.name),
  },
  {
    table: 'campaign_endorsers',
    noun: 'Campaign endorser',
    ownedBy: { table: 'campaigns', column: 'campaign_id' },
    label: (r, lookup) => quoted(lookup('endorsers', r.endorser_id)?.name),
  },
  {
    table: 'drafts',
    noun: 'Draft',
    sameRowWhen: [['campaign_id', 'recipient_id']],
    label: (r, lookup) => {
      const recipient = lookup('recipients', r.recipient_id);
      return `${text(r.reference)} to ${quoted(recipient?.name || recipient?.office)} (${country(recipient?.country_code)})`;
    },
  },
  {
    table: 'contact_events',
    noun: 'Contact event',
    appendOnly: true,
    label: (r, lookup) => `${text(r.kind)} on ${text(r.occurred_on)} for ${quoted(lookup('recipients', r.recipient_id)?.name)}`,
  },
  { table: 'attachments', noun: 'Attachment', appendOnly: true, label: (r) => quoted(r.file_name) },
  { table: 'activity_log', noun: 'Activity log entry', appendOnly: true, label: (r) => quoted(r.summary) },
];

/** Tables rebuilt from the others rather than merged: the recipients' full-text index. */
export const REBUILT_TABLES = /^recipients_fts($|_)/;

import type { AttachmentInfo, ContactEvent } from '../../../shared/tracking/schemas';
import type { ChaserLink } from '../../../shared/tracking/derive-status';
import type { TrackedEvent } from '../../../shared/tracking/events';
import type { Channel, EventKind, Outcome } from '../../../shared/tracking/kinds';
import type { Db } from '../db/database';
import { newId, nowIso } from '../db/ids';
import { attachmentsByEvent } from './attachments';

/*
 * Reading and appending contact events. The table is append-only (triggers
 * refuse UPDATE and DELETE); corrections are new rows, see
 * shared/tracking/events.ts.
 */

export interface EventFilter {
  campaignId?: string;
  recipientId?: string;
  countryCode?: string;
}

interface EventRow {
  id: string;
  campaign_id: string | null;
  campaign_name: string | null;
  recipient_id: string;
  recipient_name: string;
  office: string;
  country_code: string;
  kind: EventKind;
  occurred_on: string;
  channel: Channel | null;
  reference: string;
  note: string;
  due_on: string | null;
  outcome: Outcome | null;
  supersedes_id: string | null;
  retracts: number;
  created_at: string;
}

/** SQL condition (on contact_events e and recipients r) and its parameters. */
export function eventWhere(filter: EventFilter): { where: string; params: string[] } {
  const clauses: [string, string | undefined][] = [
    ['e.campaign_id = ?', filter.campaignId],
    ['e.recipient_id = ?', filter.recipientId],
    ['r.country_code = ?', filter.countryCode],
  ];
  const used = clauses.filter((c): c is [string, string] => c[1] !== undefined);
  return { where: used.length > 0 ? used.map((c) => c[0]).join(' AND ') : '1', params: used.map((c) => c[1]) };
}

const EVENT_COLUMNS = `e.id, e.campaign_id, c.name AS campaign_name, e.recipient_id, r.name AS recipient_name, r.office, r.country_code,
  e.kind, e.occurred_on, e.channel, e.reference, e.note, e.due_on, e.outcome, e.supersedes_id, e.retracts, e.created_at
  FROM contact_events e JOIN recipients r ON r.id = e.recipient_id LEFT JOIN campaigns c ON c.id = e.campaign_id`;

function toContactEvent(row: EventRow, supersededBy: string | null, attachments: AttachmentInfo[]): ContactEvent {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    campaignName: row.campaign_name,
    recipientId: row.recipient_id,
    recipientName: row.recipient_name,
    office: row.office,
    countryCode: row.country_code,
    kind: row.kind,
    occurredOn: row.occurred_on,
    channel: row.channel,
    reference: row.reference,
    note: row.note,
    dueOn: row.due_on,
    outcome: row.outcome,
    supersedesId: row.supersedes_id,
    retracts: row.retracts === 1,
    supersededBy,
    effective: row.retracts !== 1 && supersededBy === null,
    attachments: row.retracts === 1 ? [] : attachments,
    createdAt: row.created_at,
  };
}

/** How far back "a correction without files keeps those of the event it corrects" looks. */
const MAX_FILE_DEPTH = 100;

/** The log for a filter, oldest first (by occurred_on, then when recorded), every row included and marked. */
export function listEvents(db: Db, filter: EventFilter): ContactEvent[] {
  const { where, params } = eventWhere(filter);
  const rows = db.prepare(`SELECT ${EVENT_COLUMNS} WHERE ${where} ORDER BY e.occurred_on, e.created_at, e.id`).all(...params) as EventRow[];
  const files = attachmentsByEvent(db, where, params);
  // Corrections stay within their campaign and recipient, so every filter sees both ends of a link.
  const supersededBy = new Map<string, string>();
  for (const row of rows) if (row.supersedes_id !== null && !supersededBy.has(row.supersedes_id)) supersededBy.set(row.supersedes_id, row.id);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const filesOf = (row: EventRow, depth = 0): AttachmentInfo[] => {
    const own = files.get(row.id);
    if (own) return own;
    // A correction without files of its own keeps those of the event it corrects.
    const previous = row.supersedes_id !== null && !row.retracts ? byId.get(row.supersedes_id) : undefined;
    return previous && depth < MAX_FILE_DEPTH ? filesOf(previous, depth + 1) : [];
  };
  return rows.map((row) => toContactEvent(row, supersededBy.get(row.id) ?? null, row.retracts === 1 ? [] : filesOf(row)));
}

/**
 * One event as listEvents gives it, reading only that row, the first row
 * that superseded it (if any) and, for a correction without files of its
 * own, the rows it corrects up to the first with files: not the recipient's
 * whole history.
 */
export function getEvent(db: Db, id: string): ContactEvent | undefined {
  const byId = db.prepare(`SELECT ${EVENT_COLUMNS} WHERE e.id = ?`);
  const row = byId.get(id) as EventRow | undefined;
  if (!row) return undefined;
  // The first in the log's order, as listEvents picks it.
  const supersededBy =
    (db.prepare('SELECT id FROM contact_events WHERE supersedes_id = ? ORDER BY occurred_on, created_at, id LIMIT 1').pluck().get(id) as string | undefined) ??
    null;
  let files: AttachmentInfo[] = [];
  let current = row.retracts === 1 ? undefined : row;
  for (let depth = 0; current !== undefined; depth++) {
    const own = attachmentsByEvent(db, 'e.id = ?', [current.id]).get(current.id);
    if (own) {
      files = own;
      break;
    }
    current =
      current.supersedes_id !== null && current.retracts !== 1 && depth < MAX_FILE_DEPTH
        ? (byId.get(current.supersedes_id) as EventRow | undefined)
        : undefined;
  }
  return toContactEvent(row, supersededBy, files);
}

/**
 * What the status derivation needs, and nothing more, for speed: no notes,
 * no joins. Rows come as arrays (better-sqlite3 raw mode). A "drafted" row
 * with a reference is the marker drafting a chaser leaves in the original's
 * history (a letter's own "drafted" row has none, see campaigns-repo.ts).
 */
export function loadTrackedEvents(db: Db, filter: EventFilter = {}): TrackedEvent[] {
  const { where, params } = eventWhere(filter);
  const join = filter.countryCode !== undefined ? 'JOIN recipients r ON r.id = e.recipient_id' : '';
  const rows = db
    .prepare(
      `SELECT e.id, e.campaign_id, e.recipient_id, e.kind, e.occurred_on, e.created_at, e.supersedes_id, e.retracts, e.due_on, e.outcome,
         e.kind = 'drafted' AND e.reference <> ''
       FROM contact_events e ${join} WHERE ${where}`,
    )
    .raw()
    .all(...params) as [string, string | null, string, EventKind, string, string, string | null, number, string | null, Outcome | null, number][];
  return rows.map(([id, campaignId, recipientId, kind, occurredOn, createdAt, supersedesId, retracts, dueOn, outcome, marker]) => ({
    id,
    campaignId,
    recipientId,
    kind,
    occurredOn,
    createdAt,
    supersedesId,
    retracts: retracts === 1,
    dueOn,
    outcome,
    chaserDrafted: marker === 1,
  }));
}

/**
 * Every chaser's link to the letter it chases (a draft whose follows_draft_id
 * names the original draft), through the drafts_follows index: nothing is
 * read in a workspace without chasers.
 */
export function loadChaserLinks(db: Db): ChaserLink[] {
  const rows = db
    .prepare(
      `SELECT o.campaign_id, o.recipient_id, d.campaign_id, d.recipient_id, d.reference
       FROM drafts d JOIN drafts o ON o.id = d.follows_draft_id WHERE d.follows_draft_id IS NOT NULL`,
    )
    .raw()
    .all() as [string, string, string, string, string][];
  return rows.map(([campaignId, recipientId, chaserCampaignId, chaserRecipientId, reference]) => ({
    campaignId,
    recipientId,
    chaserCampaignId,
    chaserRecipientId,
    reference,
  }));
}

export interface NewEvent {
  campaignId: string | null;
  recipientId: string;
  draftId: string | null;
  kind: EventKind;
  occurredOn: string;
  channel: Channel | null;
  reference: string;
  note: string;
  dueOn: string | null;
  outcome: Outcome | null;
  fileSha256: string | null;
  supersedesId: string | null;
  retracts: boolean;
}

/** Appends one event. Call inside a transaction that also logs the activity. */
export function insertEvent(db: Db, event: NewEvent): string {
  const id = newId();
  const at = nowIso();
  db.prepare(
    `INSERT INTO contact_events (id, campaign_id, recipient_id, draft_id, kind, occurred_on, channel, reference, note, due_on, outcome,
       file_sha256, supersedes_id, retracts, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    event.campaignId,
    event.recipientId,
    event.draftId,
    event.kind,
    event.occurredOn,
    event.channel,
    event.reference,
    event.note,
    event.dueOn,
    event.outcome,
    event.fileSha256,
    event.supersedesId,
    event.retracts ? 1 : 0,
    at,
    at,
  );
  return id;
}

import { ApiFailure, type ApiIssue } from '../../../shared/api/errors';
import type { ContactEvent, EventFields } from '../../../shared/tracking/schemas';
import { checkEventFields, unusualDate, type EventProblem } from '../../../shared/tracking/event-rules';
import type { RecordableKind } from '../../../shared/tracking/kinds';
import { logActivity } from '../db/activity-log';
import type { Db } from '../db/database';
import { storeAttachment, type PreparedAttachment } from './attachments';
import { getEvent, insertEvent } from './events-repo';

/*
 * Recording, correcting and undoing contact events. Each is one transaction:
 * the event row, its file (if any) and the activity-log line. Nothing is ever
 * updated or deleted: a correction or an undo is a new row that supersedes
 * the old one (see shared/tracking/events.ts).
 */

export type RecordFields = Omit<EventFields, 'attachment'> & { attachment: PreparedAttachment | null };

interface Target {
  campaignId: string | null;
  campaignName: string | null;
  letterDate: string | null;
  recipientId: string;
  recipientName: string;
  draftId: string | null;
}

function refuse(problems: EventProblem[], prefix: (string | number)[] = []): never {
  const issues: ApiIssue[] = problems.map((p) => ({ path: [...prefix, p.field], code: p.code }));
  throw new ApiFailure('invalid_input', `Please check the event: ${problems.map((p) => p.message).join('; ')}.`, issues);
}

function resolveTarget(db: Db, campaignId: string | null, recipientId: string): Target {
  const recipient = db.prepare('SELECT name, office FROM recipients WHERE id = ?').get(recipientId) as { name: string; office: string } | undefined;
  if (!recipient) throw new ApiFailure('not_found', 'That recipient no longer exists. It may have been deleted.');
  const recipientName = recipient.name || recipient.office;
  if (campaignId === null) return { campaignId, campaignName: null, letterDate: null, recipientId, recipientName, draftId: null };
  const campaign = db.prepare('SELECT name, letter_date FROM campaigns WHERE id = ?').get(campaignId) as { name: string; letter_date: string } | undefined;
  if (!campaign) throw new ApiFailure('not_found', 'That campaign no longer exists.');
  const draftId = db.prepare('SELECT id FROM drafts WHERE campaign_id = ? AND recipient_id = ?').pluck().get(campaignId, recipientId) as string | undefined;
  if (!draftId) {
    throw new ApiFailure('invalid_input', `${recipientName} is not a recipient of the campaign "${campaign.name}". Add them to the campaign first.`, [
      { path: ['recipientId'], code: 'notInCampaign' },
    ]);
  }
  return { campaignId, campaignName: campaign.name, letterDate: campaign.letter_date, recipientId, recipientName, draftId };
}

function checkFields(fields: RecordFields, target: Target, today: string, prefix: (string | number)[]): void {
  const problems = checkEventFields(fields);
  const unusual = fields.confirmDate ? null : unusualDate(fields.occurredOn, today, target.letterDate);
  if (unusual) problems.push({ ...unusual, message: `${unusual.message}; check the date, or confirm it if it is right` });
  if (problems.length > 0) refuse(problems, prefix);
}

const KIND_WORDS: Record<string, string> = { follow_up: 'a follow-up', hand_delivery: 'hand delivery', no_response: 'no response' };
const words = (value: string) => KIND_WORDS[value] ?? value.replace(/_/g, ' ');

function describe(fields: RecordFields, target: Target): string {
  const detail = [fields.channel && words(fields.channel), fields.outcome && words(fields.outcome), fields.dueOn && `due ${fields.dueOn}`]
    .filter(Boolean)
    .join(', ');
  const campaign = target.campaignName ? ` (${target.campaignName})` : '';
  return `${words(fields.kind)}${detail ? ` [${detail}]` : ''} on ${fields.occurredOn} for ${target.recipientName}${campaign}${fields.attachment ? ` with ${fields.attachment.fileName}` : ''}${fields.confirmDate ? ', unusual date confirmed' : ''}`;
}

function append(db: Db, target: Target, fields: RecordFields, link: { supersedesId: string | null; retracts: boolean }, summary: string): string {
  return db.transaction(() => {
    const id = insertEvent(db, {
      campaignId: target.campaignId,
      recipientId: target.recipientId,
      draftId: target.draftId,
      kind: fields.kind,
      occurredOn: fields.occurredOn,
      channel: fields.channel,
      reference: fields.reference,
      note: fields.note,
      dueOn: fields.dueOn,
      outcome: fields.outcome,
      fileSha256: fields.attachment?.sha256 ?? null,
      supersedesId: link.supersedesId,
      retracts: link.retracts,
    });
    if (fields.attachment) storeAttachment(db, id, fields.attachment);
    logActivity(db, { action: 'create', entityType: 'contact_event', entityId: id, summary });
    return id;
  })();
}

export function recordEvent(db: Db, input: RecordFields & { campaignId: string | null; recipientId: string }, today: string): ContactEvent {
  const target = resolveTarget(db, input.campaignId, input.recipientId);
  checkFields(input, target, today, []);
  const id = append(db, target, input, { supersedesId: null, retracts: false }, `Recorded ${describe(input, target)}`);
  return getEvent(db, id)!;
}

/** The event a correction or undo may apply to: it exists, still counts, and was recorded by a person or an export. */
function correctable(db: Db, eventId: string, action: 'correct' | 'undo'): { event: ContactEvent; target: Target } {
  const event = getEvent(db, eventId);
  if (!event) throw new ApiFailure('not_found', 'That event no longer exists.');
  if (!event.effective) {
    throw new ApiFailure(
      'conflict',
      event.retracts ? 'That row is itself an undo and cannot be changed.' : 'That event was already corrected or undone: change its latest version instead.',
    );
  }
  if (event.kind === 'drafted' || (action === 'correct' && event.kind === 'exported')) {
    throw new ApiFailure(
      'conflict',
      `A "${event.kind}" event is recorded by Letterdesk itself and cannot be ${action === 'correct' ? 'corrected' : 'undone'}.`,
    );
  }
  return { event, target: resolveTarget(db, event.campaignId, event.recipientId) };
}

/** Appends a corrected version of an event (same campaign and recipient); the kind stays unless given. */
export function correctEvent(db: Db, eventId: string, fields: Omit<RecordFields, 'kind'> & { kind?: RecordableKind }, today: string): ContactEvent {
  const { event, target } = correctable(db, eventId, 'correct');
  const full: RecordFields = { ...fields, kind: fields.kind ?? (event.kind as RecordableKind) };
  checkFields(full, target, today, ['fields']);
  const id = append(
    db,
    target,
    full,
    { supersedesId: eventId, retracts: false },
    `Corrected ${words(event.kind)} of ${event.occurredOn}: now ${describe(full, target)}`,
  );
  return getEvent(db, id)!;
}

/** Appends a row that cancels the event; the retraction copies its kind and date and carries the reason. */
export function undoEvent(db: Db, eventId: string, note: string, today: string): ContactEvent {
  const { event, target } = correctable(db, eventId, 'undo');
  const fields: RecordFields = {
    kind: event.kind as RecordableKind,
    occurredOn: today,
    channel: null,
    reference: '',
    note,
    dueOn: null,
    outcome: null,
    attachment: null,
    confirmDate: true,
  };
  const summary = `Undid ${words(event.kind)} of ${event.occurredOn} for ${target.recipientName}${target.campaignName ? ` (${target.campaignName})` : ''}${note ? `: ${note}` : ''}`;
  const id = append(db, target, fields, { supersedesId: eventId, retracts: true }, summary);
  return getEvent(db, id)!;
}

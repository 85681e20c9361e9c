import type { ContactEvent, StatusRow } from '../../../shared/tracking/schemas';
import type { TrackingStatus } from '../../../shared/tracking/kinds';

/** English words for reports (CSV, DOCX, CLI). The renderer has its own translations. */
export const STATUS_LABELS: Record<TrackingStatus, string> = {
  not_contacted: 'Not contacted',
  drafted: 'Drafted',
  exported: 'Exported',
  contacted: 'Contacted',
  no_reply: 'No reply',
  replied: 'Replied',
  closed: 'Closed',
};

const WORDS: Record<string, string> = {
  follow_up: 'follow-up',
  hand_delivery: 'hand delivery',
  embassy: 'via embassy',
  no_response: 'no response',
};

/** "follow_up" → "follow-up", "hand_delivery" → "hand delivery". */
export function label(value: string | null): string {
  if (value === null) return '';
  return WORDS[value] ?? value.replace(/_/g, ' ');
}

/**
 * "No reply", "Closed (positive)", "No reply, chased 2026-04-02 (HRLF-2026-0001)":
 * a row's status in reports and the CLI; the CSV, which has an outcome column, leaves the outcome out.
 */
export function statusWords(row: Pick<StatusRow, 'status' | 'outcome' | 'chased'>, options: { outcome?: boolean } = {}): string {
  const outcome = (options.outcome ?? true) && row.outcome ? ` (${label(row.outcome)})` : '';
  const chased = row.chased ? `, chased ${row.chased.on} (${row.chased.reference})` : '';
  return `${STATUS_LABELS[row.status]}${outcome}${chased}`;
}

/** An event's kind in reports: the "drafted" row with a reference that drafting a chaser leaves in the original's history is "chaser drafted". */
export function eventKindWords(event: Pick<ContactEvent, 'kind' | 'reference'>): string {
  return event.kind === 'drafted' && event.reference !== '' ? 'chaser drafted' : label(event.kind);
}

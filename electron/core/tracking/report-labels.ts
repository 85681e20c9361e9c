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

import type { ContactEvent, StatusRow } from '../../../shared/tracking/schemas';
import { countryNames } from '../recipients/countries';
import { escapeFormula } from '../recipients/csv/formula-escape';
import type { Db } from '../db/database';
import { listEvents } from './events-repo';
import { eventKindWords, label, statusWords } from './report-labels';
import { statusReport } from './status-query';

/*
 * The tracking CSV: one line per event that counts (corrections shown as
 * corrected, undone events left out), with the recipient's status today.
 * Same conventions as the recipients export: UTF-8 with BOM, CRLF, commas,
 * formula-like cells escaped so a spreadsheet never runs them.
 */

export const TRACKING_CSV_HEADERS = [
  'Country',
  'Country code',
  'Recipient',
  'Office',
  'Campaign',
  'Status',
  'Date',
  'Event',
  'Channel',
  'Reference',
  'Note',
  'Follow-up due',
  'Outcome',
  'Attachments',
] as const;

function csvCell(text: string): string {
  const escaped = escapeFormula(text);
  return /[",;\t\r\n]/.test(escaped) ? `"${escaped.replace(/"/g, '""')}"` : escaped;
}

function eventCells(event: ContactEvent, status: StatusRow | undefined): string[] {
  return [
    countryNames(event.countryCode)?.en ?? event.countryCode,
    event.countryCode,
    event.recipientName,
    event.office,
    event.campaignName ?? '',
    status ? statusWords(status, { outcome: false }) : '',
    event.occurredOn,
    eventKindWords(event),
    label(event.channel),
    event.reference,
    event.note,
    event.dueOn ?? '',
    label(event.outcome),
    event.attachments.map((a) => a.fileName).join('; '),
  ];
}

export function trackingCsv(db: Db, campaignId: string | undefined, today: string): string {
  const statuses = new Map(statusReport(db, campaignId, today).rows.map((r) => [`${r.campaignId}/${r.recipientId}`, r]));
  const events = listEvents(db, campaignId === undefined ? {} : { campaignId }).filter((e) => e.effective);
  const sortKey = (e: ContactEvent) => `${e.countryCode}\u0000${e.recipientName}\u0000${e.recipientId}\u0000${e.campaignName ?? ''}\u0000${e.campaignId ?? ''}`;
  const keyed = events.map((e, i) => ({ e, i, key: sortKey(e) }));
  // Stable: within one recipient and campaign the log's chronological order stays.
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));
  const lines = [TRACKING_CSV_HEADERS.join(',')];
  for (const { e } of keyed)
    lines.push(
      eventCells(e, statuses.get(`${e.campaignId}/${e.recipientId}`))
        .map(csvCell)
        .join(','),
    );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

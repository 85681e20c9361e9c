import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ApiIssue } from '../../../shared/api/errors';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/exports/contract';
import type { ContactEvent } from '../../../shared/tracking/schemas';
import { currentLanguage } from '../../i18n';
import { formatIsoDate } from '../../i18n/date-format';

/** Fields of the record form that an API issue can point at. */
export const EVENT_FORM_FIELDS = ['kind', 'occurredOn', 'channel', 'reference', 'note', 'dueOn', 'outcome', 'attachment', 'recipientId'] as const;
export type EventFormField = (typeof EVENT_FORM_FIELDS)[number];

const ISSUE_CODES = [
  'channelRequired',
  'channelOnlyForSent',
  'outcomeRequired',
  'outcomeOnlyForClosed',
  'dueRequired',
  'dueOnlyForFollowUp',
  'dueBeforeEvent',
  'dateInFuture',
  'dateBeforeCampaign',
  'notInCampaign',
  'attachmentTooLarge',
  'attachmentType',
  'required',
  'tooLong',
  'invalid',
  'fileUnreadable',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export function isIssueCode(code: string): code is IssueCode {
  return (ISSUE_CODES as readonly string[]).includes(code);
}

/** Which form field an API issue belongs to: attachment issues have a path inside "attachment". */
export function issueField(issue: ApiIssue): EventFormField | null {
  const path = issue.path.map(String);
  if (path.includes('attachment') || path.includes('contentBase64') || path.includes('fileName')) return 'attachment';
  const field = path.find((p) => (EVENT_FORM_FIELDS as readonly string[]).includes(p));
  return (field as EventFormField | undefined) ?? null;
}

const EXPORT_NOTE = new RegExp(`^(${EXPORT_FORMATS.join('|')}): (.+)$`);

/**
 * An export's note is stored as "<format>: <file>" (the format's code, the same in every language): shown as
 * "ZIP of Word files: letters.zip" in the UI language.
 */
function exportNote(t: TFunction<'tracking'>, note: string): string {
  const match = EXPORT_NOTE.exec(note);
  if (!match) return note;
  return t('history.exportedAs', { kind: t(`history.exportKind.${match[1] as ExportFormat}`), file: match[2] });
}

/** "Sent · Email · ref 123 · due 3 May", "Chaser drafted: HRLF-2026-0001": the details of an event on one line. */
export function useEventDetails(): (event: ContactEvent) => string {
  const { t } = useTranslation('tracking');
  return (event) =>
    [
      event.channel && t(`channel.${event.channel}`),
      event.outcome && t(`outcome.${event.outcome}`),
      event.dueOn && t('history.due', { date: formatIsoDate(event.dueOn, currentLanguage()) }),
      // A "drafted" event with a reference is a chaser drafted for this letter (its own reference).
      event.kind === 'drafted' && event.reference ? t('chaser.event', { reference: event.reference }) : event.reference,
      event.note && (event.kind === 'exported' ? exportNote(t, event.note) : event.note),
    ]
      .filter(Boolean)
      .join(' · ');
}

import { useTranslation } from 'react-i18next';
import type { ApiIssue } from '../../../shared/api/errors';
import type { ContactEvent } from '../../../shared/tracking/schemas';

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

/** "Sent · Email · ref 123 · due 3 May", "Chaser drafted: HRLF-2026-0001": the details of an event on one line. */
export function useEventDetails(): (event: ContactEvent) => string {
  const { t } = useTranslation('tracking');
  return (event) =>
    [
      event.channel && t(`channel.${event.channel}`),
      event.outcome && t(`outcome.${event.outcome}`),
      event.dueOn && t('history.due', { date: event.dueOn }),
      // A "drafted" event with a reference is a chaser drafted for this letter (its own reference).
      event.kind === 'drafted' && event.reference ? t('chaser.event', { reference: event.reference }) : event.reference,
      event.note,
    ]
      .filter(Boolean)
      .join(' · ');
}

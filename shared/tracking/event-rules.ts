import { daysBetween } from './dates';
import type { Channel, Outcome, RecordableKind } from './kinds';

/*
 * What makes a recorded event acceptable, shared by main (which enforces it)
 * and the UI (which can say so before saving). Each problem has a stable
 * code for translation and an English message for the CLI and logs.
 *
 * Dates in the future or before the campaign's letter date are "unusual":
 * refused unless the user confirms them, never silently accepted.
 */

export interface EventFields {
  kind: RecordableKind;
  occurredOn: string;
  channel: Channel | null;
  dueOn: string | null;
  outcome: Outcome | null;
}

export interface EventProblem {
  field: 'kind' | 'occurredOn' | 'channel' | 'dueOn' | 'outcome';
  code:
    | 'channelRequired'
    | 'channelOnlyForSent'
    | 'outcomeRequired'
    | 'outcomeOnlyForClosed'
    | 'dueRequired'
    | 'dueOnlyForFollowUp'
    | 'dueBeforeEvent'
    | 'dateInFuture'
    | 'dateBeforeCampaign';
  message: string;
}

export function checkEventFields(fields: EventFields): EventProblem[] {
  const problems: EventProblem[] = [];
  const { kind } = fields;
  if (kind === 'sent' && fields.channel === null)
    problems.push({ field: 'channel', code: 'channelRequired', message: 'say how the letter was sent (post, email, hand_delivery, fax, embassy or other)' });
  if (kind !== 'sent' && fields.channel !== null)
    problems.push({ field: 'channel', code: 'channelOnlyForSent', message: 'a channel is only recorded for a sent letter' });
  if (kind === 'closed' && fields.outcome === null)
    problems.push({ field: 'outcome', code: 'outcomeRequired', message: 'closing needs an outcome (positive, neutral, negative or no_response)' });
  if (kind !== 'closed' && fields.outcome !== null)
    problems.push({ field: 'outcome', code: 'outcomeOnlyForClosed', message: 'an outcome is only recorded when closing' });
  if (kind === 'follow_up' && fields.dueOn === null) problems.push({ field: 'dueOn', code: 'dueRequired', message: 'a follow-up needs a due date' });
  if (kind !== 'follow_up' && fields.dueOn !== null)
    problems.push({ field: 'dueOn', code: 'dueOnlyForFollowUp', message: 'a due date is only recorded for a follow-up' });
  if (kind === 'follow_up' && fields.dueOn !== null && fields.dueOn < fields.occurredOn) {
    problems.push({ field: 'dueOn', code: 'dueBeforeEvent', message: `the follow-up is due (${fields.dueOn}) before it was noted (${fields.occurredOn})` });
  }
  return problems;
}

/** Dates that need the user's confirmation: after today, or before the campaign's letter date. */
export function unusualDate(occurredOn: string, today: string, campaignLetterDate: string | null): EventProblem | null {
  if (occurredOn > today) {
    return { field: 'occurredOn', code: 'dateInFuture', message: `${occurredOn} is ${daysBetween(today, occurredOn)} day(s) in the future` };
  }
  if (campaignLetterDate !== null && occurredOn < campaignLetterDate) {
    return { field: 'occurredOn', code: 'dateBeforeCampaign', message: `${occurredOn} is before the campaign's letter date (${campaignLetterDate})` };
  }
  return null;
}

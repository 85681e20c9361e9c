import type { EventKind, TrackedEvent } from '../../../shared/tracking';

/** A TrackedEvent for pure tests; recorded at noon of the day it happened unless told otherwise. */
export function ev(id: string, kind: EventKind, occurredOn: string, more: Partial<TrackedEvent> = {}): TrackedEvent {
  return {
    id,
    campaignId: 'c1',
    recipientId: 'r1',
    kind,
    occurredOn,
    createdAt: `${occurredOn}T12:00:00.000Z`,
    supersedesId: null,
    retracts: false,
    dueOn: null,
    outcome: null,
    ...more,
  };
}

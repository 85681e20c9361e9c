import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { StatusReport, StatusRow } from '../../shared/tracking/schemas';
import { api } from './client';

/*
 * Queries for outreach tracking: the event log, statuses, the Due list and
 * country history. Every tracking mutation invalidates the whole "tracking"
 * key, since one event can change a status, the map, the Due list and the badge.
 */
export const trackingKeys = {
  all: ['tracking'] as const,
  events: (filter: { campaignId?: string; recipientId?: string; countryCode?: string }) => ['tracking', 'events', filter] as const,
  status: (campaignId: string | null) => ['tracking', 'status', campaignId] as const,
  letters: (campaignId: string) => ['tracking', 'letters', campaignId] as const,
  due: ['tracking', 'due'] as const,
  country: (code: string) => ['tracking', 'country', code] as const,
};

export function useTrackingEvents(filter: { campaignId?: string; recipientId?: string; countryCode?: string }) {
  return useQuery({ queryKey: trackingKeys.events(filter), queryFn: () => api['tracking.events'](filter) });
}

/** Counts and per-country aggregates only (no rows): all the dashboard shows. */
export function useTrackingStatus(campaignId: string | null) {
  return useQuery({
    queryKey: trackingKeys.status(campaignId),
    queryFn: () => api['tracking.status'](campaignId ? { campaignId, rows: false } : { rows: false }),
  });
}

const byRecipient = (report: StatusReport): ReadonlyMap<string, StatusRow> => new Map(report.rows.map((row) => [row.recipientId, row]));

/** Each letter of a campaign with its derived status, by recipient: what the letters' badges show. */
export function useLetterStatuses(campaignId: string) {
  return useQuery({
    queryKey: trackingKeys.letters(campaignId),
    queryFn: () => api['tracking.status']({ campaignId }),
    select: byRecipient,
  });
}

export function useTrackingDue() {
  return useQuery({ queryKey: trackingKeys.due, queryFn: () => api['tracking.due']({}) });
}

export function useTrackingCountry(countryCode: string) {
  return useQuery({ queryKey: trackingKeys.country(countryCode), queryFn: () => api['tracking.country']({ countryCode }) });
}

export async function invalidateTracking(queryClient: QueryClient): Promise<void> {
  await queryClient.invalidateQueries({ queryKey: trackingKeys.all });
}

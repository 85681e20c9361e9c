import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Language, RecipientSortKey } from '../../shared/recipients/schemas';
import { api } from './client';
import { filterInput, type ListFilters } from './recipient-filters';

/** Query keys in one place, so mutations invalidate exactly what they change. */
export const keys = {
  workspace: ['workspace'] as const,
  settings: ['settings'] as const,
  countries: ['countries'] as const,
  recipients: ['recipients'] as const,
  tags: ['recipients', 'tags'] as const,
  recipientPage: (params: RecipientListParams, page: number) => ['recipients', 'list', params, page] as const,
  countryOffices: (countryCode: string) => ['recipients', 'country', countryCode] as const,
};

export interface RecipientListParams {
  search: string;
  filters: ListFilters;
  sortBy: RecipientSortKey;
  sortDir: 'asc' | 'desc';
  /** The UI language: sorting by country follows its names. */
  language: Language;
}

export const PAGE_SIZE = 100;
/** The most rows one list call returns. */
export const MAX_PAGE_SIZE = 500;

export function listInput(params: RecipientListParams, offset: number, limit: number) {
  return {
    ...filterInput(params.search, params.filters),
    sortBy: params.sortBy,
    sortDir: params.sortDir,
    language: params.language,
    offset,
    limit,
  };
}

export function recipientPageQuery(params: RecipientListParams, page: number) {
  return {
    queryKey: keys.recipientPage(params, page),
    queryFn: () => api['recipients.list'](listInput(params, page * PAGE_SIZE, PAGE_SIZE)),
  };
}

export function useWorkspaceStatus() {
  return useQuery({ queryKey: keys.workspace, queryFn: () => api['workspace.status']({}), staleTime: Infinity });
}

export function useSettings(enabled: boolean) {
  return useQuery({ queryKey: keys.settings, queryFn: () => api['settings.get']({}), enabled, staleTime: Infinity });
}

export function useCountries() {
  return useQuery({ queryKey: keys.countries, queryFn: () => api['countries.list']({}), staleTime: Infinity });
}

export function useTags() {
  return useQuery({ queryKey: keys.tags, queryFn: () => api['recipients.tags']({}) });
}

/** The first page of the current list; kept while a new search loads so the count does not flicker. */
export function useFirstPage(params: RecipientListParams) {
  return useQuery({ ...recipientPageQuery(params, 0), placeholderData: keepPreviousData });
}

/** The recipients stored for one country (a country has a handful of offices, so one call is enough). */
export function useCountryOffices(countryCode: string) {
  return useQuery({
    queryKey: keys.countryOffices(countryCode),
    queryFn: () => api['recipients.list']({ countryCode, sortBy: 'office', limit: MAX_PAGE_SIZE }),
  });
}

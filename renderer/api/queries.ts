import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { OperationInput } from '../../shared/api/contract';
import { api } from './client';

/** Query keys in one place, so mutations invalidate exactly what they change. */
export const keys = {
  workspace: ['workspace'] as const,
  settings: ['settings'] as const,
  countries: ['countries'] as const,
  recipients: ['recipients'] as const,
  tags: ['recipients', 'tags'] as const,
  recipientPage: (params: RecipientListParams, page: number) => ['recipients', 'list', params, page] as const,
};

export type RecipientListParams = Required<Omit<OperationInput<'recipients.list'>, 'offset' | 'limit' | 'tag'>> & {
  tag: string | null;
};

export const PAGE_SIZE = 100;

export function recipientPageQuery(params: RecipientListParams, page: number) {
  return {
    queryKey: keys.recipientPage(params, page),
    queryFn: () =>
      api['recipients.list']({
        search: params.search,
        ...(params.tag ? { tag: params.tag } : {}),
        sortBy: params.sortBy,
        sortDir: params.sortDir,
        language: params.language,
        offset: page * PAGE_SIZE,
        limit: PAGE_SIZE,
      }),
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

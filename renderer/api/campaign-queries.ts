import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from './client';

/*
 * Queries for campaigns, drafts, the sender (organisation, signers,
 * endorsers, images) and backups. Keys live here so that a mutation
 * invalidates exactly what it changes.
 */
export const campaignKeys = {
  campaigns: ['campaigns'] as const,
  list: ['campaigns', 'list'] as const,
  one: (id: string) => ['campaigns', 'one', id] as const,
  drafts: (id: string) => ['campaigns', 'drafts', id] as const,
  draft: (id: string) => ['campaigns', 'draft', id] as const,
  organisation: ['organisation'] as const,
  signers: ['signers'] as const,
  endorsers: ['endorsers'] as const,
  image: (id: string) => ['images', id] as const,
  backups: ['backups'] as const,
  /** Shared with the template screens (renderer/api/template-queries.ts). */
  templates: ['templates', 'list'] as const,
};

export function useCampaigns() {
  return useQuery({ queryKey: campaignKeys.list, queryFn: () => api['campaigns.list']({}) });
}

export function useCampaign(id: string) {
  return useQuery({ queryKey: campaignKeys.one(id), queryFn: () => api['campaigns.get']({ id }) });
}

export function useDrafts(campaignId: string) {
  return useQuery({ queryKey: campaignKeys.drafts(campaignId), queryFn: () => api['campaigns.drafts']({ id: campaignId }) });
}

export function useDraft(id: string) {
  return useQuery({ queryKey: campaignKeys.draft(id), queryFn: () => api['drafts.get']({ id }) });
}

/** After a draft changes: its own view, and the campaign's table. */
export async function invalidateDrafts(queryClient: QueryClient): Promise<void> {
  await queryClient.invalidateQueries({ queryKey: campaignKeys.campaigns });
}

export function useTemplateList() {
  return useQuery({ queryKey: campaignKeys.templates, queryFn: () => api['templates.list']({}) });
}

export function useOrganisation() {
  return useQuery({ queryKey: campaignKeys.organisation, queryFn: () => api['organisation.get']({}) });
}

export function useSigners() {
  return useQuery({ queryKey: campaignKeys.signers, queryFn: () => api['signers.list']({}) });
}

export function useEndorsers() {
  return useQuery({ queryKey: campaignKeys.endorsers, queryFn: () => api['endorsers.list']({}) });
}

/** A stored logo or signature; images never change under the same id. */
export function useImage(id: string | null) {
  return useQuery({
    queryKey: campaignKeys.image(id ?? ''),
    queryFn: () => api['images.get']({ id: id ?? '' }),
    enabled: id !== null,
    staleTime: Infinity,
  });
}

export function useBackups(enabled = true) {
  return useQuery({ queryKey: campaignKeys.backups, queryFn: () => api['backups.list']({}), enabled });
}

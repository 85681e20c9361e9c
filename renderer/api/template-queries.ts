import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { PAPER_SIZES, TEMPLATE_KINDS, Template, TemplateVariant } from '../../shared/templates/schemas';
import { api } from './client';

/** Query keys for templates and facts, so mutations invalidate exactly what they change. */
export const templateKeys = {
  all: ['templates'] as const,
  list: ['templates', 'list'] as const,
  one: (id: string) => ['templates', 'one', id] as const,
  facts: ['facts'] as const,
};

export function useTemplates() {
  return useQuery({ queryKey: templateKeys.list, queryFn: () => api['templates.list']({}) });
}

export function useTemplate(id: string) {
  // The editor owns the text once loaded: never refetch under it.
  return useQuery({ queryKey: templateKeys.one(id), queryFn: () => api['templates.get']({ id }), staleTime: Infinity });
}

export function useFacts() {
  return useQuery({ queryKey: templateKeys.facts, queryFn: () => api['facts.list']({}) });
}

/** Puts a saved (or about to be saved) variant into the cached template, so reopening it shows the latest text. */
export function cacheVariant(queryClient: QueryClient, templateId: string, variant: TemplateVariant): void {
  queryClient.setQueryData<Template>(templateKeys.one(templateId), (template) => {
    if (!template) return template;
    const others = template.variants.filter((v) => v.language !== variant.language);
    const languages = [...new Set([...template.languages, variant.language])];
    return { ...template, languages, variants: [...others, variant] };
  });
}

export type TemplateKind = (typeof TEMPLATE_KINDS)[number];
export type PaperSize = (typeof PAPER_SIZES)[number];

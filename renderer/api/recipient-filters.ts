import type { OperationInput } from '../../shared/api/contract';
import type { Language, OfficeType } from '../../shared/recipients/schemas';
import type { GroupId, Region } from '../../shared/protocol';

/** The list filters besides the search text. A filter left out does not filter. */
export interface ListFilters {
  tag?: string;
  countryCode?: string;
  region?: Region;
  group?: GroupId;
  officeType?: OfficeType;
  recipientLanguage?: Language;
  toVerify?: boolean;
  /** Only the recipients of one campaign (set by a link from that campaign, cleared here). */
  campaignId?: string;
}

export type FilterName = keyof ListFilters;

/** Sets one filter; `undefined` removes it, so query keys stay the same for the same filters. */
export function withFilter<K extends FilterName>(filters: ListFilters, name: K, value: ListFilters[K] | undefined): ListFilters {
  const next = { ...filters };
  if (value === undefined) delete next[name];
  else next[name] = value;
  return next;
}

export function hasFilters(filters: ListFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined);
}

/** The filter part of an API request (list, export). */
export function filterInput(search: string, filters: ListFilters): OperationInput<'recipients.exportCsv'> {
  return { search, ...filters };
}

import { createContext, useCallback, useContext, useState } from 'react';
import type { ListFilters } from '../../api/recipient-filters';
import { useNavigation } from '../../navigation';
import type { SortState } from './table-header';

/** What the person set on the recipients list: kept while they visit a country page and come back. */
export interface ListState {
  searchInput: string;
  filters: ListFilters;
  sort: SortState;
}

const INITIAL: ListState = { searchInput: '', filters: {}, sort: { sortBy: 'name', sortDir: 'asc' } };

type ListStateValue = [ListState, React.Dispatch<React.SetStateAction<ListState>>];

const ListStateContext = createContext<ListStateValue | null>(null);

export function ListStateProvider({ children }: { children: React.ReactNode }) {
  const value = useState<ListState>(INITIAL);
  return <ListStateContext value={value}>{children}</ListStateContext>;
}

/** The list's search, filters and sort, with one setter each. */
export function useListState() {
  const value = useContext(ListStateContext);
  if (!value) throw new Error('useListState outside ListStateProvider');
  const [state, setState] = value;
  return {
    ...state,
    setSearchInput: (searchInput: string) => setState((s) => ({ ...s, searchInput })),
    setFilters: (filters: ListFilters) => setState((s) => ({ ...s, filters })),
    setSort: (sort: SortState) => setState((s) => ({ ...s, sort })),
  };
}

/**
 * Opens the recipients list showing only what `filters` match, the search
 * cleared and the sort kept: the way other screens link to recipients. A
 * campaign's "held back: recipient to verify" warning opens
 * `{ campaignId, toVerify: true }`; "Select all matching" and "Mark verified"
 * are then one click each. The filters show in the filter bar, where they
 * can be cleared.
 */
export function useOpenRecipients(): (filters: ListFilters) => void {
  const value = useContext(ListStateContext);
  if (!value) throw new Error('useOpenRecipients outside ListStateProvider');
  const [, setState] = value;
  const { go } = useNavigation();
  return useCallback(
    (filters: ListFilters) => {
      setState((s) => ({ ...s, searchInput: '', filters }));
      go({ view: 'recipients' });
    },
    [setState, go],
  );
}

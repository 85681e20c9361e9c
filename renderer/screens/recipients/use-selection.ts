import { useState } from 'react';
import { api } from '../../api/client';
import { listInput, MAX_PAGE_SIZE, type RecipientListParams } from '../../api/queries';

const NONE: ReadonlySet<string> = new Set();

interface SelectionState {
  /** The search and filters the selection was made under. */
  key: string;
  ids: ReadonlySet<string>;
}

/**
 * Rows picked for a bulk action. A selection belongs to the search and
 * filters it was made under: changing them starts a new, empty one, so the
 * bar never acts on rows the person can no longer see. Sorting keeps it.
 */
export function useSelection(params: RecipientListParams) {
  const key = JSON.stringify([params.search, params.filters]);
  const [state, setState] = useState<SelectionState>({ key, ids: NONE });
  const [selectingAll, setSelectingAll] = useState(false);
  const selected = state.key === key ? state.ids : NONE;

  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setState({ key, ids: next });
  };

  const clear = () => setState({ key, ids: NONE });

  /** Selects every recipient the list matches, not only the rows loaded so far. */
  const selectAllMatching = async (total: number) => {
    setSelectingAll(true);
    try {
      const ids = new Set<string>();
      for (let offset = 0; offset < total; offset += MAX_PAGE_SIZE) {
        const page = await api['recipients.list'](listInput(params, offset, MAX_PAGE_SIZE));
        for (const row of page.rows) ids.add(row.id);
        if (page.rows.length < MAX_PAGE_SIZE) break;
      }
      setState({ key, ids });
    } finally {
      setSelectingAll(false);
    }
  };

  return { selected, toggle, clear, selectAllMatching, selectingAll };
}

export type Selection = ReturnType<typeof useSelection>;

import { Checkbox, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecipientSortKey } from '../../../shared/recipients/schemas';
import classes from './recipient-table.module.css';

export type SortDir = 'asc' | 'desc';
export interface SortState {
  sortBy: RecipientSortKey;
  sortDir: SortDir;
}

export const COLUMNS = [
  { id: 'name', sortKey: 'name' },
  { id: 'office', sortKey: 'office' },
  { id: 'country', sortKey: 'country' },
  { id: 'email', sortKey: null },
  { id: 'tags', sortKey: null },
] as const satisfies readonly { id: string; sortKey: RecipientSortKey | null }[];

/** Clicking the sorted column flips the direction; another column sorts ascending. */
export function nextSort(current: SortState, key: RecipientSortKey): SortState {
  if (current.sortBy === key) return { sortBy: key, sortDir: current.sortDir === 'asc' ? 'desc' : 'asc' };
  return { sortBy: key, sortDir: 'asc' };
}

export interface SelectAllState {
  total: number;
  selectedCount: number;
  busy: boolean;
  onSelectAll: () => void;
  onClear: () => void;
}

function SelectAllBox({ total, selectedCount, busy, onSelectAll, onClear }: SelectAllState) {
  const { t } = useTranslation();
  const all = selectedCount > 0 && selectedCount >= total;
  // The same element throughout, so focus stays on it while every match is fetched.
  return (
    <Checkbox
      aria-label={t('recipients.selection.selectAll', { count: total })}
      aria-busy={busy || undefined}
      checked={all}
      indeterminate={busy || (selectedCount > 0 && !all)}
      disabled={busy}
      onChange={() => (selectedCount > 0 ? onClear() : onSelectAll())}
      size="sm"
      title={busy ? t('recipients.selection.selectingAll') : undefined}
    />
  );
}

export function TableHeader({ sort, onSort, selectAll }: { sort: SortState; onSort: (next: SortState) => void; selectAll: SelectAllState }) {
  const { t } = useTranslation();
  return (
    <div role="rowgroup" className={classes.header}>
      <div role="row" aria-rowindex={1} className={classes.row}>
        <div role="columnheader" className={classes.checkCell}>
          <SelectAllBox {...selectAll} />
        </div>
        {COLUMNS.map((column) => {
          const label = t(`recipients.columns.${column.id}`);
          if (column.sortKey === null) {
            return (
              <div key={column.id} role="columnheader" className={classes.headerCell}>
                {label}
              </div>
            );
          }
          const sortKey = column.sortKey;
          const active = sort.sortBy === sortKey;
          const ariaSort = active ? (sort.sortDir === 'asc' ? 'ascending' : 'descending') : 'none';
          return (
            <div key={column.id} role="columnheader" aria-sort={ariaSort} className={classes.headerCell}>
              <UnstyledButton
                className={classes.sortButton}
                title={t('recipients.table.sortBy', { column: label })}
                onClick={() => onSort(nextSort(sort, sortKey))}
              >
                {label}
                <span aria-hidden className={active ? classes.sortMarkActive : classes.sortMark}>
                  {active ? (sort.sortDir === 'asc' ? '▲' : '▼') : '⇅'}
                </span>
              </UnstyledButton>
            </div>
          );
        })}
      </div>
    </div>
  );
}

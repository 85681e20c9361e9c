import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recipient } from '../../../shared/recipients/schemas';
import type { RecipientListParams } from '../../api/queries';
import { RecipientRow } from './recipient-row';
import classes from './recipient-table.module.css';
import { TableHeader, type SelectAllState, type SortState } from './table-header';
import { useRecipientPages } from './use-recipient-pages';

const ROW_HEIGHT = 44;
/** The sticky header row sits above the rows inside the scroll box. */
const HEADER_HEIGHT = ROW_HEIGHT;

interface RecipientTableProps {
  params: RecipientListParams;
  total: number;
  sort: SortState;
  onSort: (next: SortState) => void;
  countryName: (code: string) => string;
  onOpen: (recipient: Recipient) => void;
  onOpenCountry: (code: string) => void;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  selectAll: SelectAllState;
}

/**
 * A virtual ARIA table: only the rows in view are in the DOM, and only the
 * pages holding them are fetched, so 100,000 recipients scroll smoothly.
 * Rows use a roving tab stop: Tab enters the table once, arrows move, Enter
 * opens, Space selects; the active row's checkbox and country link follow it
 * in the tab order.
 */
export function RecipientTable(props: RecipientTableProps) {
  const { params, total, sort, onSort, countryName, onOpen, onOpenCountry, selected, onToggle, selectAll } = props;
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const pendingFocus = useRef<number | null>(null);

  // TanStack Virtual returns fresh functions each render; the React Compiler lint knows it cannot memoize them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const { rowAt } = useRecipientPages(params, items[0]?.index ?? 0, items[items.length - 1]?.index ?? 0);

  // A new search, filter or sort starts at the top.
  const paramsKey = JSON.stringify(params);
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
    setActiveIndex(0);
  }, [paramsKey]);

  useLayoutEffect(() => {
    if (pendingFocus.current === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${pendingFocus.current}"][tabindex]`);
    if (row) {
      row.focus({ preventScroll: true });
      pendingFocus.current = null;
    }
  });

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(total - 1, index));
    setActiveIndex(next);
    pendingFocus.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>, index: number) => {
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_HEIGHT) - 2);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + pageRows,
      PageUp: index - pageRows,
      Home: 0,
      End: total - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key] ?? index);
      return;
    }
    // Enter and Space on the row's own checkbox or link do what those do.
    if (event.target !== event.currentTarget) return;
    const recipient = rowAt(index);
    if (event.key === 'Enter') {
      event.preventDefault();
      if (recipient) onOpen(recipient);
    } else if (event.key === ' ') {
      event.preventDefault();
      if (recipient) onToggle(recipient.id);
    }
  };

  const tabbableIndex = items.some((item) => item.index === activeIndex) ? activeIndex : (items[0]?.index ?? -1);

  return (
    <div
      ref={scrollRef}
      role="table"
      aria-label={t('recipients.table.label')}
      aria-rowcount={total + 1}
      className={classes.scroller}
      style={{ '--row-height': `${ROW_HEIGHT}px` } as React.CSSProperties}
    >
      <TableHeader sort={sort} onSort={onSort} selectAll={selectAll} />
      <div role="rowgroup" className={classes.body} style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const recipient = rowAt(item.index);
          return (
            <RecipientRow
              key={item.key}
              index={item.index}
              start={item.start - HEADER_HEIGHT}
              recipient={recipient}
              countryName={countryName}
              tabbable={item.index === tabbableIndex}
              selected={recipient !== undefined && selected.has(recipient.id)}
              onToggle={onToggle}
              onOpen={onOpen}
              onOpenCountry={onOpenCountry}
              onKeyDown={onKeyDown}
              onFocus={setActiveIndex}
            />
          );
        })}
      </div>
    </div>
  );
}

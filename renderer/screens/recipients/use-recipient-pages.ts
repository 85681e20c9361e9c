import { useQueries } from '@tanstack/react-query';
import type { Recipient } from '../../../shared/recipients/schemas';
import { PAGE_SIZE, recipientPageQuery, type RecipientListParams } from '../../api/queries';

/**
 * Loads only the pages that cover the rows on screen (plus overscan). Each
 * page is its own cached query, so scrolling back is instant and a mutation
 * refreshes just the pages in view.
 */
export function useRecipientPages(params: RecipientListParams, firstIndex: number, lastIndex: number) {
  const firstPage = Math.floor(firstIndex / PAGE_SIZE);
  const lastPage = Math.max(firstPage, Math.floor(lastIndex / PAGE_SIZE));
  const pageNumbers = Array.from({ length: lastPage - firstPage + 1 }, (_, i) => firstPage + i);
  const results = useQueries({ queries: pageNumbers.map((page) => recipientPageQuery(params, page)) });

  const rowAt = (index: number): Recipient | undefined => {
    const page = Math.floor(index / PAGE_SIZE);
    const result = results[page - firstPage];
    return result?.data?.rows[index - page * PAGE_SIZE];
  };
  return { rowAt };
}

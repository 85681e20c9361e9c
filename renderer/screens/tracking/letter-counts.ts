import { useTranslation } from 'react-i18next';
import { TRACKING_STATUSES } from '../../../shared/tracking/kinds';
import type { StatusCounts } from '../../../shared/tracking/aggregate';

/*
 * Counts of letters by status in words a reader uses, with the plurals of
 * each language: "3 letters: 1 reply, 2 awaiting a reply".
 */

export function useLetterCounts(): (counts: StatusCounts) => string {
  const { t } = useTranslation('tracking');
  return (counts) => {
    const total = TRACKING_STATUSES.reduce((sum, s) => sum + counts[s], 0);
    // Most advanced first: replies and closings, then what is still waiting, then what never went out.
    const detail = [...TRACKING_STATUSES]
      .reverse()
      .filter((s) => counts[s] > 0)
      .map((s) => t(`letterCounts.${s}`, { count: counts[s] }));
    return t('letterCounts.summary', { letters: t('letterCounts.letters', { count: total }), detail: detail.join(', ') });
  };
}

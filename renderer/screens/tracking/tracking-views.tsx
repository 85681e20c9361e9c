import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTrackingDue } from '../../api/tracking-queries';

/** The screens whose strings live in the "tracking" namespace. */
export const TRACKING_VIEWS = ['outreach', 'due'] as const;
export type TrackingView = (typeof TRACKING_VIEWS)[number];

export function isTrackingView(view: string): view is TrackingView {
  return (TRACKING_VIEWS as readonly string[]).includes(view);
}

export function useTrackingNavLabel(): (view: TrackingView) => string {
  const { t } = useTranslation('tracking');
  return (view) => t(`nav.${view}`);
}

/** The count of follow-ups overdue or due today, next to "Due" in the navigation. */
export function DueBadge() {
  const { t } = useTranslation('tracking');
  const due = useTrackingDue();
  const count = due.data?.counts.badge ?? 0;
  if (count === 0) return null;
  return (
    <Badge size="sm" color="red" circle aria-label={t('nav.dueBadge', { count })} data-testid="due-badge">
      {count}
    </Badge>
  );
}

import { useTranslation } from 'react-i18next';
import type { View } from '../../navigation';
import type { TrackingView } from '../tracking/tracking-views';

/** The screens whose strings live in the "campaigns" namespace. */
export const CAMPAIGN_VIEWS = ['campaigns', 'organisation', 'backups'] as const;
export type CampaignView = (typeof CAMPAIGN_VIEWS)[number];

export function isCampaignView(view: string): view is CampaignView {
  return (CAMPAIGN_VIEWS as readonly string[]).includes(view);
}

/** The navigation label of any screen, whichever namespace holds it (tracking screens: useTrackingNavLabel). */
export function useNavLabel(): (view: Exclude<View, TrackingView>) => string {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('campaigns');
  return (view) => (isCampaignView(view) ? tc(`nav.${view}`) : t(`nav.${view}`));
}

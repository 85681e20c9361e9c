import { createContext, useContext } from 'react';

export const VIEWS = [
  'start',
  'recipients',
  'campaigns',
  'outreach',
  'due',
  'templates',
  'facts',
  'countries',
  'organisation',
  'backups',
  'settings',
  'about',
] as const;
export type View = (typeof VIEWS)[number];

/** Where the app is: a screen, and perhaps one country's page or one template in the editor. */
export interface Place {
  view: View;
  /** ISO alpha-2 of the country page shown, on the countries screen. */
  countryCode?: string;
  /** Where a country page was opened from, for its "back" link. */
  from?: View;
  /** The template open in the editor, on the templates screen. */
  templateId?: string;
  /** The campaign page shown, and perhaps one of its letters, on the campaigns screen. */
  campaignId?: string;
  draftId?: string;
}

export interface Navigation {
  place: Place;
  go: (place: Place) => void;
}

export const NavigationContext = createContext<Navigation | null>(null);

/** Moving between screens from inside one (e.g. a country cell opening that country's page). */
export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation outside AppLayout');
  return navigation;
}

import { useEffect } from 'react';
import i18next from 'i18next';
import { useSettings } from '../api/queries';
import { setDateStyle } from './date-format';
import { systemLanguage } from './index';

/**
 * Applies the language saved in the workspace settings (null = follow the
 * system), and the way dates are written. Until settings arrive, the language
 * cached from the last run stays, and dates follow the letters.
 */
export function useUiLanguage(workspaceReady: boolean): void {
  const settings = useSettings(workspaceReady);
  const saved = settings.data?.language;
  const wanted = settings.data ? (saved ?? systemLanguage()) : null;
  // Set while rendering, so the screens rendered after this one already use it.
  setDateStyle(settings.data?.dateStyle ?? 'letter');
  useEffect(() => {
    if (wanted && wanted !== i18next.language) void i18next.changeLanguage(wanted);
  }, [wanted]);
}

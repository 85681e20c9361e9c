import { useEffect } from 'react';
import i18next from 'i18next';
import { useSettings } from '../api/queries';
import { systemLanguage } from './index';

/**
 * Applies the language saved in the workspace settings (null = follow the
 * system). Until settings arrive, the language cached from the last run stays.
 */
export function useUiLanguage(workspaceReady: boolean): void {
  const settings = useSettings(workspaceReady);
  const saved = settings.data?.language;
  const wanted = settings.data ? (saved ?? systemLanguage()) : null;
  useEffect(() => {
    if (wanted && wanted !== i18next.language) void i18next.changeLanguage(wanted);
  }, [wanted]);
}

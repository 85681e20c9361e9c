import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { REGIONS } from '../../shared/recipients/contract';
import { LANGUAGES, type Language } from '../../shared/recipients/schemas';
import { listCountries, listGroups, OFFICE_TYPES, type CountryRecord, type GroupRecord } from '../../shared/protocol';
import { currentLanguage } from './index';

/*
 * Option lists for the protocol vocabulary (office types, regions, groups,
 * countries), translated into the UI language, for selects and badges.
 */

export interface Option<V extends string = string> {
  value: V;
  label: string;
}

export function officeTypeOptions(t: TFunction) {
  return OFFICE_TYPES.map((value) => ({ value, label: t(`officeType.${value}`) }));
}

export function regionOptions(t: TFunction) {
  return REGIONS.map((value) => ({ value, label: t(`region.${value}`) }));
}

export function languageOptions(t: TFunction) {
  return LANGUAGES.map((value) => ({ value, label: t(`languages.${value}`) }));
}

/** "European Union (EU)" in the UI language. */
export function groupLabel(group: GroupRecord, language: Language): string {
  return `${group.names[language]} (${group.abbreviations[language]})`;
}

export function groupOptions(language: Language) {
  return listGroups().map((group) => ({ value: group.id, label: groupLabel(group, language) }));
}

/** The 195 states, by common name in the UI language, sorted for that language. */
export function useSortedCountries(): readonly CountryRecord[] {
  const language = currentLanguage();
  return useMemo(() => {
    const collator = new Intl.Collator(language);
    return [...listCountries()].sort((a, b) => collator.compare(a.names[language].common, b.names[language].common));
  }, [language]);
}

export function useCountryOptions(): Option[] {
  const countries = useSortedCountries();
  const language = currentLanguage();
  return useMemo(() => countries.map((c) => ({ value: c.alpha2, label: c.names[language].common })), [countries, language]);
}

/** Option lists that change only with the UI language. */
export function useProtocolOptions() {
  const { t } = useTranslation();
  const language = currentLanguage();
  return useMemo(
    () => ({
      officeTypes: officeTypeOptions(t),
      regions: regionOptions(t),
      languages: languageOptions(t),
      groups: groupOptions(language),
    }),
    [t, language],
  );
}

// Dates are written by date-format.ts; re-exported here, where the screens have always found them.
export { formatIsoDate } from './date-format';

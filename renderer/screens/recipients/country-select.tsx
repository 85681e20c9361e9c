import { Select, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { foldForSearch } from '../../../shared/text/fold';
import { useCountries } from '../../api/queries';
import { currentLanguage } from '../../i18n';

/** Typing "espana" or "cote" finds "España" and "Côte d'Ivoire": the same folding as the server's search. */
const foldedFilter: OptionsFilter = ({ options, search }) => {
  const needle = foldForSearch(search.trim());
  return options.filter((option): option is ComboboxItem => 'value' in option && foldForSearch(option.label).includes(needle));
};

interface CountrySelectProps {
  value: string;
  error?: string;
  onChange: (code: string) => void;
  onBlur: () => void;
}

export function CountrySelect({ value, error, onChange, onBlur }: CountrySelectProps) {
  const { t } = useTranslation();
  const countries = useCountries();
  const language = currentLanguage();
  const data = useMemo(() => {
    const collator = new Intl.Collator(language);
    return (countries.data ?? [])
      .map((country) => ({ value: country.code, label: country.names[language] }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [countries.data, language]);

  return (
    <Select
      label={t('form.fields.countryCode')}
      placeholder={t('form.countryPlaceholder')}
      nothingFoundMessage={t('form.countryNothingFound')}
      data={data}
      value={value || null}
      onChange={(code) => onChange(code ?? '')}
      onBlur={onBlur}
      error={error}
      filter={foldedFilter}
      searchable
      withAsterisk
      allowDeselect={false}
      maxDropdownHeight={280}
      openOnFocus={false}
      data-autofocus
    />
  );
}

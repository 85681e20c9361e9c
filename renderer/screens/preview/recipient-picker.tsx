import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recipient } from '../../../shared/recipients/schemas';
import { getCountry } from '../../../shared/protocol';
import { api } from '../../api/client';
import { keys } from '../../api/queries';
import { currentLanguage } from '../../i18n';

const SHOWN = 50;

/** "Ana López — Prime Minister, Spain", or the office alone while the holder is unknown. */
export function recipientOptionLabel(recipient: Recipient): string {
  const country = getCountry(recipient.countryCode)?.names[currentLanguage()].common ?? recipient.countryCode;
  return recipient.name ? `${recipient.name} — ${recipient.office}, ${country}` : `${recipient.office}, ${country}`;
}

/**
 * Any recipient, searched on the server (the list may hold 100,000): the
 * first matches by name, office, country, email or tag.
 */
export function RecipientPicker({ value, onChange }: { value: Recipient | null; onChange: (recipient: Recipient | null) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 150);
  // While the box shows the chosen recipient's label, list everyone rather than searching for that label.
  const query = value && search === recipientOptionLabel(value) ? '' : debounced;
  const list = useQuery({
    queryKey: [...keys.recipients, 'picker', query],
    queryFn: () => api['recipients.list']({ search: query, limit: SHOWN, sortBy: 'name' }),
    placeholderData: keepPreviousData,
  });

  const rows = useMemo(() => {
    const found = list.data?.rows ?? [];
    return value && !found.some((r) => r.id === value.id) ? [value, ...found] : found;
  }, [list.data, value]);

  return (
    <Select
      label={t('preview.recipient')}
      placeholder={t('preview.recipientPlaceholder')}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('preview.clearRecipient') }}
      searchValue={search}
      onSearchChange={setSearch}
      value={value?.id ?? null}
      data={rows.map((r) => ({ value: r.id, label: recipientOptionLabel(r) }))}
      // The server already searched.
      filter={({ options }) => options}
      nothingFoundMessage={list.isFetching ? t('common.loading') : t('preview.noRecipients')}
      onChange={(id) => onChange(rows.find((r) => r.id === id) ?? null)}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={300}
    />
  );
}

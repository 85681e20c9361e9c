import { Button, Group, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recipient } from '../../../shared/domain/recipient';
import { useCountries, useFirstPage, type RecipientListParams } from '../../api/queries';
import { ErrorAlert } from '../../components/error-alert';
import { ScreenTitle } from '../../components/screen-title';
import { currentLanguage } from '../../i18n';
import { signalInteractive } from '../../readiness';
import { RecipientFormModal } from './recipient-form-modal';
import { RecipientTable } from './recipient-table';
import { NoRecipients, NoResults } from './recipients-empty';
import { RecipientsToolbar } from './recipients-toolbar';
import type { SortState } from './table-header';
import type { FormTarget } from './use-recipient-form';

const SEARCH_DEBOUNCE_MS = 150;

export function RecipientsScreen({ focusTitle }: { focusTitle: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [searchInput, setSearchInput] = useState('');
  const [search] = useDebouncedValue(searchInput.trim(), SEARCH_DEBOUNCE_MS);
  const [tag, setTag] = useState<string | null>(null);
  const [sort, setSort] = useState<SortState>({ sortBy: 'name', sortDir: 'asc' });
  const [formTarget, setFormTarget] = useState<FormTarget | null>(null);

  const params = useMemo<RecipientListParams>(() => ({ search, tag, ...sort, language }), [search, tag, sort, language]);
  const firstPage = useFirstPage(params);
  const countries = useCountries();

  const countryName = useMemo(() => {
    const names = new Map((countries.data ?? []).map((country) => [country.code, country.names[language]]));
    return (code: string) => names.get(code) ?? code;
  }, [countries.data, language]);

  const loaded = firstPage.isSuccess && !firstPage.isPlaceholderData;
  useEffect(() => {
    if (loaded) signalInteractive();
  }, [loaded]);

  const openNew = () => setFormTarget({ mode: 'create' });
  const openEdit = useCallback((recipient: Recipient) => setFormTarget({ mode: 'edit', recipient }), []);
  const clearFilters = () => {
    setSearchInput('');
    setTag(null);
  };

  const total = firstPage.data?.total;
  const filtered = search !== '' || tag !== null;

  return (
    <Stack gap="md" h="calc(100dvh - var(--app-shell-header-offset, 0px) - 2 * var(--mantine-spacing-md))">
      <Group justify="space-between">
        <ScreenTitle focusOnMount={focusTitle}>{t('recipients.title')}</ScreenTitle>
        <Button onClick={openNew}>{t('recipients.add')}</Button>
      </Group>
      <RecipientsToolbar search={searchInput} onSearch={setSearchInput} tag={tag} onTag={setTag} total={total} />
      {firstPage.isError && <ErrorAlert error={firstPage.error} />}
      {total === 0 && !filtered && <NoRecipients onAdd={openNew} />}
      {total === 0 && filtered && <NoResults onClear={clearFilters} />}
      {total !== undefined && total > 0 && (
        <RecipientTable
          params={params}
          total={total}
          sort={sort}
          onSort={setSort}
          countryName={countryName}
          onOpen={openEdit}
        />
      )}
      <RecipientFormModal target={formTarget} onClose={() => setFormTarget(null)} />
    </Stack>
  );
}

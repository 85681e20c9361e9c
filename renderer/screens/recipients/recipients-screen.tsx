import { Button, Group, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recipient } from '../../../shared/recipients/schemas';
import { hasFilters } from '../../api/recipient-filters';
import { useCountries, useFirstPage, type RecipientListParams } from '../../api/queries';
import { ErrorAlert } from '../../components/error-alert';
import { notifyError } from '../../components/notify';
import { ScreenTitle } from '../../components/screen-title';
import { currentLanguage } from '../../i18n';
import { useNavigation } from '../../navigation';
import { signalInteractive } from '../../readiness';
import { BulkActionBar } from './bulk-action-bar';
import { BulkTagModal, type BulkTagMode } from './bulk-tag-modal';
import { BulkVerifyModal } from './bulk-verify-modal';
import { ExportCsvButton } from './export-csv-button';
import { GroupOfficesModal } from './group-offices-modal';
import { CsvImportModal } from './import/csv-import-modal';
import { useListState } from './list-state';
import { RecipientFiltersBar } from './recipient-filters-bar';
import { RecipientFormModal } from './recipient-form-modal';
import { RecipientTable } from './recipient-table';
import { NoRecipients, NoResults } from './recipients-empty';
import { RecipientsToolbar } from './recipients-toolbar';
import type { FormTarget } from './use-recipient-form';
import { useSelection } from './use-selection';

const SEARCH_DEBOUNCE_MS = 150;

type Dialog = 'groupOffices' | 'import' | 'verify' | null;

export function RecipientsScreen({ focusTitle }: { focusTitle: boolean }) {
  const { t } = useTranslation();
  const { go } = useNavigation();
  const language = currentLanguage();
  const { searchInput, setSearchInput, filters, setFilters, sort, setSort } = useListState();
  const [search] = useDebouncedValue(searchInput.trim(), SEARCH_DEBOUNCE_MS);
  const [formTarget, setFormTarget] = useState<FormTarget | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [bulkTag, setBulkTag] = useState<BulkTagMode | null>(null);

  const params = useMemo<RecipientListParams>(() => ({ search, filters, ...sort, language }), [search, filters, sort, language]);
  const firstPage = useFirstPage(params);
  const countries = useCountries();
  const selection = useSelection(params);

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
  const openCountry = useCallback((code: string) => go({ view: 'countries', countryCode: code, from: 'recipients' }), [go]);
  const clearAll = () => {
    setSearchInput('');
    setFilters({});
  };

  const total = firstPage.data?.total;
  const filtered = search !== '' || hasFilters(filters);

  return (
    <Stack gap="sm" h="calc(100dvh - var(--app-shell-header-offset, 0px) - 2 * var(--mantine-spacing-md))">
      <Group justify="space-between">
        <ScreenTitle focusOnMount={focusTitle}>{t('recipients.title')}</ScreenTitle>
        <Group gap="xs">
          <Button variant="default" onClick={() => setDialog('import')}>
            {t('csvImport.button')}
          </Button>
          <Button variant="default" onClick={() => setDialog('groupOffices')}>
            {t('groupOffices.button')}
          </Button>
          <Button onClick={openNew}>{t('recipients.add')}</Button>
        </Group>
      </Group>
      <RecipientsToolbar search={searchInput} onSearch={setSearchInput} total={total}>
        <ExportCsvButton search={search} filters={filters} />
      </RecipientsToolbar>
      <RecipientFiltersBar filters={filters} onChange={setFilters} />
      {selection.selected.size > 0 && (
        <BulkActionBar
          count={selection.selected.size}
          onAddTag={() => setBulkTag('add')}
          onRemoveTag={() => setBulkTag('remove')}
          onVerify={() => setDialog('verify')}
          onClear={selection.clear}
        />
      )}
      {firstPage.isError && <ErrorAlert error={firstPage.error} />}
      {total === 0 && !filtered && <NoRecipients onAdd={openNew} onImport={() => setDialog('import')} />}
      {total === 0 && filtered && <NoResults onClear={clearAll} />}
      {total !== undefined && total > 0 && (
        <RecipientTable
          params={params}
          total={total}
          sort={sort}
          onSort={setSort}
          countryName={countryName}
          onOpen={openEdit}
          onOpenCountry={openCountry}
          selected={selection.selected}
          onToggle={selection.toggle}
          selectAll={{
            total,
            selectedCount: selection.selected.size,
            busy: selection.selectingAll,
            onSelectAll: () => selection.selectAllMatching(total).catch((error: unknown) => notifyError(t, error)),
            onClear: selection.clear,
          }}
        />
      )}
      <RecipientFormModal target={formTarget} onClose={() => setFormTarget(null)} />
      <GroupOfficesModal opened={dialog === 'groupOffices'} onClose={() => setDialog(null)} />
      <CsvImportModal opened={dialog === 'import'} onClose={() => setDialog(null)} countryName={countryName} />
      {/* Verified entries may leave a "to verify" filter: start afresh. */}
      <BulkVerifyModal opened={dialog === 'verify'} ids={selection.selected} onClose={() => setDialog(null)} onApplied={selection.clear} />
      <BulkTagModal
        mode={bulkTag}
        ids={selection.selected}
        onClose={() => setBulkTag(null)}
        // Removing a tag may take the rows out of a tag filter: start afresh. After adding, keep the selection for more tags.
        onApplied={(mode) => mode === 'remove' && selection.clear()}
      />
    </Stack>
  );
}

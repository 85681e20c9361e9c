import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { filterInput, type ListFilters } from '../../api/recipient-filters';
import { notifySuccess } from '../../components/notify';
import { useDownload } from '../../components/download';

/** Exports what the list shows (same search and filters) as a CSV download. */
export function ExportCsvButton({ search, filters }: { search: string; filters: ListFilters }) {
  const { t } = useTranslation();
  const exportCsv = useDownload(() => api['recipients.exportCsv'](filterInput(search, filters)), {
    type: 'text/csv;charset=utf-8',
    onDownloaded: ({ fileName, count }) => notifySuccess(t, t('exportCsv.doneTitle'), t('exportCsv.doneMessage', { count, fileName })),
  });
  return (
    <Button variant="default" loading={exportCsv.isPending} onClick={() => exportCsv.mutate()}>
      {t('exportCsv.button')}
    </Button>
  );
}

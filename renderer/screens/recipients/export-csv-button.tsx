import { Button } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { filterInput, type ListFilters } from '../../api/recipient-filters';
import { notifyError, notifySuccess } from '../../components/notify';
import { downloadText } from '../../components/download';

/** Exports what the list shows (same search and filters) as a CSV download. */
export function ExportCsvButton({ search, filters }: { search: string; filters: ListFilters }) {
  const { t } = useTranslation();
  const exportCsv = useMutation({
    mutationFn: () => api['recipients.exportCsv'](filterInput(search, filters)),
    onSuccess: ({ fileName, content, count }) => {
      downloadText(fileName, content, 'text/csv;charset=utf-8');
      notifySuccess(t, t('exportCsv.doneTitle'), t('exportCsv.doneMessage', { count, fileName }));
    },
    onError: (error) => notifyError(t, error),
  });
  return (
    <Button variant="default" loading={exportCsv.isPending} onClick={() => exportCsv.mutate()}>
      {t('exportCsv.button')}
    </Button>
  );
}

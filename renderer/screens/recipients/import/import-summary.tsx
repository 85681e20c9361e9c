import { Alert, Group, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../shared/recipients/contract';
import classes from './csv-import.module.css';
import { delimiterLabel, encodingLabel, warningText } from './import-text';

/** "4 to update: holder added" when every update fills a holder, "6 to update (4 holders added)" when some do. */
function updateCount(t: TFunction, preview: ImportResult): string {
  const { update } = preview.counts;
  if (preview.holderAdded === 0) return t('csvImport.counts.update', { count: update });
  if (preview.holderAdded === update) return t('csvImport.counts.updateHolders', { count: update });
  return t('csvImport.counts.updateSomeHolders', { count: update, holders: preview.holderAdded });
}

/** How the file was read (encoding, delimiter, rows), what to check (warnings), and what importing would do. */
export function ImportSummary({ preview }: { preview: ImportResult }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <dl className={classes.facts}>
        <dt>{t('csvImport.fileName')}</dt>
        <dd>{preview.fileName}</dd>
        <dt>{t('csvImport.encodingLabel')}</dt>
        <dd>{encodingLabel(t, preview.encoding)}</dd>
        <dt>{t('csvImport.delimiterLabel')}</dt>
        <dd>{delimiterLabel(t, preview.delimiter)}</dd>
        <dt>{t('csvImport.rows')}</dt>
        <dd>{t('csvImport.rowCount', { count: preview.total })}</dd>
      </dl>
      {preview.warnings.map((warning) => {
        const text = warningText(t, warning);
        return (
          <Alert key={warning.code} color="yellow" title={text.title} role="note" py="xs">
            {text.detail && <Text size="sm">{text.detail}</Text>}
          </Alert>
        );
      })}
      <Group gap="lg" role="status" aria-label={t('csvImport.countsLabel')}>
        <Text size="sm" fw={600}>
          {t('csvImport.counts.create', { count: preview.counts.create })}
        </Text>
        <Text size="sm" fw={600}>
          {updateCount(t, preview)}
        </Text>
        <Text size="sm" fw={600} c={preview.counts.skip > 0 ? 'orange.8' : undefined}>
          {t('csvImport.counts.skip', { count: preview.counts.skip })}
        </Text>
      </Group>
    </Stack>
  );
}

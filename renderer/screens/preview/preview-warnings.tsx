import { Alert, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { formatIsoDate } from '../../i18n/protocol-labels';
import { fieldLabel } from '../../letter/field-labels';
import type { PreviewResult } from './letter-merge';

/** What would stop or weaken this letter: missing fields, unresolved choices, stale or missing facts, leftover markers. */
export function PreviewWarnings({ result }: { result: PreviewResult }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const stale = result.facts.filter((f) => f.stale);
  const gone = result.facts.filter((f) => f.missing);
  const nothing = result.missing.length === 0 && result.unresolvedChoices === 0 && stale.length === 0 && gone.length === 0 && result.markers.length === 0;

  if (nothing) {
    return (
      <Text size="sm" c="teal.8" role="status">
        {t('preview.noWarnings')}
      </Text>
    );
  }
  return (
    <Stack gap="xs" aria-label={t('preview.warnings')} role="region">
      {result.missing.length > 0 && (
        <Alert color="red" title={t('preview.missingTitle', { count: result.missing.length })}>
          <List size="sm">
            {result.missing.map((m) => (
              <List.Item key={m.field}>{fieldLabel(t, m.field)}</List.Item>
            ))}
          </List>
          <Text size="sm" mt={4}>
            {t('preview.missingBlocks')}
          </Text>
        </Alert>
      )}
      {result.unresolvedChoices > 0 && (
        <Alert color="orange" title={t('preview.unresolvedTitle', { count: result.unresolvedChoices })}>
          <Text size="sm">{t('preview.unresolvedBody')}</Text>
        </Alert>
      )}
      {stale.length > 0 && (
        <Alert color="orange" title={t('preview.staleTitle', { count: stale.length })}>
          <List size="sm">
            {stale.map((f) => (
              <List.Item key={f.id}>
                {t('preview.staleFact', { label: f.label ?? f.id, source: f.sourceName ?? '', date: f.asOf ? formatIsoDate(f.asOf, language) : '' })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {gone.length > 0 && (
        <Alert color="red" title={t('preview.missingFactsTitle', { count: gone.length })}>
          <Text size="sm">{t('preview.missingFactsBody')}</Text>
        </Alert>
      )}
      {result.markers.length > 0 && (
        <Alert color="orange" title={t('preview.markersTitle', { count: result.markers.length })}>
          <Text size="sm">{t('preview.markersBody', { markers: result.markers.join(', ') })}</Text>
        </Alert>
      )}
    </Stack>
  );
}

import { List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MergeReport } from '../../../shared/archive/schemas';

type TableKey =
  | 'settings'
  | 'images'
  | 'organisation'
  | 'signers'
  | 'endorsers'
  | 'recipients'
  | 'recipient_tags'
  | 'facts'
  | 'templates'
  | 'template_variants'
  | 'campaigns'
  | 'campaign_signers'
  | 'campaign_endorsers'
  | 'drafts'
  | 'contact_events'
  | 'attachments'
  | 'activity_log';

const day = (iso: string | null) => (iso ?? '').slice(0, 10);

/** What an import does (preview) or did: counts per kind of data, then the conflicts and rows kept. */
export function ArchiveReport({ report }: { report: MergeReport }) {
  const { t } = useTranslation('archive');
  const tableName = (table: string) => t(`tables.${table as TableKey}`, { defaultValue: table });
  const rows = report.tables.filter((r) => r.added + r.updated + r.keptLocal + r.conflicts > 0);
  return (
    <Stack gap="sm">
      <Text size="sm">
        {[
          t('report.totalAdded', { count: report.totals.added }),
          t('report.totalUpdated', { count: report.totals.updated }),
          t('report.totalKept', { count: report.totals.keptLocal }),
          t('report.totalConflicts', { count: report.totals.conflicts }),
        ].join(', ')}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('report.nothing')}
        </Text>
      ) : (
        <Table verticalSpacing={4} striped>
          <Table.Caption>{t('report.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('report.what')}</Table.Th>
              <Table.Th ta="right">{t('report.added')}</Table.Th>
              <Table.Th ta="right">{t('report.updated')}</Table.Th>
              <Table.Th ta="right">{t('report.keptLocal')}</Table.Th>
              <Table.Th ta="right">{t('report.conflicts')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.table}>
                <Table.Td>{tableName(r.table)}</Table.Td>
                <Table.Td ta="right">{r.added}</Table.Td>
                <Table.Td ta="right">{r.updated}</Table.Td>
                <Table.Td ta="right">{r.keptLocal}</Table.Td>
                <Table.Td ta="right">{r.conflicts}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {report.notes.length > 0 && (
        <Stack gap={4}>
          <Title order={4} size="h5">
            {t('report.notesTitle')}
          </Title>
          <List size="sm" spacing={2} aria-label={t('report.notesTitle')}>
            {report.notes.map((n) => (
              <List.Item key={`${n.kind}-${n.table}-${n.id}`}>
                {t(`notes.${n.kind}`, { what: tableName(n.table), label: n.label, yours: day(n.localUpdatedAt), theirs: day(n.theirUpdatedAt) })}
              </List.Item>
            ))}
          </List>
          {report.notesLeftOut > 0 && (
            <Text size="sm" c="dimmed">
              {t('report.more', { count: report.notesLeftOut })}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}

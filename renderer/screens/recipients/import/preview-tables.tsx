import { Badge, ScrollArea, Table, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../shared/recipients/contract';
import { skipDetail, skipReason } from './import-text';

type PreviewRow = ImportResult['create'][number];

function RowsTable({ rows, label, countryName }: { rows: readonly PreviewRow[]; label: string; countryName: (code: string) => string }) {
  const { t } = useTranslation();
  return (
    <Table striped verticalSpacing={4} fz="sm" aria-label={label} stickyHeader>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="4.5rem">{t('csvImport.line')}</Table.Th>
          <Table.Th>{t('recipients.columns.country')}</Table.Th>
          <Table.Th>{t('recipients.columns.office')}</Table.Th>
          <Table.Th>{t('recipients.columns.name')}</Table.Th>
          <Table.Th>{t('recipients.columns.email')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.line}>
            <Table.Td>{row.line}</Table.Td>
            <Table.Td>{countryName(row.countryCode)}</Table.Td>
            <Table.Td>{row.office}</Table.Td>
            <Table.Td>
              {row.name || (
                <Text span size="sm" c="dimmed" fs="italic">
                  {t('recipients.holderUnknown')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{row.email}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function SkipTable({ rows, label }: { rows: ImportResult['skip']; label: string }) {
  const { t } = useTranslation();
  return (
    <Table striped verticalSpacing={4} fz="sm" aria-label={label} stickyHeader>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="4.5rem">{t('csvImport.line')}</Table.Th>
          <Table.Th w="35%">{t('csvImport.reason')}</Table.Th>
          <Table.Th>{t('csvImport.detail')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={`${row.line}-${row.code}`}>
            <Table.Td>{row.line}</Table.Td>
            <Table.Td>{skipReason(t, row.code)}</Table.Td>
            <Table.Td>{skipDetail(row.message)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

const KINDS = ['create', 'update', 'skip'] as const;

/** Rows to create, update and skip, one tab each; the counts cover the whole file, the tables its first rows. */
export function PreviewTables({ preview, countryName }: { preview: ImportResult; countryName: (code: string) => string }) {
  const { t } = useTranslation();
  const first = KINDS.find((kind) => preview.counts[kind] > 0) ?? 'create';
  return (
    <Tabs defaultValue={first} keepMounted={false}>
      <Tabs.List>
        {KINDS.map((kind) => (
          <Tabs.Tab
            key={kind}
            value={kind}
            rightSection={
              <Badge size="sm" variant="light" color={kind === 'skip' ? 'orange' : undefined} circle={preview.counts[kind] < 100}>
                {preview.counts[kind]}
              </Badge>
            }
          >
            {t(`csvImport.tabs.${kind}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {KINDS.map((kind) => {
        const rows = preview[kind];
        const label = t(`csvImport.tabs.${kind}`);
        return (
          <Tabs.Panel key={kind} value={kind} pt="xs">
            {rows.length === 0 ? (
              <Text size="sm" c="dimmed" py="sm">
                {t(`csvImport.none.${kind}`)}
              </Text>
            ) : (
              <ScrollArea.Autosize mah={260}>
                {kind === 'skip' ? <SkipTable rows={preview.skip} label={label} /> : <RowsTable rows={preview[kind]} label={label} countryName={countryName} />}
              </ScrollArea.Autosize>
            )}
            {rows.length < preview.counts[kind] && (
              <Text size="xs" c="dimmed" mt={4}>
                {t('csvImport.firstRows', { shown: rows.length, count: preview.counts[kind] })}
              </Text>
            )}
          </Tabs.Panel>
        );
      })}
    </Tabs>
  );
}

import { Badge, Checkbox, Group, NativeSelect, ScrollArea, Select, Table, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../shared/recipients/contract';
import { OFFICE_TYPES, type OfficeType } from '../../../../shared/protocol';
import { officeTypeOptions, useCountryOptions } from '../../../i18n/protocol-labels';
import { foldedFilter } from '../recipient-filters-bar';
import { ChangeList } from './change-list';
import { skipDetail, skipReason } from './import-text';

type PreviewRow = ImportResult['create'][number];

/** What the person can change per line in the preview. */
export interface RowChoiceHandlers {
  disabled: boolean;
  /** Lines whose names the person keeps as written (shown at once, before the file is checked again). */
  keptNames: readonly number[];
  /** Office types the person chose, by line (shown at once, like keptNames). */
  chosenTypes: Readonly<Record<string, OfficeType>>;
  /** Countries the person chose, by line, for rows whose country was not recognised. */
  chosenCountries: Readonly<Record<string, string>>;
  onKeepName: (line: number, keep: boolean) => void;
  onOfficeType: (line: number, officeType: OfficeType) => void;
  onCountry: (line: number, code: string) => void;
}

/** "Understood as": the office type the row will be stored with, which the person can correct. */
function UnderstoodAs({ row, choices }: { row: PreviewRow; choices: RowChoiceHandlers }) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      size="xs"
      aria-label={t('csvImport.understoodAsFor', { line: row.line })}
      data={officeTypeOptions(t)}
      value={choices.chosenTypes[String(row.line)] ?? row.officeType}
      disabled={choices.disabled}
      onChange={(event) => {
        const next = OFFICE_TYPES.find((type) => type === event.currentTarget.value);
        if (next) choices.onOfficeType(row.line, next);
      }}
    />
  );
}

function RowsTable({
  rows,
  label,
  countryName,
  choices,
  updates = false,
}: {
  rows: readonly PreviewRow[];
  label: string;
  countryName: (code: string) => string;
  choices: RowChoiceHandlers;
  /** Rows that update a recipient: each shows what it changes, old and new. */
  updates?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Table striped verticalSpacing={4} fz="sm" aria-label={label} stickyHeader>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="4.5rem">{t('csvImport.line')}</Table.Th>
          <Table.Th>{t('recipients.columns.country')}</Table.Th>
          <Table.Th>{t('recipients.columns.office')}</Table.Th>
          <Table.Th w="13rem">{t('csvImport.understoodAs')}</Table.Th>
          <Table.Th>{t('recipients.columns.name')}</Table.Th>
          <Table.Th>{t('recipients.columns.email')}</Table.Th>
          {updates && <Table.Th w="40%">{t('csvImport.changes')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.line}>
            <Table.Td>{row.line}</Table.Td>
            <Table.Td>{countryName(row.countryCode)}</Table.Td>
            <Table.Td>{row.office}</Table.Td>
            <Table.Td>
              <UnderstoodAs row={row} choices={choices} />
            </Table.Td>
            <Table.Td>
              {row.name || (
                <Text span size="sm" c="dimmed" fs="italic">
                  {t('recipients.holderUnknown')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{row.email}</Table.Td>
            {updates && (
              <Table.Td>
                {row.fillsHolder && (
                  <Badge size="sm" variant="light" color="teal" radius="sm" tt="none" mb={4}>
                    {t('csvImport.holderAdded')}
                  </Badge>
                )}
                <ChangeList changes={row.changes ?? []} />
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** For a row whose country was not recognised: the file's text, and a country to import it with instead. */
function ChooseCountry({ row, choices }: { row: ImportResult['skip'][number]; choices: RowChoiceHandlers }) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  return (
    <Group gap="xs" wrap="nowrap">
      <Text span size="sm">
        “{row.value}”
      </Text>
      <Select
        size="xs"
        aria-label={t('csvImport.countryFor', { line: row.line, value: row.value })}
        placeholder={t('csvImport.chooseCountry')}
        data={countries}
        value={choices.chosenCountries[String(row.line)] ?? null}
        onChange={(code) => code && choices.onCountry(row.line, code)}
        disabled={choices.disabled}
        filter={foldedFilter}
        searchable
        allowDeselect={false}
        comboboxProps={{ withinPortal: true, width: 240 }}
        style={{ flex: 1, minWidth: 160 }}
      />
    </Group>
  );
}

function SkipTable({ rows, label, choices }: { rows: ImportResult['skip']; label: string; choices: RowChoiceHandlers }) {
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
            {/* The reason is said once: an unknown country's detail is the file's text and a choice, not the reason again. */}
            <Table.Td>
              {row.code === 'unknownCountry' && row.value !== undefined ? <ChooseCountry row={row} choices={choices} /> : skipDetail(row.message, row.value)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Every name the import writes otherwise, before and after, each one revertible. */
function NamesTable({ names, label, choices }: { names: ImportResult['names']; label: string; choices: RowChoiceHandlers }) {
  const { t } = useTranslation();
  return (
    <Table striped verticalSpacing={4} fz="sm" aria-label={label} stickyHeader>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="4.5rem">{t('csvImport.line')}</Table.Th>
          <Table.Th>{t('csvImport.nameInFile')}</Table.Th>
          <Table.Th>{t('csvImport.nameInLetters')}</Table.Th>
          <Table.Th w="9rem">{t('csvImport.keepAsWritten')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {names
          .map((change) => ({ ...change, kept: choices.keptNames.includes(change.line) }))
          .map((change) => (
            <Table.Tr key={change.line}>
              <Table.Td>{change.line}</Table.Td>
              <Table.Td>{change.before}</Table.Td>
              <Table.Td>
                <Text span size="sm" td={change.kept ? 'line-through' : undefined} c={change.kept ? 'dimmed' : undefined}>
                  {change.after}
                </Text>
              </Table.Td>
              <Table.Td>
                <Checkbox
                  size="xs"
                  aria-label={t('csvImport.keepNameFor', { line: change.line, name: change.before })}
                  checked={change.kept}
                  disabled={choices.disabled}
                  onChange={(event) => choices.onKeepName(change.line, event.currentTarget.checked)}
                />
              </Table.Td>
            </Table.Tr>
          ))}
      </Table.Tbody>
    </Table>
  );
}

const KINDS = ['create', 'update', 'skip'] as const;

interface PreviewTablesProps {
  preview: ImportResult;
  countryName: (code: string) => string;
  choices: RowChoiceHandlers;
}

/** Rows to create, update and skip, and the names written otherwise, one tab each; the counts cover the whole file, the tables its first rows. */
export function PreviewTables({ preview, countryName, choices }: PreviewTablesProps) {
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
        {preview.nameCount > 0 && (
          <Tabs.Tab
            value="names"
            rightSection={
              <Badge size="sm" variant="light" color="grape" circle={preview.nameCount < 100}>
                {preview.nameCount}
              </Badge>
            }
          >
            {t('csvImport.tabs.names')}
          </Tabs.Tab>
        )}
      </Tabs.List>
      {preview.nameCount > 0 && (
        <Tabs.Panel value="names" pt="xs">
          <Text size="sm" c="dimmed" mb="xs">
            {t('csvImport.namesHelp')}
          </Text>
          <ScrollArea.Autosize mah={260}>
            <NamesTable names={preview.names} label={t('csvImport.tabs.names')} choices={choices} />
          </ScrollArea.Autosize>
          {preview.names.length < preview.nameCount && (
            <Text size="xs" c="dimmed" mt={4}>
              {t('csvImport.firstRows', { shown: preview.names.length, count: preview.nameCount })}
            </Text>
          )}
        </Tabs.Panel>
      )}
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
                {kind === 'skip' ? (
                  <SkipTable rows={preview.skip} label={label} choices={choices} />
                ) : (
                  <RowsTable rows={preview[kind]} label={label} countryName={countryName} choices={choices} updates={kind === 'update'} />
                )}
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

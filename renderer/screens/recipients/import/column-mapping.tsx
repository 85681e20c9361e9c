import { NativeSelect, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CSV_FIELDS, REQUIRED_CSV_FIELDS } from '../../../../shared/recipients/csv-fields';
import type { ColumnChoice } from './use-csv-import';

interface ColumnMappingProps {
  headers: readonly string[];
  columns: readonly ColumnChoice[];
  disabled: boolean;
  onChange: (index: number, field: ColumnChoice) => void;
}

function isChoice(value: string): value is ColumnChoice {
  return value === 'ignore' || (CSV_FIELDS as readonly string[]).includes(value);
}

/** One select per CSV column: which recipient field it fills. Changing one previews again. */
export function ColumnMapping({ headers, columns, disabled, onChange }: ColumnMappingProps) {
  const { t } = useTranslation();
  const data = [
    ...CSV_FIELDS.map((field) => ({
      value: field,
      label: REQUIRED_CSV_FIELDS.includes(field) ? t('csvImport.requiredField', { field: t(`form.fields.${field}`) }) : t(`form.fields.${field}`),
    })),
    { value: 'ignore', label: t('csvImport.ignore') },
  ];
  return (
    <div>
      <Text size="sm" c="dimmed" mb={6}>
        {t('csvImport.mappingHelp')}
      </Text>
      <Table withTableBorder verticalSpacing={4} aria-label={t('csvImport.mappingTitle')} layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="4rem">{t('csvImport.columnNumber')}</Table.Th>
            <Table.Th>{t('csvImport.columnHeader')}</Table.Th>
            <Table.Th>{t('csvImport.columnField')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {headers.map((header, index) => (
            <Table.Tr key={index}>
              <Table.Td>{index + 1}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                {header || (
                  <Text span c="dimmed">
                    {t('csvImport.noHeader')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <NativeSelect
                  size="xs"
                  aria-label={t('csvImport.fieldFor', { header: header || String(index + 1) })}
                  data={data}
                  value={columns[index] ?? 'ignore'}
                  disabled={disabled}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    if (isChoice(value)) onChange(index, value);
                  }}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

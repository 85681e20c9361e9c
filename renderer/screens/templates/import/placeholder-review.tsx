import type { TFunction } from 'i18next';
import { Badge, Code, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlaceholderMapping, TemplateImportPreview } from '../../../../shared/templates/contract';
import { choiceSummary } from '../../../letter/choice-form';
import { fieldLabel } from '../../../letter/field-labels';
import { MappingControl } from './mapping-control';

/** "Recipient · Full title", "Choice: His / Her", "Text: 30 June", "Stays as [[DEADLINE]]". */
function mappingSummary(t: TFunction, mapping: PlaceholderMapping, marker?: string): string {
  switch (mapping.type) {
    case 'field':
      return fieldLabel(t, mapping.field);
    case 'choice':
      return t('templateImport.summary.choice', { summary: choiceSummary(mapping) });
    case 'text':
      return t('templateImport.summary.text', { text: mapping.text });
    case 'unmapped':
      return t('templateImport.summary.unmapped', { marker: marker ?? '' });
  }
}

interface PlaceholderReviewProps {
  /** As first detected (commit: false, no decisions): what Letterdesk proposed. */
  proposed: TemplateImportPreview['placeholders'];
  preview: TemplateImportPreview;
  decisions: Record<string, PlaceholderMapping>;
  onDecide: (id: string, mapping: PlaceholderMapping) => void;
}

/** Each placeholder found: its text, how often, what Letterdesk proposed, and what it will become. */
export function PlaceholderReview({ proposed, preview, decisions, onDecide }: PlaceholderReviewProps) {
  const { t } = useTranslation();
  const { t: tl } = useTranslation('letters');
  if (preview.placeholders.length === 0) {
    return (
      <Paper withBorder p="sm">
        <Text size="sm">{t('templateImport.noPlaceholders')}</Text>
      </Paper>
    );
  }
  return (
    <Table aria-label={t('templateImport.placeholdersLabel')} verticalSpacing="sm" layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="34%">{t('templateImport.columns.found')}</Table.Th>
          <Table.Th>{t('templateImport.columns.becomes')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {preview.placeholders.map((p) => {
          const mapping = decisions[p.id] ?? p.mapping;
          const first = proposed.find((x) => x.id === p.id)?.mapping ?? p.mapping;
          return (
            <Table.Tr key={p.id} aria-label={p.raw}>
              <Table.Td style={{ verticalAlign: 'top' }}>
                <Stack gap={4}>
                  <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                    {p.raw}
                  </Code>
                  <Group gap={4}>
                    <Badge size="xs" variant="light" color="gray">
                      {t('templateImport.occurrences', { count: p.occurrences })}
                    </Badge>
                    {first.type === 'unmapped' ? (
                      <Badge size="xs" variant="light" color="orange">
                        {t('templateImport.unknown')}
                      </Badge>
                    ) : null}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t('templateImport.proposed', { what: mappingSummary(t, first, p.marker) })}
                  </Text>
                  {p.inAddressOnly && (
                    <Text size="xs" c="dimmed">
                      {tl('importProposals.inAddressOnly')}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td style={{ verticalAlign: 'top' }}>
                <MappingControl raw={p.raw} marker={p.marker} mapping={mapping} onChange={(next) => onDecide(p.id, next)} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

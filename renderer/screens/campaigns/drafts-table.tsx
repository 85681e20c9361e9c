import { Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DraftRow } from '../../../shared/campaigns/schemas';
import { useCountryOptions } from '../../i18n/protocol-labels';
import { useNavigation } from '../../navigation';
import { RecordEventButton } from '../tracking/tracking-panel';
import { DraftBadges, ReasonList } from './draft-status';

/** One row per letter: reference (opens it), recipient, country, language, state and why. */
export function DraftsTable({ campaignId, rows }: { campaignId: string; rows: readonly DraftRow[] }) {
  const { t } = useTranslation('campaigns');
  const { t: tm } = useTranslation();
  const { go } = useNavigation();
  const countries = useCountryOptions();
  const countryName = (code: string) => countries.find((c) => c.value === code)?.label ?? code;

  return (
    <Table striped verticalSpacing="xs">
      <Table.Caption>{t('campaign.caption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('campaign.reference')}</Table.Th>
          <Table.Th>{t('campaign.recipient')}</Table.Th>
          <Table.Th>{t('campaign.country')}</Table.Th>
          <Table.Th>{t('campaign.language')}</Table.Th>
          <Table.Th>{t('campaign.state')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <UnstyledButton
                c="blue.8"
                fw={600}
                ff="monospace"
                aria-label={t('campaign.open', { reference: row.reference })}
                onClick={() => go({ view: 'campaigns', campaignId, draftId: row.id })}
              >
                {row.reference}
              </UnstyledButton>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{row.recipientName || '—'}</Text>
              <Text size="xs" c="dimmed">
                {row.office}
              </Text>
            </Table.Td>
            <Table.Td>{countryName(row.countryCode)}</Table.Td>
            <Table.Td>
              <Text size="sm">{tm(`languages.${row.language}`)}</Text>
              {row.fellBack && (
                <Text size="xs" c="dimmed">
                  {t('campaign.fellBack', { language: tm(`languages.${row.language}`), preferred: tm(`languages.${row.preferredLanguage}`) })}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Stack gap={4}>
                <DraftBadges campaignId={campaignId} row={row} />
                <ReasonList row={row} />
                <RecordEventButton target={{ campaignId, recipientId: row.recipientId, label: `${row.recipientName || row.office} (${row.reference})` }} />
              </Stack>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

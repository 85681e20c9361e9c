import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTrackingCountry } from '../../api/tracking-queries';
import { CenteredLoader } from '../../components/centered-loader';
import { currentLanguage } from '../../i18n';
import { formatIsoDate } from '../../i18n/protocol-labels';
import { ErrorAlert } from '../../components/error-alert';
import { EventHistory } from './event-history';
import { STATUS_COLORS, textOn } from './status-colors';
import { RecordEventButton } from './tracking-panel';

/** The "History" section of a country page: each recipient's status per campaign, and every event across campaigns. */
export function CountryHistory({ countryCode }: { countryCode: string }) {
  const { t } = useTranslation('tracking');
  const language = currentLanguage();
  const country = useTrackingCountry(countryCode);

  return (
    <Stack gap="sm" component="section" aria-labelledby="country-history-title">
      <Title order={2} size="h4" id="country-history-title">
        {t('history.title')}
      </Title>
      {country.isPending && <CenteredLoader />}
      {country.isError && <ErrorAlert error={country.error} />}
      {country.data && country.data.rows.length === 0 && country.data.events.length === 0 && <Text c="dimmed">{t('history.countryEmpty')}</Text>}
      {country.data && country.data.rows.length > 0 && (
        <Table striped verticalSpacing="xs">
          <Table.Caption>{t('history.outreachTitle')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('history.campaign')}</Table.Th>
              <Table.Th>{t('history.recipient')}</Table.Th>
              <Table.Th>{t('dashboard.status')}</Table.Th>
              <Table.Th>{t('dashboard.lastEvent')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {country.data.rows.map((row) => (
              <Table.Tr key={`${row.campaignId}-${row.recipientId}`}>
                <Table.Td>{row.campaignName}</Table.Td>
                <Table.Td>
                  <Text size="sm">{row.recipientName}</Text>
                  <Text size="xs" c="dimmed">
                    {row.office}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge tt="none" color={STATUS_COLORS[row.status]} c={textOn(row.status)}>
                    {t(`status.${row.status}`)}
                  </Badge>
                  {row.chased && (
                    <Text size="xs" c="dimmed">
                      {t('chaser.chasedOn', { date: formatIsoDate(row.chased.on, language), reference: row.chased.reference })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {row.lastEvent ? t('dashboard.tooltipLast', { kind: t(`kind.${row.lastEvent.kind}`), date: row.lastEvent.occurredOn }) : '—'}
                </Table.Td>
                <Table.Td>
                  <RecordEventButton
                    target={{ campaignId: row.campaignId, recipientId: row.recipientId, label: `${row.recipientName} — ${row.campaignName}` }}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {country.data && country.data.events.length > 0 && <EventHistory events={country.data.events} wide caption={t('history.caption')} />}
    </Stack>
  );
}

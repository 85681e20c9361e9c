import { Box, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { addDays, daysBetween } from '../../../shared/tracking/dates';
import { useTrackingEvents } from '../../api/tracking-queries';
import { currentLanguage } from '../../i18n';
import { formatIsoDate } from '../../i18n/protocol-labels';

/** Monday of the ISO week of a yyyy-mm-dd date. */
function weekStart(iso: string): string {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return addDays(iso, -((day + 6) % 7));
}

/** Recorded events of one campaign counted per week, as a table with bars. */
export function EventTimeline({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation('tracking');
  const events = useTrackingEvents({ campaignId });
  const language = currentLanguage();
  const counted = (events.data ?? []).filter((e) => e.effective && e.kind !== 'drafted' && e.kind !== 'exported');
  if (counted.length === 0) return null;
  const weeks = new Map<string, number>();
  for (const e of counted) weeks.set(weekStart(e.occurredOn), (weeks.get(weekStart(e.occurredOn)) ?? 0) + 1);
  const sorted = [...weeks.keys()].sort();
  const first = sorted[0]!;
  const span = Math.min(daysBetween(first, sorted[sorted.length - 1]!) / 7, 52);
  const rows = Array.from({ length: span + 1 }, (_, i) => addDays(first, i * 7));
  const max = Math.max(...weeks.values());

  return (
    <Stack gap="xs" component="section" aria-labelledby="timeline-title">
      <Title order={2} size="h4" id="timeline-title">
        {t('dashboard.timeline')}
      </Title>
      <Table maw={560} verticalSpacing={4}>
        <Table.Caption>{t('dashboard.timelineCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dashboard.week')}</Table.Th>
            <Table.Th>{t('dashboard.events')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((week) => {
            const n = weeks.get(week) ?? 0;
            return (
              <Table.Tr key={week}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatIsoDate(week, language)}</Table.Td>
                <Table.Td>
                  <Box style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
                    <Box h={10} w={`${(n / max) * 240}px`} bg="blue.7" aria-hidden="true" />
                    {n}
                  </Box>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

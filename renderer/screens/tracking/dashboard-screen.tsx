import { Box, Button, Group, NativeSelect, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TRACKING_STATUSES } from '../../../shared/tracking/kinds';
import { useCampaigns } from '../../api/campaign-queries';
import { useTrackingStatus } from '../../api/tracking-queries';
import { CenteredLoader } from '../../components/centered-loader';
import { ErrorAlert } from '../../components/error-alert';
import { ScreenTitle } from '../../components/screen-title';
import { useNavigation } from '../../navigation';
import { useChecklistHidden } from '../get-started/dismissal';
import { CountryStatusTable } from './country-status-table';
import { ReportButtons } from './report-buttons';
import { MAP_STATUSES, STATUS_COLORS } from './status-colors';
import { EventTimeline } from './event-timeline';
import { WorldMap, type MapCountry } from './world-map';

/** Outreach at a glance: counts per status, the world map (or its table), the timeline and the reports (and the get-started checklist, once put away). */
export function DashboardScreen({ focusTitle }: { focusTitle: boolean }) {
  const { t } = useTranslation('tracking');
  const { go } = useNavigation();
  const campaigns = useCampaigns();
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const [mode, setMode] = useState<'map' | 'table'>('map');
  const status = useTrackingStatus(campaignId);
  const mapRef = useRef<SVGSVGElement>(null);
  // Put away from the navigation, the get-started checklist is reached from here.
  const [checklistHidden] = useChecklistHidden();
  const { t: tm } = useTranslation();

  const countries = useMemo(
    () => new Map<string, MapCountry>((status.data?.countries ?? []).map((c) => [c.countryCode, { status: c.status, lastEvent: c.lastEvent }])),
    [status.data],
  );
  const openCountry = (code: string) => go({ view: 'countries', countryCode: code, from: 'outreach' });

  return (
    <Stack gap="md">
      <ScreenTitle focusOnMount={focusTitle}>{t('dashboard.title')}</ScreenTitle>
      <Group align="flex-end" justify="space-between">
        <NativeSelect
          label={t('dashboard.campaign')}
          value={campaignId ?? ''}
          onChange={(e) => setCampaignId(e.currentTarget.value || null)}
          data={[{ value: '', label: t('dashboard.allCampaigns') }, ...(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name }))]}
          w={320}
        />
        <Group gap="sm">
          {checklistHidden && (
            <Button variant="subtle" onClick={() => go({ view: 'start' })}>
              {tm('getStarted.open')}
            </Button>
          )}
          <ReportButtons campaignId={campaignId} mapRef={mapRef} />
        </Group>
      </Group>
      {status.isPending && <CenteredLoader />}
      {status.isError && <ErrorAlert error={status.error} />}
      {status.data && (
        <>
          {/* Which statuses are on screen ("all" or a campaign id): what tests and the benchmark wait for. */}
          <span hidden data-tracking-shown={campaignId ?? 'all'} />
          {TRACKING_STATUSES.every((s) => status.data.counts[s] === 0) && <Text c="dimmed">{t('dashboard.empty')}</Text>}
          <Box component="section" aria-labelledby="status-counts-title">
            <Title order={2} size="h4" id="status-counts-title" mb="xs">
              {t('dashboard.counts')}
            </Title>
            <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="xs">
              {TRACKING_STATUSES.map((s) => (
                <Paper key={s} withBorder p="xs" data-status-count={s}>
                  <Group gap={6} wrap="nowrap">
                    <Box w={12} h={12} style={{ background: STATUS_COLORS[s], borderRadius: 2, flexShrink: 0 }} aria-hidden="true" />
                    <Text size="xs">{t(`status.${s}`)}</Text>
                  </Group>
                  <Text fw={700} size="xl">
                    {status.data.counts[s]}
                  </Text>
                </Paper>
              ))}
            </SimpleGrid>
          </Box>
          <SegmentedControl
            w="fit-content"
            value={mode}
            onChange={(v) => setMode(v === 'table' ? 'table' : 'map')}
            aria-label={t('dashboard.view')}
            data={[
              { value: 'map', label: t('dashboard.map') },
              { value: 'table', label: t('dashboard.table') },
            ]}
          />
          {/* The map stays mounted in table view, so the DOCX report can still include it. */}
          <Box display={mode === 'map' ? 'block' : 'none'}>
            <Paper withBorder p="xs">
              <WorldMap countries={countries} onOpen={openCountry} svgRef={mapRef} />
            </Paper>
            <Group gap="md" mt="xs" component="ul" aria-label={t('dashboard.legend')} style={{ listStyle: 'none', padding: 0 }}>
              {MAP_STATUSES.map((s) => (
                <Group key={s} gap={6} component="li" wrap="nowrap">
                  <Box w={14} h={14} style={{ background: STATUS_COLORS[s], border: '1px solid #868e96', borderRadius: 2 }} aria-hidden="true" />
                  <Text size="sm">{t(`status.${s}`)}</Text>
                </Group>
              ))}
            </Group>
          </Box>
          {mode === 'table' && <CountryStatusTable countries={status.data.countries} onOpen={openCountry} />}
          {campaignId && <EventTimeline campaignId={campaignId} />}
        </>
      )}
    </Stack>
  );
}

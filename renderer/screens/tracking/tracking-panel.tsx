import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCampaign } from '../../api/campaign-queries';
import { useTrackingEvents } from '../../api/tracking-queries';
import { CenteredLoader } from '../../components/centered-loader';
import { ErrorAlert } from '../../components/error-alert';
import { DraftChaserButton } from './draft-chaser';
import { EventHistory } from './event-history';
import { RecordEventModal, type RecordTarget } from './record-event-modal';

/** A "Record event" button with its dialog, for a letter row or a recipient. */
export function RecordEventButton({ target, size = 'compact-sm' }: { target: RecordTarget; size?: 'compact-sm' | 'sm' }) {
  const { t } = useTranslation('tracking');
  const [open, setOpen] = useState<RecordTarget | null>(null);
  return (
    <>
      <Button size={size} variant="light" aria-label={t('record.buttonFor', { name: target.label })} onClick={() => setOpen(target)}>
        {t('record.button')}
      </Button>
      <RecordEventModal target={open} onClose={() => setOpen(null)} />
    </>
  );
}

/** On a letter's page: what happened to it so far, recording the next event, and drafting a chaser. */
export function TrackingPanel({ target, recipientName }: { target: RecordTarget & { campaignId: string }; recipientName: string }) {
  const { t } = useTranslation('tracking');
  const events = useTrackingEvents({ campaignId: target.campaignId, recipientId: target.recipientId });
  const campaign = useCampaign(target.campaignId);
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="tracking-history-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="tracking-history-title">
            {t('history.title')}
          </Title>
          <Group gap="xs">
            {campaign.data && (
              <DraftChaserButton
                target={{ campaignId: target.campaignId, recipientId: target.recipientId, name: recipientName, campaignName: campaign.data.name }}
                size="sm"
              />
            )}
            <RecordEventButton target={target} size="sm" />
          </Group>
        </Group>
        {events.isPending && <CenteredLoader />}
        {events.isError && <ErrorAlert error={events.error} />}
        {events.data && <EventHistory events={events.data} caption={t('history.caption')} />}
      </Stack>
    </Paper>
  );
}

import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTrackingEvents } from '../../api/tracking-queries';
import { CenteredLoader } from '../../components/centered-loader';
import { ErrorAlert } from '../../components/error-alert';
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

/** On a letter's page: what happened to it so far, and recording the next event. */
export function TrackingPanel({ target }: { target: RecordTarget & { campaignId: string } }) {
  const { t } = useTranslation('tracking');
  const events = useTrackingEvents({ campaignId: target.campaignId, recipientId: target.recipientId });
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="tracking-history-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="tracking-history-title">
            {t('history.title')}
          </Title>
          <RecordEventButton target={target} size="sm" />
        </Group>
        {events.isPending && <CenteredLoader />}
        {events.isError && <ErrorAlert error={events.error} />}
        {events.data && <EventHistory events={events.data} caption={t('history.caption')} />}
      </Stack>
    </Paper>
  );
}

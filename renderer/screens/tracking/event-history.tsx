import { Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentInfo, ContactEvent } from '../../../shared/tracking/schemas';
import { api } from '../../api/client';
import { invalidateTracking } from '../../api/tracking-queries';
import { notifyError, notifySuccess } from '../../components/notify';
import { currentLanguage } from '../../i18n';
import { formatIsoDate } from '../../i18n/protocol-labels';
import { useDownload } from '../../components/download';
import { useEventDetails } from './event-labels';
import { RecordEventModal } from './record-event-modal';

/** A badge whose words wrap instead of widening the column ("Correction of 12 September 2026"). */
const WRAPPING_BADGE = {
  root: { height: 'auto', maxWidth: '100%', borderRadius: 'var(--mantine-radius-sm)' },
  label: { whiteSpace: 'normal', overflow: 'visible' },
} as const;

interface EventHistoryProps {
  events: readonly ContactEvent[];
  /** Show the campaign and recipient columns (a country's history spans both). */
  wide?: boolean;
  caption: string;
}

/**
 * The event log, oldest first: which events were corrected or undone (struck
 * through, dimmed and marked; the others are what the status is made of),
 * their files, "Correct…" (a superseding event, recorded through the record
 * dialog filled with the event) and "Undo" in a column of their own.
 */
export function EventHistory({ events, wide = false, caption }: EventHistoryProps) {
  const { t } = useTranslation('tracking');
  const { t: tm } = useTranslation();
  const queryClient = useQueryClient();
  const details = useEventDetails();
  const language = currentLanguage();
  const [correcting, setCorrecting] = useState<ContactEvent | null>(null);
  const byId = new Map(events.map((e) => [e.id, e]));
  // What replaced an event: a correction, or an undo (a retraction row).
  const replacedBy = (event: ContactEvent) => (event.supersededBy ? byId.get(event.supersededBy) : undefined);

  const undo = useMutation({
    mutationFn: (eventId: string) => api['tracking.undo']({ eventId }),
    onSuccess: async () => {
      await invalidateTracking(queryClient);
      // The undo is itself a row in the log: nothing to "redo" here, the notification only says what happened.
      notifySuccess(tm, t('history.undone_title'), t('history.undoneBody'));
    },
    onError: (error) => notifyError(tm, error),
  });

  const download = useDownload((file: AttachmentInfo) => api['tracking.attachment']({ id: file.id }));

  if (events.length === 0) return <Text c="dimmed">{t('history.empty')}</Text>;

  return (
    <>
      <Table striped verticalSpacing="xs">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('history.date')}</Table.Th>
            {wide && <Table.Th>{t('history.campaign')}</Table.Th>}
            {wide && <Table.Th>{t('history.recipient')}</Table.Th>}
            <Table.Th>{t('history.event')}</Table.Th>
            <Table.Th>{t('history.details')}</Table.Th>
            <Table.Th>{t('history.files')}</Table.Th>
            <Table.Th>{t('history.state')}</Table.Th>
            <Table.Th>{t('history.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => {
            const replacement = replacedBy(event);
            const struck = event.supersededBy ? 'line-through' : undefined;
            return (
              <Table.Tr key={event.id} data-effective={event.effective} style={event.effective ? undefined : { opacity: 0.7 }}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" td={struck}>
                    {formatIsoDate(event.occurredOn, language)}
                  </Text>
                </Table.Td>
                {wide && <Table.Td>{event.campaignName ?? t('history.noCampaign')}</Table.Td>}
                {wide && <Table.Td>{event.recipientName}</Table.Td>}
                <Table.Td>
                  <Text size="sm" fw={600} td={struck}>
                    {t(`kind.${event.kind}`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" td={struck}>
                    {details(event)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    {event.attachments.map((file) => (
                      // A link that wraps: a long file name never widens the row past its actions.
                      <Anchor
                        key={file.id}
                        component="button"
                        type="button"
                        size="sm"
                        ta="left"
                        style={{ overflowWrap: 'break-word' }}
                        onClick={() => download.mutate(file)}
                        aria-label={t('history.download', { name: file.fileName })}
                      >
                        {file.fileName}
                      </Anchor>
                    ))}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    {event.retracts && (
                      <Badge color="gray" variant="light" tt="none" styles={WRAPPING_BADGE}>
                        {t('history.undone')}
                      </Badge>
                    )}
                    {!event.retracts && event.supersededBy && (
                      <Badge color="gray" variant="outline" tt="none" styles={WRAPPING_BADGE}>
                        {replacement === undefined ? t('history.superseded') : replacement.retracts ? t('correct.undone') : t('correct.corrected')}
                      </Badge>
                    )}
                    {!event.retracts && event.supersedesId && byId.has(event.supersedesId) && (
                      <Badge color="blue" variant="light" tt="none" styles={WRAPPING_BADGE}>
                        {t('correct.correction', { date: formatIsoDate(byId.get(event.supersedesId)!.occurredOn, language) })}
                      </Badge>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {/* One above the other: the narrowest the actions can be, so they never go off the edge. */}
                  {event.effective && event.kind !== 'drafted' && event.kind !== 'exported' && (
                    <Stack gap={4} align="flex-start">
                      <Button
                        size="compact-xs"
                        variant="light"
                        aria-label={t('correct.label', { kind: t(`kind.${event.kind}`), date: event.occurredOn })}
                        onClick={() => setCorrecting(event)}
                      >
                        {t('correct.button')}
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="light"
                        color="red"
                        loading={undo.isPending && undo.variables === event.id}
                        aria-label={t('history.undoLabel', { kind: t(`kind.${event.kind}`), date: event.occurredOn })}
                        onClick={() => undo.mutate(event.id)}
                      >
                        {t('history.undo')}
                      </Button>
                    </Stack>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <RecordEventModal
        target={correcting && { campaignId: correcting.campaignId, recipientId: correcting.recipientId, label: correcting.recipientName || correcting.office }}
        correcting={correcting}
        onClose={() => setCorrecting(null)}
      />
    </>
  );
}

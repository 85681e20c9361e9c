import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { letterBadge, type PreparationState } from '../../../shared/tracking/letter-status';
import { useLetterStatuses } from '../../api/tracking-queries';
import { currentLanguage } from '../../i18n';
import { formatIsoDate } from '../../i18n/protocol-labels';
import { STATUS_COLORS, textOn, type MapStatus } from './status-colors';

/*
 * The badge of one letter, on its page and in its campaign's list: its
 * tracking status once it went out (contacted, no reply, replied, closed),
 * else its preparation state (ready, needs attention, exported). Both come
 * from shared/tracking/letter-status.ts, on the statuses the dashboard reads.
 */

const PREPARATION_COLOR: Record<PreparationState, string> = { ready: 'teal', attention: 'orange', exported: 'gray' };

export function LetterStatusBadge({ campaignId, recipientId, state }: { campaignId: string; recipientId: string; state: PreparationState }) {
  const { t } = useTranslation('tracking');
  const { t: tc } = useTranslation('campaigns');
  const statuses = useLetterStatuses(campaignId);
  const row = statuses.data?.get(recipientId) ?? null;
  const badge = letterBadge(state, row?.status ?? null);
  if (badge.kind === 'preparation')
    return (
      <Badge color={PREPARATION_COLOR[badge.state]} variant="light" data-letter-status={badge.state}>
        {tc(`state.${badge.state}`)}
      </Badge>
    );
  // Out and waiting: since when.
  const since = badge.status === 'contacted' || badge.status === 'no_reply' ? row?.contactedOn : null;
  return (
    <>
      <StatusBadge status={badge.status} />
      {since && (
        <Text span size="xs" c="dimmed">
          {t('letter.sentOn', { date: formatIsoDate(since, currentLanguage()) })}
        </Text>
      )}
    </>
  );
}

/** A tracking status as a coloured badge with its name (colour is never the only cue). */
export function StatusBadge({ status }: { status: MapStatus }) {
  const { t } = useTranslation('tracking');
  return (
    <Badge tt="none" color={STATUS_COLORS[status]} c={textOn(status)} data-letter-status={status}>
      {t(`status.${status}`)}
    </Badge>
  );
}

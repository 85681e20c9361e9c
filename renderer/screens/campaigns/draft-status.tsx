import { Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DraftRow } from '../../../shared/campaigns/schemas';
import { LetterStatusBadge } from '../tracking/letter-status-badge';
import { ReasonLinks } from './reason-link';

/** The letter's status (tracking once it went out, else its state), and the hand-edit, template-change and empty-fields markers. */
export function DraftBadges({ campaignId, row }: { campaignId: string; row: DraftRow }) {
  const { t } = useTranslation('campaigns');
  return (
    <Group gap={4} wrap="wrap">
      <LetterStatusBadge campaignId={campaignId} recipientId={row.recipientId} state={row.state} />
      {row.editedByHand && (
        <Badge color="blue" variant="outline">
          {t('state.editedByHand')}
        </Badge>
      )}
      {row.templateChanged && (
        <Badge color="grape" variant="filled">
          {t('state.templateChanged')}
        </Badge>
      )}
      {row.allowMissing && (
        <Badge color="gray" variant="outline">
          {t('state.allowMissing')}
        </Badge>
      )}
    </Group>
  );
}

/** "Missing field: recipient.name", translated; the detail is a field id, a marker or a name. */
export function reasonText(t: ReturnType<typeof useTranslation<'campaigns'>>['t'], reason: DraftRow['reasons'][number]): string {
  const label = t(`reason.${reason.code}`);
  return reason.detail ? `${label}: ${reason.detail}` : label;
}

/** With `fix`, each reason carries its links to where it is put right. */
export function ReasonList({
  row,
  size = 'xs',
  fix,
}: {
  row: DraftRow;
  size?: 'xs' | 'sm';
  fix?: { templateId: string; campaignId: string; onChooseSigners: () => void };
}) {
  const { t } = useTranslation('campaigns');
  if (row.reasons.length === 0) return null;
  return (
    <List size={size} spacing={0} c="orange.9">
      {row.reasons.map((reason) => (
        <List.Item key={`${reason.code}:${reason.detail}`}>
          <Text span size={size}>
            {reasonText(t, reason)}
          </Text>
          {fix && (
            <ReasonLinks
              code={reason.code}
              details={[reason.detail]}
              templateId={fix.templateId}
              campaignId={fix.campaignId}
              search={row.recipientName || row.office}
              onChooseSigners={fix.onChooseSigners}
              size={size}
            />
          )}
        </List.Item>
      ))}
    </List>
  );
}

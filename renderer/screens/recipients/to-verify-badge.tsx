import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Recipient } from '../../../shared/recipients/schemas';
import { currentLanguage } from '../../i18n';
import { formatIsoDate } from '../../i18n/protocol-labels';

/*
 * The "To verify" badge of a recipients row, with a tooltip saying why it is
 * shown and how to clear it: no holder's name yet, never checked, or last
 * checked more than six months ago. It shows on hover and on keyboard focus.
 */

export type VerifyReason = 'noHolder' | 'never' | 'stale';

export function verifyReason(recipient: Pick<Recipient, 'name' | 'verifiedOn'>): VerifyReason {
  if (recipient.name === '') return 'noHolder';
  return recipient.verifiedOn === null ? 'never' : 'stale';
}

export function ToVerifyBadge({ recipient, tabIndex }: { recipient: Pick<Recipient, 'name' | 'verifiedOn'>; tabIndex: number }) {
  const { t } = useTranslation();
  const reason = verifyReason(recipient);
  const date = recipient.verifiedOn === null ? '' : formatIsoDate(recipient.verifiedOn, currentLanguage());
  return (
    <Tooltip
      label={t(`recipients.verifyReason.${reason}`, { date })}
      multiline
      w={300}
      withArrow
      openDelay={200}
      events={{ hover: true, focus: true, touch: true }}
    >
      <Badge size="sm" color="orange" variant="light" radius="sm" tt="none" style={{ flexShrink: 0 }} tabIndex={tabIndex}>
        {t('recipients.toVerify')}
      </Badge>
    </Tooltip>
  );
}

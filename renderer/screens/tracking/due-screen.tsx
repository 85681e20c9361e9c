import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DueItem } from '../../../shared/tracking/schemas';
import { api } from '../../api/client';
import { useTrackingDue } from '../../api/tracking-queries';
import { CenteredLoader } from '../../components/centered-loader';
import { ErrorAlert } from '../../components/error-alert';
import { notifyError } from '../../components/notify';
import { ScreenTitle } from '../../components/screen-title';
import { currentLanguage } from '../../i18n';
import { formatIsoDate, useCountryOptions } from '../../i18n/protocol-labels';
import { useNavigation } from '../../navigation';
import { StatusBadge } from './letter-status-badge';
import { DraftChaserButton } from './draft-chaser';

const SECTIONS = [
  { key: 'overdue', title: 'due.overdue' },
  { key: 'dueToday', title: 'due.today' },
  { key: 'thisWeek', title: 'due.thisWeek' },
] as const;

/**
 * What is due: open follow-ups, and letters whose no-reply days ran out with
 * nothing planned; overdue, due today and in the next seven days, each leading
 * to its letter and to drafting a chaser.
 */
export function DueScreen({ focusTitle }: { focusTitle: boolean }) {
  const { t } = useTranslation('tracking');
  const due = useTrackingDue();

  return (
    <Stack gap="md">
      <ScreenTitle focusOnMount={focusTitle}>{t('due.title')}</ScreenTitle>
      {due.isPending && <CenteredLoader />}
      {due.isError && <ErrorAlert error={due.error} />}
      {due.data && due.data.overdue.length + due.data.dueToday.length + due.data.thisWeek.length === 0 && (
        <Stack gap={4} py="lg">
          <Title order={2} size="h4">
            {t('due.emptyTitle')}
          </Title>
          <Text c="dimmed">{t('due.emptyBody')}</Text>
        </Stack>
      )}
      {due.data &&
        due.data.overdue.length + due.data.dueToday.length + due.data.thisWeek.length > 0 &&
        SECTIONS.map(({ key, title }) => (
          <Stack key={key} gap="xs" component="section" aria-labelledby={`due-${key}`}>
            <Title order={2} size="h4" id={`due-${key}`} c={key === 'overdue' && due.data[key].length > 0 ? 'red.8' : undefined}>
              {t(title)} ({due.data[key].length})
            </Title>
            {due.data[key].length === 0 ? (
              <Text c="dimmed" size="sm">
                {t('due.sectionEmpty')}
              </Text>
            ) : (
              <DueTable items={due.data[key]} caption={t(title)} />
            )}
          </Stack>
        ))}
    </Stack>
  );
}

function DueTable({ items, caption }: { items: readonly DueItem[]; caption: string }) {
  const { t } = useTranslation('tracking');
  const { t: tm } = useTranslation();
  const { go } = useNavigation();
  const countries = useCountryOptions();
  const language = currentLanguage();
  const countryName = (code: string) => countries.find((c) => c.value === code)?.label ?? code;

  // The Due list knows the campaign and the recipient; the letter's id comes from the campaign's drafts.
  const openLetter = async (item: DueItem) => {
    try {
      const drafts = await api['campaigns.drafts']({ id: item.campaignId });
      const draft = drafts.find((d) => d.recipientId === item.recipientId);
      go({ view: 'campaigns', campaignId: item.campaignId, ...(draft ? { draftId: draft.id } : {}) });
    } catch (error) {
      notifyError(tm, error);
    }
  };

  return (
    <Table striped verticalSpacing="xs">
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('due.country')}</Table.Th>
          <Table.Th>{t('due.recipient')}</Table.Th>
          <Table.Th>{t('due.campaign')}</Table.Th>
          <Table.Th>{t('due.dueOn')}</Table.Th>
          <Table.Th>{t('due.what')}</Table.Th>
          <Table.Th>{t('chaser.column')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr key={`${item.reason}:${item.campaignId}:${item.recipientId}`} data-due-reason={item.reason}>
            <Table.Td>
              <Anchor component="button" type="button" size="sm" onClick={() => go({ view: 'countries', countryCode: item.countryCode, from: 'due' })}>
                {countryName(item.countryCode)}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <Anchor
                component="button"
                type="button"
                size="sm"
                fw={600}
                aria-label={t('due.openLetter', { name: item.recipientName, campaign: item.campaignName })}
                onClick={() => void openLetter(item)}
              >
                {item.recipientName}
              </Anchor>
              <Text size="xs" c="dimmed">
                {item.office}
              </Text>
            </Table.Td>
            <Table.Td>{item.campaignName}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatIsoDate(item.dueOn, language)}</Table.Td>
            <Table.Td>
              <DueWhat item={item} />
            </Table.Td>
            <Table.Td>
              <DraftChaserButton
                target={{
                  campaignId: item.campaignId,
                  recipientId: item.recipientId,
                  name: item.recipientName || item.office,
                  campaignName: item.campaignName,
                }}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** A follow-up with its note, or a letter awaiting its reply with its status and since when. */
function DueWhat({ item }: { item: DueItem }) {
  const { t } = useTranslation('tracking');
  const language = currentLanguage();
  if (item.reason === 'follow_up')
    return (
      <Text size="sm">
        {t('kind.follow_up')}
        {item.followUpNote && `: ${item.followUpNote}`}
      </Text>
    );
  return (
    <Stack gap={2} align="flex-start">
      <StatusBadge status={item.status} />
      <Text size="sm">{t('due.noReply', { count: item.noReplyDays, date: item.contactedOn ? formatIsoDate(item.contactedOn, language) : '—' })}</Text>
    </Stack>
  );
}

import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCampaign, useDrafts } from '../../api/campaign-queries';
import { CenteredLoader } from '../../components/centered-loader';
import { ErrorAlert } from '../../components/error-alert';
import { ScreenTitle } from '../../components/screen-title';
import { currentLanguage } from '../../i18n';
import { formatIsoDate } from '../../i18n/protocol-labels';
import { useNavigation } from '../../navigation';
import { DraftsTable } from './drafts-table';
import { ExportPanel } from './export-panel';
import { CampaignSignersModal } from './campaign-signers-modal';

/** One campaign: its letters and their states, and the export. */
export function CampaignPage({ campaignId, focusTitle }: { campaignId: string; focusTitle: boolean }) {
  const { t } = useTranslation('campaigns');
  const { go } = useNavigation();
  const campaign = useCampaign(campaignId);
  const drafts = useDrafts(campaignId);
  const [choosingSigners, setChoosingSigners] = useState(false);

  if (campaign.isPending) return <CenteredLoader />;
  if (campaign.isError) return <ErrorAlert error={campaign.error} />;
  const c = campaign.data;
  const rows = drafts.data ?? [];
  const count = (state: string) => rows.filter((r) => r.state === state).length;

  return (
    <Stack gap="md">
      <Anchor component="button" type="button" size="sm" w="fit-content" onClick={() => go({ view: 'campaigns' })}>
        ← {t('campaign.back')}
      </Anchor>
      <ScreenTitle focusOnMount={focusTitle}>{c.name}</ScreenTitle>
      <Text c="dimmed">
        {t('campaign.summary', { template: c.templateName, date: formatIsoDate(c.letterDate, currentLanguage()), prefix: c.referencePrefix })}
      </Text>
      {c.followsCampaignId !== null && c.followsCampaignName !== null && (
        <Group gap={6}>
          <Text>{t('campaign.followsLabel')}</Text>
          <Anchor
            component="button"
            type="button"
            aria-label={t('campaign.openOriginal', { name: c.followsCampaignName })}
            onClick={() => go({ view: 'campaigns', campaignId: c.followsCampaignId! })}
          >
            {c.followsCampaignName}
          </Anchor>
        </Group>
      )}
      {drafts.isPending && <CenteredLoader />}
      {drafts.isError && <ErrorAlert error={drafts.error} />}
      {drafts.data && rows.length > 0 && (
        <>
          <ExportPanel campaignId={campaignId} rows={rows} templateId={c.templateId} onChooseSigners={() => setChoosingSigners(true)} />
          <CampaignSignersModal campaign={c} opened={choosingSigners} onClose={() => setChoosingSigners(false)} />
          <Title order={2} size="h3">
            {t('campaign.draftsTitle')}
          </Title>
          <Text size="sm" role="status">
            {[
              t('campaign.countReady', { count: count('ready') }),
              t('campaign.countAttention', { count: count('attention') }),
              t('campaign.countExported', { count: count('exported') }),
            ].join(' · ')}
          </Text>
          <DraftsTable campaignId={campaignId} rows={rows} />
        </>
      )}
      {drafts.data && rows.length === 0 && (
        <Stack gap={4}>
          <Title order={2} size="h4">
            {t('campaign.emptyTitle')}
          </Title>
          <Text c="dimmed">{t('campaign.emptyBody')}</Text>
        </Stack>
      )}
    </Stack>
  );
}

import { Alert, Badge, Button, Group, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useCampaigns, useTemplateList } from '../../api/campaign-queries';
import { CenteredLoader } from '../../components/centered-loader';
import { ErrorAlert } from '../../components/error-alert';
import { ScreenTitle } from '../../components/screen-title';
import { currentLanguage } from '../../i18n';
import { formatIsoDate } from '../../i18n/protocol-labels';
import { useNavigation } from '../../navigation';
import { CampaignPage } from './campaign-page';
import { DraftPage } from './draft-page';
import { NewCampaignModal } from './new-campaign-modal';

interface CampaignsScreenProps {
  campaignId?: string;
  draftId?: string;
  focusTitle: boolean;
}

/** The campaigns list, one campaign's page, or one of its letters. */
export function CampaignsScreen({ campaignId, draftId, focusTitle }: CampaignsScreenProps) {
  if (campaignId && draftId) return <DraftPage key={draftId} campaignId={campaignId} draftId={draftId} focusTitle={focusTitle} />;
  if (campaignId) return <CampaignPage key={campaignId} campaignId={campaignId} focusTitle={focusTitle} />;
  return <CampaignList focusTitle={focusTitle} />;
}

function CampaignList({ focusTitle }: { focusTitle: boolean }) {
  const { t } = useTranslation('campaigns');
  const { go } = useNavigation();
  const campaigns = useCampaigns();
  const templates = useTemplateList();
  const [creating, create] = useDisclosure(false);
  const noTemplate = templates.data?.length === 0;
  const language = currentLanguage();

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <ScreenTitle focusOnMount={focusTitle}>{t('list.title')}</ScreenTitle>
        <Button onClick={create.open} disabled={!templates.data || noTemplate}>
          {t('list.new')}
        </Button>
      </Group>
      {noTemplate && <Alert color="yellow">{t('list.needTemplate')}</Alert>}
      {campaigns.isPending && <CenteredLoader />}
      {campaigns.isError && <ErrorAlert error={campaigns.error} />}
      {campaigns.data?.length === 0 && (
        <Stack gap={4} py="lg">
          <Title order={2} size="h4">
            {t('list.emptyTitle')}
          </Title>
          <Text c="dimmed">{t('list.emptyBody')}</Text>
        </Stack>
      )}
      {campaigns.data && campaigns.data.length > 0 && (
        <Table striped highlightOnHover>
          <Table.Caption>{t('list.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('list.name')}</Table.Th>
              <Table.Th>{t('list.template')}</Table.Th>
              <Table.Th>{t('list.date')}</Table.Th>
              <Table.Th ta="right">{t('list.drafts')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...campaigns.data]
              .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
              .map((campaign) => (
                <Table.Tr key={campaign.id}>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <UnstyledButton
                        c="blue.8"
                        fw={600}
                        aria-label={t('list.open', { name: campaign.name })}
                        onClick={() => go({ view: 'campaigns', campaignId: campaign.id })}
                      >
                        {campaign.name}
                      </UnstyledButton>
                      {campaign.followsCampaignName !== null && (
                        <Badge
                          size="sm"
                          variant="light"
                          color="grape"
                          tt="none"
                          title={t('list.followUpOf', { name: campaign.followsCampaignName })}
                          aria-label={t('list.followUpOf', { name: campaign.followsCampaignName })}
                        >
                          {t('list.followUpBadge')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{campaign.templateName}</Table.Td>
                  <Table.Td>{formatIsoDate(campaign.letterDate, language)}</Table.Td>
                  <Table.Td ta="right">{campaign.draftCount}</Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      )}
      <NewCampaignModal opened={creating} onClose={create.close} />
    </Stack>
  );
}

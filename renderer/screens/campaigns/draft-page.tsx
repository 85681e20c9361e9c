import { Anchor, Box, Button, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { invalidateDrafts, useCampaign, useDraft } from '../../api/campaign-queries';
import { CenteredLoader } from '../../components/centered-loader';
import { ErrorAlert } from '../../components/error-alert';
import { notifyError } from '../../components/notify';
import { ScreenTitle } from '../../components/screen-title';
import { useNavigation } from '../../navigation';
import { TrackingPanel } from '../tracking/tracking-panel';
import { DraftBadges, ReasonList } from './draft-status';
import { TemplateChange } from './template-change';
import { CampaignSignersModal } from './campaign-signers-modal';
import { PrintedLetter } from './printed-letter';

// The rich-text editor (TipTap) loads only when a letter is edited by hand.
const DraftEditor = lazy(() => import('./draft-editor'));

interface DraftPageProps {
  campaignId: string;
  draftId: string;
  focusTitle: boolean;
}

/** One letter: the merged text, why it needs attention, the template-change choices, hand editing. */
export function DraftPage({ campaignId, draftId, focusTitle }: DraftPageProps) {
  const { t } = useTranslation('campaigns');
  const { t: tm } = useTranslation();
  const { go } = useNavigation();
  const queryClient = useQueryClient();
  const draft = useDraft(draftId);
  const campaign = useCampaign(campaignId);
  const [editing, setEditing] = useState(false);
  const [choosingSigners, setChoosingSigners] = useState(false);

  const allow = useMutation({
    mutationFn: (value: boolean) => api['drafts.allowMissing']({ id: draftId, allow: value }),
    onSuccess: () => invalidateDrafts(queryClient),
    onError: (error) => notifyError(tm, error),
  });

  const back = (
    <Anchor component="button" type="button" size="sm" w="fit-content" onClick={() => go({ view: 'campaigns', campaignId })}>
      ← {t('draft.back')}
    </Anchor>
  );
  if (draft.isPending) return <CenteredLoader />;
  if (draft.isError)
    return (
      <Stack>
        {back}
        <ErrorAlert error={draft.error} />
      </Stack>
    );
  const { row, document, templateDocument, templateRevision, baseDocument } = draft.data;

  return (
    <Stack gap="md" maw={900}>
      {back}
      <ScreenTitle focusOnMount={focusTitle}>{t('draft.title', { reference: row.reference })}</ScreenTitle>
      <Group gap="md">
        <Text>{t('draft.to', { name: row.recipientName || '—', office: row.office })}</Text>
        <Text c="dimmed">{t('draft.language', { language: tm(`languages.${row.language}`) })}</Text>
        <DraftBadges campaignId={campaignId} row={row} />
      </Group>
      {row.fellBack && (
        <Text size="sm" c="dimmed">
          {t('campaign.fellBack', { language: tm(`languages.${row.language}`), preferred: tm(`languages.${row.preferredLanguage}`) })}
        </Text>
      )}
      {row.reasons.length > 0 && (
        <Paper withBorder p="sm" component="section" aria-labelledby="reasons-title">
          <Text fw={600} size="sm" id="reasons-title">
            {t('draft.reasonsTitle')}
          </Text>
          <ReasonList
            row={row}
            size="sm"
            fix={campaign.data && { templateId: campaign.data.templateId, campaignId, onChooseSigners: () => setChoosingSigners(true) }}
          />
          {campaign.data && <CampaignSignersModal campaign={campaign.data} opened={choosingSigners} onClose={() => setChoosingSigners(false)} />}
        </Paper>
      )}
      <TrackingPanel
        target={{ campaignId, recipientId: row.recipientId, label: `${row.recipientName || row.office} (${row.reference})` }}
        recipientName={row.recipientName || row.office}
      />
      {row.templateChanged && (
        <TemplateChange
          draftId={draftId}
          document={document}
          baseDocument={baseDocument}
          templateDocument={templateDocument}
          templateRevision={templateRevision}
        />
      )}
      <Switch
        label={t('draft.allowMissing')}
        description={t('draft.allowMissingHelp')}
        checked={allow.isPending ? (allow.variables ?? row.allowMissing) : row.allowMissing}
        onChange={(e) => allow.mutate(e.currentTarget.checked)}
      />
      {row.editedByHand && !editing && (
        <Text size="sm" c="blue.8">
          {t('draft.handEditNote')}
        </Text>
      )}
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('draft.letter')}
        </Title>
        {!editing && (
          <Button variant="light" onClick={() => setEditing(true)}>
            {t('draft.editByHand')}
          </Button>
        )}
      </Group>
      {editing ? (
        <Suspense fallback={<CenteredLoader />}>
          <DraftEditor draftId={draftId} reference={row.reference} initial={draft.data.editable} onDone={() => setEditing(false)} />
        </Suspense>
      ) : (
        <Box role="region" aria-label={t('draft.letterRegion')} tabIndex={0}>
          <PrintedLetter draft={draft.data} campaign={campaign.data} />
        </Box>
      )}
    </Stack>
  );
}

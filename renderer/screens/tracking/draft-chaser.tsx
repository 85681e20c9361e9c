import { Button, Group, List, Modal, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OriginalLetter } from '../../../shared/campaigns/chaser-schemas';
import { api } from '../../api/client';
import { campaignKeys } from '../../api/campaign-queries';
import { invalidateTracking } from '../../api/tracking-queries';
import { CenteredLoader } from '../../components/centered-loader';
import { ErrorAlert } from '../../components/error-alert';
import { notifyError, notifySuccess } from '../../components/notify';
import { currentLanguage } from '../../i18n';
import { formatIsoDate } from '../../i18n/protocol-labels';
import { useNavigation } from '../../navigation';

/*
 * "Draft a chaser": a dialog that says what drafting will do before it is
 * done (the follow-up campaign it makes or joins, the template, the
 * chaser's own reference and the original's date and reference it quotes),
 * then drafts the letter on confirmation and opens it. When there is nothing
 * to chase yet, or no chaser template, it says so instead.
 */

export interface ChaserTarget {
  campaignId: string;
  recipientId: string;
  /** The recipient's name (or office), for the button's accessible name. */
  name: string;
  campaignName: string;
}

const optionsKey = (target: ChaserTarget) => ['chasers', 'options', target.campaignId, target.recipientId] as const;

/** The name a new follow-up campaign gets, in the user's language. */
function useFollowUpName(target: ChaserTarget): string {
  const { t } = useTranslation('tracking');
  return t('chaser.campaignName', { name: target.campaignName }).slice(0, 200);
}

function useDraftChaser(target: ChaserTarget, onDone: () => void) {
  const { t } = useTranslation('tracking');
  const { t: tm } = useTranslation();
  const queryClient = useQueryClient();
  const { go } = useNavigation();
  const campaignName = useFollowUpName(target);
  return useMutation({
    mutationFn: (templateId: string | undefined) =>
      api['chasers.draft']({ campaignId: target.campaignId, recipientId: target.recipientId, templateId, campaignName }),
    onSuccess: async (chaser) => {
      await Promise.all([
        invalidateTracking(queryClient),
        queryClient.invalidateQueries({ queryKey: campaignKeys.campaigns }),
        queryClient.invalidateQueries({ queryKey: ['chasers'] }),
      ]);
      notifySuccess(
        tm,
        t(chaser.created ? 'chaser.drafted' : 'chaser.reopened'),
        t(chaser.created ? 'chaser.draftedBody' : 'chaser.reopenedBody', { reference: chaser.reference, campaign: chaser.campaignName }),
      );
      onDone();
      go({ view: 'campaigns', campaignId: chaser.campaignId, draftId: chaser.draftId });
    },
    onError: (error) => notifyError(tm, error),
  });
}

/** The button, for a row of the Due list or a letter's history; it opens the dialog, which asks before drafting. */
export function DraftChaserButton({ target, size = 'compact-sm' }: { target: ChaserTarget; size?: 'compact-sm' | 'sm' }) {
  const { t } = useTranslation('tracking');
  const [open, setOpen] = useState(false);
  const draft = useDraftChaser(target, () => setOpen(false));

  return (
    <>
      <Button
        size={size}
        variant="light"
        color="grape"
        aria-label={t('chaser.buttonFor', { name: target.name, campaign: target.campaignName })}
        onClick={() => setOpen(true)}
      >
        {t('chaser.button')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('chaser.title')} size="lg">
        {open && <ChaserDialog target={target} draft={draft} onClose={() => setOpen(false)} />}
      </Modal>
    </>
  );
}

function ChaserDialog({ target, draft, onClose }: { target: ChaserTarget; draft: ReturnType<typeof useDraftChaser>; onClose: () => void }) {
  const { t } = useTranslation('tracking');
  const { t: tm } = useTranslation();
  const queryClient = useQueryClient();
  const { go } = useNavigation();
  const campaignName = useFollowUpName(target);
  const options = useQuery({
    queryKey: optionsKey(target),
    queryFn: () => api['chasers.options']({ campaignId: target.campaignId, recipientId: target.recipientId, campaignName }),
    staleTime: 0,
  });
  const [templateId, setTemplateId] = useState<string | null>(null);

  const addExample = useMutation({
    mutationFn: () => api['chasers.addExample']({ language: currentLanguage() }),
    onSuccess: async (template) => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['chasers'] }), queryClient.invalidateQueries({ queryKey: campaignKeys.templates })]);
      notifySuccess(tm, t('chaser.exampleAdded'), t('chaser.exampleAddedBody', { name: template.name }));
    },
    onError: (error) => notifyError(tm, error),
  });

  if (options.isPending) return <CenteredLoader />;
  if (options.isError) return <ErrorAlert error={options.error} />;
  const { original, templates, defaultTemplateId, plans } = options.data;
  const chosen = templateId ?? defaultTemplateId;
  const plan = plans.find((p) => p.templateId === chosen);
  const template = templates.find((tpl) => tpl.id === chosen);
  const nothingToDo = original.date === null || templates.length === 0;
  const close = (
    <Button variant="default" onClick={onClose}>
      {tm(nothingToDo ? 'common.close' : 'common.cancel')}
    </Button>
  );

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('chaser.for', { name: original.recipientName, reference: original.reference, campaign: original.campaignName })}
      </Text>
      {original.date === null ? (
        <NotSent original={original} />
      ) : templates.length === 0 ? (
        <Stack gap="xs" role="status">
          <Title order={3} size="h5">
            {t('chaser.noTemplateTitle')}
          </Title>
          <Text size="sm">{t('chaser.noTemplate')}</Text>
          <Group>
            {options.data.canAddExample && (
              <Button onClick={() => addExample.mutate()} loading={addExample.isPending}>
                {t('chaser.addExample')}
              </Button>
            )}
            <Button
              variant="light"
              onClick={() => {
                onClose();
                go({ view: 'templates' });
              }}
            >
              {t('chaser.openTemplates')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (chosen) draft.mutate(chosen);
          }}
        >
          <Stack gap="sm">
            {templates.length > 1 && (
              <NativeSelect
                label={t('chaser.template')}
                description={t('chaser.templateHelp')}
                value={chosen ?? ''}
                onChange={(e) => setTemplateId(e.currentTarget.value)}
                data={templates.map((tpl) => ({ value: tpl.id, label: tpl.name }))}
              />
            )}
            {plan && template && (
              <Stack gap={4} component="section" aria-labelledby="chaser-plan-title">
                <Text fw={600} size="sm" id="chaser-plan-title">
                  {t(plan.reopens ? 'chaser.planReopenTitle' : 'chaser.planTitle')}
                </Text>
                <List size="sm" spacing={4}>
                  {plan.reopens ? (
                    <List.Item>{t('chaser.existing', { reference: plan.reference })}</List.Item>
                  ) : (
                    <>
                      <List.Item>
                        {plan.campaignId === null
                          ? t('chaser.planNewCampaign', { campaign: plan.campaignName })
                          : t('chaser.planJoinCampaign', { campaign: plan.campaignName, count: plan.campaignLetters })}
                      </List.Item>
                      <List.Item>{t('chaser.planTemplate', { template: template.name, reference: plan.reference })}</List.Item>
                      <List.Item>{t('chaser.planQuotes', { date: formatIsoDate(original.date, currentLanguage()), reference: original.reference })}</List.Item>
                      <List.Item>{t('chaser.planHistory', { reference: original.reference })}</List.Item>
                    </>
                  )}
                </List>
              </Stack>
            )}
            <Group justify="flex-end" mt="sm">
              {close}
              <Button type="submit" loading={draft.isPending} disabled={!plan}>
                {t(plan?.reopens ? 'chaser.open' : 'chaser.draft')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {nothingToDo && <Group justify="flex-end">{close}</Group>}
    </Stack>
  );
}

function NotSent({ original }: { original: OriginalLetter }) {
  const { t } = useTranslation('tracking');
  return (
    <Stack gap="xs" role="status">
      <Title order={3} size="h5">
        {t('chaser.notSentTitle')}
      </Title>
      <Text size="sm">{t('chaser.notSent', { name: original.recipientName, reference: original.reference })}</Text>
    </Stack>
  );
}

import { Button, Group, Modal, NativeSelect, Stack, Text, Title } from '@mantine/core';
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
 * "Draft a chaser": one click drafts a follow-up letter quoting the original
 * letter's date and reference, and opens it. The dialog only appears when
 * there is something to say or choose: the letter never went out, there is
 * no chaser template, or there are several to choose from.
 */

export interface ChaserTarget {
  campaignId: string;
  recipientId: string;
  /** The recipient's name (or office), for the button's accessible name. */
  name: string;
  campaignName: string;
}

const optionsKey = (target: ChaserTarget) => ['chasers', 'options', target.campaignId, target.recipientId] as const;

function useDraftChaser(target: ChaserTarget, onDone: () => void) {
  const { t } = useTranslation('tracking');
  const { t: tm } = useTranslation();
  const queryClient = useQueryClient();
  const { go } = useNavigation();
  return useMutation({
    mutationFn: (templateId: string | undefined) =>
      api['chasers.draft']({
        campaignId: target.campaignId,
        recipientId: target.recipientId,
        templateId,
        campaignName: t('chaser.campaignName', { name: target.campaignName }).slice(0, 200),
      }),
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

/** The button, for a row of the Due list or a letter's history. */
export function DraftChaserButton({ target, size = 'compact-sm' }: { target: ChaserTarget; size?: 'compact-sm' | 'sm' }) {
  const { t } = useTranslation('tracking');
  const { t: tm } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const draft = useDraftChaser(target, () => setOpen(false));

  // One click: when the letter went out and exactly one chaser template exists, draft straight away.
  const start = useMutation({
    mutationFn: () =>
      queryClient.fetchQuery({
        queryKey: optionsKey(target),
        queryFn: () => api['chasers.options']({ campaignId: target.campaignId, recipientId: target.recipientId }),
        staleTime: 0,
      }),
    onSuccess: (options) => {
      if (options.original.date !== null && options.templates.length === 1) draft.mutate(options.templates[0]!.id);
      else setOpen(true);
    },
    onError: (error) => notifyError(tm, error),
  });

  return (
    <>
      <Button
        size={size}
        variant="light"
        color="grape"
        loading={start.isPending || (draft.isPending && !open)}
        aria-label={t('chaser.buttonFor', { name: target.name, campaign: target.campaignName })}
        onClick={() => start.mutate()}
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
  const options = useQuery({
    queryKey: optionsKey(target),
    queryFn: () => api['chasers.options']({ campaignId: target.campaignId, recipientId: target.recipientId }),
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
  const { original, templates, defaultTemplateId, existing, canAddExample } = options.data;
  const chosen = templateId ?? defaultTemplateId;
  const pending = existing.find((c) => c.templateId === chosen && !c.sent);
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
            {canAddExample && (
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
            <Text size="sm">{t('chaser.quotes', { date: formatIsoDate(original.date, currentLanguage()), reference: original.reference })}</Text>
            <NativeSelect
              label={t('chaser.template')}
              description={t('chaser.templateHelp')}
              value={chosen ?? ''}
              onChange={(e) => setTemplateId(e.currentTarget.value)}
              data={templates.map((tpl) => ({ value: tpl.id, label: tpl.name }))}
            />
            {pending && (
              <Text size="sm" c="blue.8">
                {t('chaser.existing', { reference: pending.reference })}
              </Text>
            )}
            <Group justify="flex-end" mt="sm">
              {close}
              <Button type="submit" loading={draft.isPending}>
                {t('chaser.draft')}
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

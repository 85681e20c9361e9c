import { Button, Group, Modal, MultiSelect, NumberInput, Select, Stack, Stepper, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationInput } from '../../../shared/api/contract';
import { api } from '../../api/client';
import { campaignKeys, useEndorsers, useSigners, useTemplateList } from '../../api/campaign-queries';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { useNavigation } from '../../navigation';
import { EMPTY_SELECTION, RecipientSelectionFields, toSelection, type SelectionDraft } from './recipient-selection-fields';
import { DateField } from '../../components/date-field';

const PREFIX = /^[A-Za-z0-9]{1,12}$/;
const today = () => new Date().toLocaleDateString('sv-SE'); // YYYY-MM-DD, local time

export function NewCampaignModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('campaigns');
  return (
    <Modal opened={opened} onClose={onClose} title={t('wizard.title')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      {opened && <NewCampaignForm />}
    </Modal>
  );
}

function NewCampaignForm() {
  const { t } = useTranslation('campaigns');
  const { t: tm } = useTranslation();
  const queryClient = useQueryClient();
  const { go } = useNavigation();
  const templates = useTemplateList();
  const signers = useSigners();
  const endorsers = useEndorsers();

  const [step, setStep] = useState(0);
  const [attempted, setAttempted] = useState([false, false, false]);
  const [name, setName] = useState('');
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [letterDate, setLetterDate] = useState(today);
  const [prefix, setPrefix] = useState('');
  const [selection, setSelection] = useState<SelectionDraft>(EMPTY_SELECTION);
  const [signerIds, setSignerIds] = useState<string[]>([]);
  const [endorserIds, setEndorserIds] = useState<string[]>([]);
  const [noReplyDays, setNoReplyDays] = useState<number>(30);

  const create = useMutation({
    mutationFn: (input: OperationInput<'campaigns.create'>) => api['campaigns.create'](input),
    onSuccess: async (campaign) => {
      notifySuccess(tm, t('wizard.createdTitle'), t('wizard.created', { count: campaign.draftCount }));
      await queryClient.invalidateQueries({ queryKey: campaignKeys.campaigns });
      go({ view: 'campaigns', campaignId: campaign.id });
    },
  });

  const errors = {
    name: name.trim() ? undefined : t('common.required'),
    templateId: templateId ? undefined : t('common.required'),
    letterDate: /^\d{4}-\d{2}-\d{2}$/.test(letterDate) ? undefined : t('common.required'),
    prefix: PREFIX.test(prefix.trim()) ? undefined : prefix.trim() ? t('wizard.referenceInvalid') : t('common.required'),
  };
  const stepValid = [!errors.name && !errors.templateId && !errors.letterDate && !errors.prefix, toSelection(selection) !== null, true];
  const shown = (i: number, error: string | undefined) => (attempted[i] ? error : undefined);

  const next = () => {
    setAttempted((a) => a.map((v, i) => (i === step ? true : v)));
    if (!stepValid[step]) return;
    if (step < 2) {
      setStep(step + 1);
      return;
    }
    const recipients = toSelection(selection);
    if (!templateId || !recipients) return;
    create.mutate({ name, templateId, letterDate, referencePrefix: prefix.trim(), signerIds, endorserIds, noReplyDays, recipients });
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        next();
      }}
    >
      <Stack>
        <Stepper active={step} size="sm" allowNextStepsSelect={false} onStepClick={setStep}>
          <Stepper.Step label={t('wizard.stepBasics')}>
            <Stack gap="sm">
              <TextInput
                label={t('wizard.name')}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={shown(0, errors.name)}
                maxLength={200}
                withAsterisk
                data-autofocus
              />
              <Select
                label={t('wizard.template')}
                placeholder={t('wizard.templatePlaceholder')}
                data={(templates.data ?? []).map((tpl) => ({ value: tpl.id, label: tpl.name }))}
                value={templateId}
                onChange={setTemplateId}
                error={shown(0, errors.templateId)}
                searchable
                withAsterisk
              />
              <DateField
                label={t('wizard.letterDate')}
                value={letterDate}
                onChange={setLetterDate}
                error={shown(0, errors.letterDate)}
                withAsterisk
                clearable={false}
              />
              <TextInput
                label={t('wizard.referencePrefix')}
                description={t('wizard.referenceHelp')}
                placeholder="HRL"
                value={prefix}
                onChange={(e) => setPrefix(e.currentTarget.value.toUpperCase())}
                error={shown(0, errors.prefix)}
                maxLength={12}
                withAsterisk
              />
            </Stack>
          </Stepper.Step>
          <Stepper.Step label={t('wizard.stepRecipients')}>
            <RecipientSelectionFields value={selection} onChange={setSelection} showErrors={attempted[1] ?? false} />
          </Stepper.Step>
          <Stepper.Step label={t('wizard.stepSenders')}>
            <Stack gap="sm">
              {signers.data?.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('wizard.noSigners')}
                </Text>
              ) : (
                <MultiSelect
                  label={t('wizard.signers')}
                  description={t('wizard.signersHelp')}
                  data={(signers.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
                  value={signerIds}
                  onChange={setSignerIds}
                  maxValues={10}
                  searchable
                />
              )}
              {(endorsers.data?.length ?? 0) > 0 && (
                <MultiSelect
                  label={t('wizard.endorsers')}
                  description={t('wizard.endorsersHelp')}
                  data={(endorsers.data ?? []).map((e) => ({
                    value: e.id,
                    label: t('wizard.endorserOption', { name: e.name, status: t(`organisation.${e.status}`) }),
                  }))}
                  value={endorserIds}
                  onChange={setEndorserIds}
                  searchable
                />
              )}
              <NumberInput
                label={t('wizard.noReplyDays')}
                description={t('wizard.noReplyHelp')}
                value={noReplyDays}
                onChange={(v) => setNoReplyDays(typeof v === 'number' ? v : 30)}
                min={1}
                max={3650}
                allowDecimal={false}
              />
            </Stack>
          </Stepper.Step>
        </Stepper>
        {create.isError && <ErrorAlert error={create.error} />}
        <Group justify="flex-end">
          {step > 0 && (
            <Button variant="default" onClick={() => setStep(step - 1)}>
              {t('common.back')}
            </Button>
          )}
          <Button type="submit" loading={create.isPending}>
            {step < 2 ? t('common.next') : t('wizard.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

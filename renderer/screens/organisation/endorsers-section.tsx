import { Alert, NativeSelect, Select, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENDORSER_STATUSES, type Endorser, type EndorserStatus } from '../../../shared/senders/schemas';
import { api } from '../../api/client';
import { campaignKeys, useEndorsers } from '../../api/campaign-queries';
import { EntitySection } from '../../components/entity-section';
import { errorText } from '../../components/field-errors';
import { FormFooter } from '../../components/form-footer';
import { notifyError } from '../../components/notify';
import { useCountryOptions } from '../../i18n/protocol-labels';
import { useSenderList } from './sender-list';

const toStatus = (value: string): EndorserStatus => ENDORSER_STATUSES.find((s) => s === value) ?? 'asked';

/** Organisations that co-sign, with their consent; only those that agreed are printed. */
export function EndorsersSection() {
  const { t } = useTranslation('campaigns');
  const { t: tm } = useTranslation();
  const queryClient = useQueryClient();
  const endorsers = useEndorsers();
  const countries = useCountryOptions();
  const refresh = () => queryClient.invalidateQueries({ queryKey: campaignKeys.endorsers });
  const list = useSenderList<Endorser>(
    'Endorser',
    (endorser, done) => <EndorserForm endorser={endorser} onDone={done} />,
    async (endorser) => {
      await api['endorsers.delete']({ id: endorser.id });
      await refresh();
    },
  );
  const statusOptions = ENDORSER_STATUSES.map((s) => ({ value: s, label: t(`organisation.${s}`) }));
  const setStatus = useMutation({
    mutationFn: ({ endorser, status }: { endorser: Endorser; status: EndorserStatus }) =>
      api['endorsers.update']({ id: endorser.id, fields: { name: endorser.name, countryCode: endorser.countryCode, status } }),
    onSuccess: refresh,
    onError: (error) => notifyError(tm, error),
  });

  return (
    <EntitySection
      {...list}
      title={t('organisation.endorsersTitle')}
      intro={
        <Alert color="blue" variant="light">
          {t('organisation.endorsersNote')}
        </Alert>
      }
      query={endorsers}
      empty={{ title: t('organisation.noEndorsersTitle'), body: t('organisation.noEndorsersBody') }}
      tableProps={{ verticalSpacing: 'xs' }}
      columns={[
        { header: t('organisation.endorserName'), cell: (endorser) => endorser.name, cellProps: { fw: 600 } },
        {
          header: t('organisation.country'),
          cell: (endorser) =>
            endorser.countryCode ? (countries.find((c) => c.value === endorser.countryCode)?.label ?? endorser.countryCode) : t('organisation.noCountry'),
        },
        {
          header: t('organisation.status'),
          cell: (endorser) => (
            <NativeSelect
              size="xs"
              w={140}
              aria-label={t('organisation.statusOf', { name: endorser.name })}
              data={statusOptions}
              value={endorser.status}
              onChange={(e) => setStatus.mutate({ endorser, status: toStatus(e.currentTarget.value) })}
            />
          ),
        },
      ]}
    />
  );
}

function EndorserForm({ endorser, onDone }: { endorser: Endorser | null; onDone: () => void }) {
  const { t } = useTranslation('campaigns');
  const { t: tm } = useTranslation();
  const queryClient = useQueryClient();
  const countries = useCountryOptions();
  const [name, setName] = useState(endorser?.name ?? '');
  const [countryCode, setCountryCode] = useState<string | null>(endorser?.countryCode ?? null);
  const [status, setStatus] = useState<EndorserStatus>(endorser?.status ?? 'asked');
  const [attempted, setAttempted] = useState(false);
  const save = useMutation({
    mutationFn: () => {
      const fields = { name, countryCode, status };
      return endorser ? api['endorsers.update']({ id: endorser.id, fields }) : api['endorsers.create'](fields);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: campaignKeys.endorsers });
      onDone();
    },
  });
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setAttempted(true);
        if (name.trim()) save.mutate();
      }}
    >
      <Stack>
        <TextInput
          label={t('organisation.endorserName')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errorText(tm, attempted && !name.trim() ? 'required' : undefined)}
          maxLength={300}
          withAsterisk
          data-autofocus
        />
        <Select
          label={t('organisation.country')}
          placeholder={t('organisation.noCountry')}
          data={countries}
          value={countryCode}
          onChange={setCountryCode}
          searchable
          clearable
        />
        <NativeSelect
          label={t('organisation.status')}
          description={t('wizard.endorsersHelp')}
          data={ENDORSER_STATUSES.map((s) => ({ value: s, label: t(`organisation.${s}`) }))}
          value={status}
          onChange={(e) => setStatus(toStatus(e.currentTarget.value))}
        />
        <FormFooter
          error={save.isError ? save.error : null}
          saving={save.isPending}
          onCancel={onDone}
          cancelLabel={t('common.cancel')}
          submitLabel={t('common.save')}
        />
      </Stack>
    </form>
  );
}

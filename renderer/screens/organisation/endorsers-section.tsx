import { Alert, Button, Group, Modal, NativeSelect, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENDORSER_STATUSES, type Endorser, type EndorserStatus } from '../../../shared/senders/schemas';
import { api } from '../../api/client';
import { campaignKeys, useEndorsers } from '../../api/campaign-queries';
import { ErrorAlert } from '../../components/error-alert';
import { FormFooter } from '../../components/form-footer';
import { RowActions } from './row-actions';
import { notifyError } from '../../components/notify';
import { useCountryOptions } from '../../i18n/protocol-labels';
import { ConfirmDeleteModal } from './confirm-delete-modal';

const toStatus = (value: string): EndorserStatus => ENDORSER_STATUSES.find((s) => s === value) ?? 'asked';

/** Organisations that co-sign, with their consent; only those that agreed are printed. */
export function EndorsersSection() {
  const { t } = useTranslation('campaigns');
  const { t: tm } = useTranslation();
  const queryClient = useQueryClient();
  const endorsers = useEndorsers();
  const countries = useCountryOptions();
  const [editing, setEditing] = useState<Endorser | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Endorser | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: campaignKeys.endorsers });
  const statusOptions = ENDORSER_STATUSES.map((s) => ({ value: s, label: t(`organisation.${s}`) }));
  const setStatus = useMutation({
    mutationFn: ({ endorser, status }: { endorser: Endorser; status: EndorserStatus }) =>
      api['endorsers.update']({ id: endorser.id, fields: { name: endorser.name, countryCode: endorser.countryCode, status } }),
    onSuccess: refresh,
    onError: (error) => notifyError(tm, error),
  });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="endorsers-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id="endorsers-title">
            {t('organisation.endorsersTitle')}
          </Title>
          <Button variant="light" onClick={() => setEditing('new')}>
            {t('organisation.addEndorser')}
          </Button>
        </Group>
        <Alert color="blue" variant="light">
          {t('organisation.endorsersNote')}
        </Alert>
        {endorsers.isError && <ErrorAlert error={endorsers.error} />}
        {endorsers.data?.length === 0 && (
          <div>
            <Text fw={600}>{t('organisation.noEndorsersTitle')}</Text>
            <Text size="sm" c="dimmed">
              {t('organisation.noEndorsersBody')}
            </Text>
          </div>
        )}
        {endorsers.data && endorsers.data.length > 0 && (
          <Table aria-labelledby="endorsers-title" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('organisation.endorserName')}</Table.Th>
                <Table.Th>{t('organisation.country')}</Table.Th>
                <Table.Th>{t('organisation.status')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {endorsers.data.map((endorser) => (
                <Table.Tr key={endorser.id}>
                  <Table.Td fw={600}>{endorser.name}</Table.Td>
                  <Table.Td>
                    {endorser.countryCode
                      ? (countries.find((c) => c.value === endorser.countryCode)?.label ?? endorser.countryCode)
                      : t('organisation.noCountry')}
                  </Table.Td>
                  <Table.Td>
                    <NativeSelect
                      size="xs"
                      w={140}
                      aria-label={t('organisation.statusOf', { name: endorser.name })}
                      data={statusOptions}
                      value={endorser.status}
                      onChange={(e) => setStatus.mutate({ endorser, status: toStatus(e.currentTarget.value) })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <RowActions
                      editText={t('common.edit')}
                      editLabel={t('organisation.editEndorser', { name: endorser.name })}
                      deleteLabel={t('organisation.deleteEndorser', { name: endorser.name })}
                      onEdit={() => setEditing(endorser)}
                      onDelete={() => setDeleting(endorser)}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('organisation.newEndorser') : t('organisation.editEndorser', { name: editing?.name ?? '' })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {editing !== null && <EndorserForm endorser={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
      </Modal>
      <ConfirmDeleteModal
        name={deleting?.name ?? null}
        onClose={() => setDeleting(null)}
        onDelete={async () => {
          await api['endorsers.delete']({ id: deleting?.id ?? '' });
          await refresh();
        }}
      />
    </Paper>
  );
}

function EndorserForm({ endorser, onDone }: { endorser: Endorser | null; onDone: () => void }) {
  const { t } = useTranslation('campaigns');
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
          error={attempted && !name.trim() ? t('common.required') : undefined}
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

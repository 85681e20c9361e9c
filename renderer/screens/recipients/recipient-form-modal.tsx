import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recipient } from '../../../shared/recipients/schemas';
import { api } from '../../api/client';
import { keys, useCountries } from '../../api/queries';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { currentLanguage } from '../../i18n';
import { RecipientForm } from './recipient-form';
import { recipientLabel, type FormTarget } from './use-recipient-form';

interface RecipientFormModalProps {
  /** null = closed. A new object opens a fresh form. */
  target: FormTarget | null;
  onClose: () => void;
}

/** The add/edit form, with the delete confirmation stacked above it. */
export function RecipientFormModal({ target, onClose }: RecipientFormModalProps) {
  const { t } = useTranslation();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  // Keep showing the last form while the modal animates closed.
  const [shown, setShown] = useState(target);
  if (target !== null && target !== shown) setShown(target);

  const close = () => {
    setConfirmingDelete(false);
    onClose();
  };
  const editing = shown?.mode === 'edit' ? shown.recipient : null;

  return (
    <Modal.Stack>
      <Modal
        stackId="recipient-form"
        opened={target !== null}
        onClose={close}
        title={t(shown?.mode === 'edit' ? 'form.titleEdit' : 'form.titleAdd')}
        size="xl"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {shown && (
          <RecipientForm
            key={shown.mode === 'edit' ? shown.recipient.id : 'new'}
            target={shown}
            onSaved={close}
            onCancel={close}
            onDelete={() => setConfirmingDelete(true)}
          />
        )}
      </Modal>
      <Modal
        stackId="recipient-delete"
        opened={target !== null && confirmingDelete}
        onClose={() => setConfirmingDelete(false)}
        title={t('delete.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        centered
      >
        {editing && <DeleteConfirmation recipient={editing} onCancel={() => setConfirmingDelete(false)} onDeleted={close} />}
      </Modal>
    </Modal.Stack>
  );
}

function DeleteConfirmation({ recipient, onCancel, onDeleted }: { recipient: Recipient; onCancel: () => void; onDeleted: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const countries = useCountries();
  const country = countries.data?.find((c) => c.code === recipient.countryCode)?.names[currentLanguage()] ?? recipient.countryCode;
  // Who, which office and which country: two entries can share a name or an office.
  const body = recipient.name
    ? t('delete.body', { name: recipient.name, office: recipient.office, country })
    : t('delete.bodyNoHolder', { office: recipient.office, country });
  const remove = useMutation({
    mutationFn: () => api['recipients.delete']({ id: recipient.id }),
    onSuccess: async () => {
      notifySuccess(t, t('delete.doneTitle'), t('delete.doneMessage', { name: recipientLabel(recipient) }));
      onDeleted();
      await queryClient.invalidateQueries({ queryKey: keys.recipients });
    },
  });
  return (
    <Stack>
      <Text>{body}</Text>
      {remove.isError && <ErrorAlert error={remove.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} data-autofocus>
          {t('common.cancel')}
        </Button>
        <Button color="red" loading={remove.isPending} disabled={remove.isPending} onClick={() => remove.mutate()}>
          {t('delete.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}

import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert';
import { FormModal } from './form-modal';

/*
 * "Delete X?": Cancel has the focus, so Enter does not delete. A refusal
 * (e.g. a campaign still uses it) shows the server's sentence and keeps the
 * dialog open; after the deletion it closes.
 */

interface ConfirmDeleteModalProps {
  opened: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  /** Deletes, then refreshes what shows it (and says so); a rejection is shown in the dialog. */
  onDelete: () => Promise<unknown>;
  onClose: () => void;
}

export function ConfirmDeleteModal({ opened, title, body, confirmLabel, onDelete, onClose }: ConfirmDeleteModalProps) {
  return (
    <FormModal opened={opened} onClose={onClose} title={title} centered>
      <Confirm body={body} confirmLabel={confirmLabel} onDelete={onDelete} onClose={onClose} />
    </FormModal>
  );
}

function Confirm({ body, confirmLabel, onDelete, onClose }: Omit<ConfirmDeleteModalProps, 'opened' | 'title'>) {
  const { t } = useTranslation();
  const remove = useMutation({ mutationFn: onDelete, onSuccess: onClose });
  return (
    <Stack>
      <Text size="sm">{body}</Text>
      {remove.isError && <ErrorAlert error={remove.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </Button>
        <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
          {confirmLabel}
        </Button>
      </Group>
    </Stack>
  );
}

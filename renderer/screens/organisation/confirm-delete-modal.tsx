import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';

interface Props {
  name: string | null;
  onClose: () => void;
  onDelete: () => Promise<unknown>;
}

/** "Delete X?"; a refusal (e.g. a campaign still uses it) shows the server's sentence and keeps the dialog open. */
export function ConfirmDeleteModal({ name, onClose, onDelete }: Props) {
  const { t } = useTranslation('campaigns');
  const remove = useMutation({ mutationFn: onDelete, onSuccess: onClose });
  return (
    <Modal
      opened={name !== null}
      onClose={() => {
        remove.reset();
        onClose();
      }}
      title={t('organisation.deleteTitle', { name: name ?? '' })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack>
        <Text size="sm">{t('organisation.deleteBody')}</Text>
        {remove.isError && <ErrorAlert error={remove.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
            {t('common.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

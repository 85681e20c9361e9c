import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../shared/api/contract';
import type { BackupSummary } from '../../../shared/backups/contract';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { backupDate } from './backup-kind';

interface Props {
  backup: BackupSummary | null;
  title: string;
  body: string;
  onClose: () => void;
  onRestored: (result: OperationOutput<'backups.restore'>) => void | Promise<void>;
}

/** Confirms a restore; the current state is backed up first (the undo). */
export function RestoreModal({ backup, title, body, onClose, onRestored }: Props) {
  const { t } = useTranslation('campaigns');
  const restore = useMutation({
    mutationFn: (name: string) => api['backups.restore']({ name }),
    onSuccess: async (result) => {
      onClose();
      await onRestored(result);
    },
  });
  return (
    <Modal opened={backup !== null} onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common.close') }} centered>
      <Stack>
        <Text size="sm">{body}</Text>
        {backup && (
          <Text size="sm" fw={600}>
            {backupDate(backup)}
          </Text>
        )}
        {restore.isError && <ErrorAlert error={restore.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="orange" loading={restore.isPending} onClick={() => backup && restore.mutate(backup.name)}>
            {t('backups.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

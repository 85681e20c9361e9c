import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../shared/templates/schemas';
import { api } from '../../api/client';
import { templateKeys } from '../../api/template-queries';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';

/** "Delete this template?": every language of it goes. */
export function DeleteTemplateModal({ template, onClose }: { template: TemplateSummary | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={template !== null} onClose={onClose} title={t('templates.deleteTitle')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      {/* Mounted only while open, so an earlier failure is not shown again. */}
      {template && <Confirm template={template} onClose={onClose} />}
    </Modal>
  );
}

function Confirm({ template, onClose }: { template: TemplateSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => api['templates.delete']({ id: template.id }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: templateKeys.all });
      notifySuccess(t, t('templates.deletedTitle'), t('templates.deletedMessage', { name: template.name }));
      onClose();
    },
  });
  return (
    <Stack>
      <Text size="sm">{t('templates.deleteBody', { name: template.name })}</Text>
      {remove.isError && <ErrorAlert error={remove.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
          {t('templates.deleteConfirm')}
        </Button>
      </Group>
    </Stack>
  );
}

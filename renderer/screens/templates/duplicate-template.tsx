import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../shared/templates/schemas';
import { api } from '../../api/client';
import { templateKeys } from '../../api/template-queries';
import { ErrorAlert } from '../../components/error-alert';
import { notifyError, notifySuccess } from '../../components/notify';
import { useNavigation } from '../../navigation';

/*
 * "Duplicate" a template (an example above all) and open the copy in the
 * editor; and the offer made at the first edit of an example: edit a copy,
 * or the example itself.
 */

export function useDuplicateTemplate() {
  const { t } = useTranslation();
  const { go } = useNavigation();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (template: Pick<TemplateSummary, 'id' | 'name'>) =>
      api['templates.duplicate']({ id: template.id, name: t('templates.copyName', { name: template.name }).slice(0, 200) }),
    onSuccess: async (copy) => {
      await queryClient.invalidateQueries({ queryKey: templateKeys.all });
      notifySuccess(t, t('templates.duplicatedTitle'), t('templates.duplicated', { name: copy.name }));
      go({ view: 'templates', templateId: copy.id });
    },
    onError: (error) => notifyError(t, error),
  });
}

interface CopyOfferProps {
  template: Pick<TemplateSummary, 'id' | 'name'>;
  opened: boolean;
  onEditExample: () => void;
  onClose: () => void;
}

/** Asked at the first edit of an example: a copy keeps the example as it is. */
export function CopyOfferModal({ template, opened, onEditExample, onClose }: CopyOfferProps) {
  const { t } = useTranslation();
  const duplicate = useDuplicateTemplate();
  return (
    <Modal opened={opened} onClose={onClose} title={t('templates.copyOfferTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="sm">
        <Text size="sm">{t('templates.copyOfferBody', { name: template.name })}</Text>
        {duplicate.isError && <ErrorAlert error={duplicate.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onEditExample}>
            {t('templates.editExample')}
          </Button>
          <Button loading={duplicate.isPending} onClick={() => duplicate.mutate(template)} data-autofocus>
            {t('templates.makeCopy')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

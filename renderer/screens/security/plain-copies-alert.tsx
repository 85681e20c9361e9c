import { Alert, Button, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';

/**
 * After a passphrase was set: copies in the workspace folder that could not
 * be encrypted (a damaged file set aside, an old upload) are named, and
 * deleted only when the user presses the button.
 */
export function PlainCopiesAlert({ names, onDone }: { names: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const remove = useMutation({ mutationFn: () => api['workspace.removePlainCopies']({ confirm: true }), onSuccess: onDone });
  return (
    <Alert color="yellow" role="alert" title={t('security.plainCopies.title')}>
      <Stack gap="xs">
        <Text size="sm">{t('security.plainCopies.body', { count: names.length, names: names.join(', ') })}</Text>
        {remove.isError && <ErrorAlert error={remove.error} />}
        <Button color="red" variant="light" loading={remove.isPending} onClick={() => remove.mutate()} w="fit-content">
          {t('security.plainCopies.delete')}
        </Button>
      </Stack>
    </Alert>
  );
}

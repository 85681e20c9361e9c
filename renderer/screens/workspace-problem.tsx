import { Alert, Button, Code, Container, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { WorkspaceStatus } from '../../shared/workspace/contract';
import { api } from '../api/client';
import { keys } from '../api/queries';
import { ErrorAlert } from '../components/error-alert';
import { RestoreNewestBackup } from './backups/restore-newest';

type ProblemStatus = Exclude<WorkspaceStatus, { state: 'ready' }>;

/**
 * Shown instead of the app when the database cannot be used. Explains what
 * happened in plain words and, where it is safe, offers a fresh start that
 * keeps the old file untouched.
 */
export function WorkspaceProblem({ status, onBrowse }: { status: ProblemStatus; onBrowse?: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, confirm] = useDisclosure(false);
  const startFresh = useMutation({ mutationFn: () => api['workspace.startFresh']({}), onSettled: confirm.close });
  const canStartFresh = status.state !== 'newer_version';

  if (startFresh.data) {
    const result = startFresh.data;
    return (
      <Container size="sm" py="xl">
        <Stack>
          <Title order={1} size="h2">
            {t('workspace.kept.title')}
          </Title>
          <Text>{t('workspace.kept.body')}</Text>
          <Code block>{result.keptFile}</Code>
          <Button
            w="fit-content"
            data-autofocus
            onClick={() => {
              // Everything cached so far belonged to the unusable workspace.
              queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'workspace' });
              queryClient.setQueryData(keys.workspace, result.status);
            }}
          >
            {t('workspace.kept.continue')}
          </Button>
        </Stack>
      </Container>
    );
  }

  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={1} size="h2">
          {t(`workspace.${status.state}.title`)}
        </Title>
        <Text>{t(`workspace.${status.state}.body`)}</Text>
        <div>
          <Text size="sm" fw={600} id="database-file-label">
            {t('workspace.databaseFile')}
          </Text>
          <Code block aria-labelledby="database-file-label">
            {status.databaseFile}
          </Code>
        </div>
        <Alert color="gray" title={t('workspace.detail')}>
          <Text size="sm">{status.detail}</Text>
        </Alert>
        {onBrowse && (
          <>
            <Text>{t('workspace.readOnly.explain')}</Text>
            <Button w="fit-content" variant="default" onClick={onBrowse}>
              {t('workspace.readOnly.browse')}
            </Button>
          </>
        )}
        {canStartFresh && <RestoreNewestBackup />}
        {canStartFresh && (
          <>
            <Text>{t('workspace.startFresh.explain')}</Text>
            <Button w="fit-content" onClick={confirm.open}>
              {t('workspace.startFresh.button')}
            </Button>
          </>
        )}
        {startFresh.isError && <ErrorAlert error={startFresh.error} />}
      </Stack>
      <Modal
        opened={confirming}
        onClose={confirm.close}
        title={t('workspace.startFresh.confirmTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        centered
      >
        <Stack>
          <Text>{t('workspace.startFresh.confirmBody')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={startFresh.isPending} onClick={() => startFresh.mutate()}>
              {t('workspace.startFresh.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Container>
  );
}

/** Above every screen while a damaged workspace is browsed read-only. */
export function ReadOnlyNotice({ onLeave }: { onLeave: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" role="alert" title={t('workspace.readOnly.bannerTitle')} mb="md">
      <Stack gap="xs">
        <Text size="sm">{t('workspace.readOnly.bannerBody')}</Text>
        <Button w="fit-content" size="xs" variant="white" color="red" onClick={onLeave}>
          {t('workspace.readOnly.back')}
        </Button>
      </Stack>
    </Alert>
  );
}

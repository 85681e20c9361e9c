import { Alert, Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../shared/api/contract';
import type { BackupSummary } from '../../../shared/backups/contract';
import { api } from '../../api/client';
import { campaignKeys, useBackups } from '../../api/campaign-queries';
import { CenteredLoader } from '../../components/centered-loader';
import { ErrorAlert } from '../../components/error-alert';
import { notifyError, notifySuccess } from '../../components/notify';
import { ScreenTitle } from '../../components/screen-title';
import { currentLanguage } from '../../i18n';
import { useDownload } from '../../components/download';
import { formatBytes } from '../../components/format-bytes';
import { backupDate, backupKindLabel, newestFirst } from './backup-kind';
import { RestoreModal } from './restore-modal';
import { MoveWorkspaceSection } from './move-workspace-section';
import { CopyWarningAlert } from '../security/copy-warning-alert';

type Verified = OperationOutput<'backups.verify'>;

/** The workspace's backups: take one, check one, restore one, save a copy elsewhere. */
export function BackupsScreen({ focusTitle }: { focusTitle: boolean }) {
  const { t } = useTranslation('campaigns');
  const { t: tm } = useTranslation();
  const queryClient = useQueryClient();
  const backups = useBackups();
  const [restoring, setRestoring] = useState<BackupSummary | null>(null);
  const [verified, setVerified] = useState<Record<string, Verified>>({});
  const language = currentLanguage();

  const create = useMutation({
    mutationFn: () => api['backups.create']({}),
    onSuccess: async (backup) => {
      notifySuccess(tm, t('backups.title'), t('backups.created', { name: backup.name }));
      await queryClient.invalidateQueries({ queryKey: campaignKeys.backups });
    },
    onError: (error) => notifyError(tm, error),
  });
  const verify = useMutation({
    mutationFn: (name: string) => api['backups.verify']({ name }),
    onSuccess: (result, name) => setVerified((v) => ({ ...v, [name]: result })),
    onError: (error) => notifyError(tm, error),
  });
  const saveCopy = useDownload((name: string) => api['backups.download']({ name }), { type: 'application/vnd.sqlite3' });

  return (
    <Stack gap="md" maw={1000}>
      <Group justify="space-between">
        <ScreenTitle focusOnMount={focusTitle}>{t('backups.title')}</ScreenTitle>
        <Button onClick={() => create.mutate()} loading={create.isPending}>
          {t('backups.backUpNow')}
        </Button>
      </Group>
      <Text c="dimmed">{t('backups.intro')}</Text>
      {backups.isPending && <CenteredLoader />}
      {backups.isError && <ErrorAlert error={backups.error} />}
      {saveCopy.data && <CopyWarningAlert warning={saveCopy.data.copyWarning} />}
      {backups.data?.length === 0 && (
        <Stack gap={4}>
          <Title order={2} size="h4">
            {t('backups.emptyTitle')}
          </Title>
          <Text c="dimmed">{t('backups.emptyBody')}</Text>
        </Stack>
      )}
      {backups.data && backups.data.length > 0 && (
        <Table verticalSpacing="xs" striped>
          <Table.Caption>{t('backups.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('backups.date')}</Table.Th>
              <Table.Th>{t('backups.kind')}</Table.Th>
              <Table.Th ta="right">{t('backups.size')}</Table.Th>
              <Table.Th>{t('backups.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {newestFirst(backups.data).map((backup) => {
              const date = backupDate(backup);
              const check = verified[backup.name];
              return (
                <Table.Tr key={backup.name}>
                  <Table.Td>
                    <Text size="sm">{date}</Text>
                    {check && (
                      <Alert mt={4} p={6} color={check.ok ? 'teal' : 'red'} role="status">
                        <Text size="xs">{check.ok ? t('backups.verifyOk', { date }) : t('backups.verifyProblems', { date })}</Text>
                        {!check.ok && (
                          <List size="xs">
                            {check.problems.map((p) => (
                              <List.Item key={p}>{p}</List.Item>
                            ))}
                          </List>
                        )}
                      </Alert>
                    )}
                  </Table.Td>
                  <Table.Td>{backupKindLabel(t, backup)}</Table.Td>
                  <Table.Td ta="right">{formatBytes(backup.bytes, language)}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        aria-label={t('backups.verify', { date })}
                        loading={verify.isPending && verify.variables === backup.name}
                        onClick={() => verify.mutate(backup.name)}
                      >
                        {t('backups.verifyShort')}
                      </Button>
                      <Button size="compact-sm" variant="subtle" aria-label={t('backups.restore', { date })} onClick={() => setRestoring(backup)}>
                        {t('backups.restoreShort')}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        aria-label={t('backups.saveCopy', { date })}
                        loading={saveCopy.isPending && saveCopy.variables === backup.name}
                        onClick={() => saveCopy.mutate(backup.name)}
                      >
                        {t('backups.saveCopyShort')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <RestoreModal
        backup={restoring}
        title={t('backups.confirmTitle')}
        body={t('backups.confirmBody', { date: restoring ? backupDate(restoring) : '' })}
        onClose={() => setRestoring(null)}
        onRestored={async (result) => {
          const undo = result.undoBackup ? ` ${t('backups.undoKept', { name: result.undoBackup })}` : '';
          notifySuccess(tm, t('backups.restoredTitle'), `${t('backups.restoredBody', { name: result.restoredFrom })}${undo}`);
          // Everything cached described the workspace before the restore.
          await queryClient.invalidateQueries();
        }}
      />
      <MoveWorkspaceSection />
    </Stack>
  );
}

import { Button, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSummary } from '../../../shared/backups/contract';
import { campaignKeys, useBackups } from '../../api/campaign-queries';
import { keys } from '../../api/queries';
import { backupDate, backupKindLabel, newestFirst } from './backup-kind';
import { RestoreModal } from './restore-modal';

/**
 * On the workspace-problem screen: when backups exist (backups.list works
 * even on a damaged workspace), offer the newest one; then reload the app state.
 */
export function RestoreNewestBackup() {
  const { t } = useTranslation('campaigns');
  const queryClient = useQueryClient();
  const backups = useBackups();
  const [confirming, setConfirming] = useState<BackupSummary | null>(null);
  const newest = newestFirst(backups.data ?? [])[0];
  if (!newest) return null;
  const date = backupDate(newest);

  return (
    <>
      <Text>{t('workspace.restoreExplain', { date, kind: backupKindLabel(t, newest) })}</Text>
      <Button w="fit-content" variant="light" onClick={() => setConfirming(newest)}>
        {t('workspace.restoreNewest')}
      </Button>
      <RestoreModal
        backup={confirming}
        title={t('workspace.confirmTitle')}
        body={t('workspace.confirmBody', { date })}
        onClose={() => setConfirming(null)}
        onRestored={async () => {
          // Everything cached so far belonged to the unusable workspace.
          queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== keys.workspace[0] && query.queryKey[0] !== campaignKeys.backups[0] });
          await queryClient.invalidateQueries({ queryKey: keys.workspace });
        }}
      />
    </>
  );
}

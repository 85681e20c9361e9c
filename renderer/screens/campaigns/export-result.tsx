import { Alert, Button, Code, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExportJobStatus } from '../../../shared/exports/contract';
import { api } from '../../api/client';
import { notifyError } from '../../components/notify';
import { currentLanguage } from '../../i18n';
import { downloadFile, isDesktop } from '../../components/download';
import { formatBytes } from '../../components/format-bytes';

/** What became of a finished export's files. */
export type Delivered =
  { kind: 'none' } | { kind: 'saved'; paths: string[] } | { kind: 'saveCancelled' } | { kind: 'downloaded'; names: string[] } | { kind: 'offered' };

interface Props {
  jobId: string;
  status: ExportJobStatus;
  delivered: Delivered;
  onDelivered: (delivered: Delivered) => void;
  onSaveAgain: () => void;
}

export function ExportResult({ jobId, status, delivered, onDelivered, onSaveAgain }: Props) {
  const { t } = useTranslation('campaigns');
  const { t: tm } = useTranslation();
  const language = currentLanguage();
  const downloaded = delivered.kind === 'downloaded' ? delivered.names : [];

  const download = async (index: number) => {
    try {
      const file = await api['exports.download']({ jobId, index });
      downloadFile(file);
      onDelivered({ kind: 'downloaded', names: [...new Set([...downloaded, file.fileName])] });
    } catch (error) {
      notifyError(tm, error);
    }
  };

  return (
    <Alert color="teal" title={t('export.doneTitle')} role="status">
      <Stack gap="xs">
        {status.skipped > 0 && <Text size="sm">{t('export.skipped', { count: status.skipped })}</Text>}
        {delivered.kind === 'saved' && (
          <>
            <Text size="sm">{t('export.savedTo')}</Text>
            {delivered.paths.map((p) => (
              <Code key={p} block>
                {p}
              </Code>
            ))}
          </>
        )}
        {delivered.kind === 'saveCancelled' && <Text size="sm">{t('export.saveCancelled')}</Text>}
        {isDesktop() && delivered.kind !== 'none' && (
          <Button variant="default" w="fit-content" onClick={onSaveAgain}>
            {t('export.saveAgain')}
          </Button>
        )}
        {!isDesktop() && (
          <List size="sm" spacing={4} aria-label={t('export.fileList')}>
            {status.files.map((file, index) => (
              <List.Item key={file.name}>
                <Group gap="xs">
                  <Text size="sm" span>
                    {file.name} ({formatBytes(file.bytes, language)})
                  </Text>
                  <Button
                    size="compact-xs"
                    variant={downloaded.includes(file.name) ? 'subtle' : 'light'}
                    onClick={() => void download(index)}
                    aria-label={t('export.download', { name: file.name })}
                  >
                    {downloaded.includes(file.name) ? t('export.downloadAgain') : t('export.downloadShort')}
                  </Button>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Alert>
  );
}

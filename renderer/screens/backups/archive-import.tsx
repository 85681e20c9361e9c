import { Alert, Button, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../shared/api/contract';
import { ARCHIVE_CHUNK_BYTES } from '../../../shared/archive/schemas';
import { api } from '../../api/client';
import { notifySuccess } from '../../components/notify';
import { FilePicker } from '../../components/file-picker';
import { ProgressStatus } from '../../components/progress-status';
import { readFileBase64 } from '../../components/read-file-base64';
import { isDesktop } from '../../components/download';
import { ArchiveProblemAlert, archiveProblemOf } from './archive-problem';
import { ArchiveReport } from './archive-report';

type Staged = { uploadId: string; fileName: string; encrypted: boolean };
type Preview = OperationOutput<'archive.preview'>;
type Applied = OperationOutput<'archive.apply'>;

/** Sends a picked file in pieces (each a separate request, so no request is huge), reporting 0…1. */
async function uploadFile(file: File, onProgress: (fraction: number) => void): Promise<Staged> {
  let uploadId: string | null = null;
  for (let offset = 0; ; offset += ARCHIVE_CHUNK_BYTES) {
    const piece = file.slice(offset, offset + ARCHIVE_CHUNK_BYTES);
    const chunkBase64 = await readFileBase64(piece, () => undefined);
    const final = offset + ARCHIVE_CHUNK_BYTES >= file.size;
    const result: OperationOutput<'archive.upload'> = await api['archive.upload']({ uploadId, fileName: file.name, offset, chunkBase64, final });
    uploadId = result.uploadId;
    onProgress(Math.min(1, (offset + piece.size) / Math.max(file.size, 1)));
    if (final) return result;
  }
}

/**
 * Import an archive: choose it, give its passphrase if it is encrypted, see
 * what importing would change, import, read the report; undo restores the
 * pre-import backup.
 */
export function ArchiveImport() {
  const { t } = useTranslation('archive');
  const { t: tm } = useTranslation();
  const queryClient = useQueryClient();
  const [staged, setStaged] = useState<Staged | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [applied, setApplied] = useState<Applied | null>(null);

  const reset = () => {
    setStaged(null);
    setPreview(null);
    setApplied(null);
    setPassphrase('');
    setProgress(null);
  };

  const check = useMutation({
    mutationFn: (input: { uploadId: string; passphrase: string | null }) => api['archive.preview'](input),
    onSuccess: (result) => setPreview(result),
  });
  const stage = useMutation({
    mutationFn: async (file: File | null): Promise<Staged | null> => {
      if (isDesktop()) {
        const chosen = await api['archive.choose']({});
        return chosen.file;
      }
      if (!file) return null;
      setProgress(0);
      return uploadFile(file, setProgress);
    },
    onSuccess: (result) => {
      setProgress(null);
      if (!result) return;
      setStaged(result);
      if (!result.encrypted) check.mutate({ uploadId: result.uploadId, passphrase: null });
    },
    onError: () => setProgress(null),
  });
  const apply = useMutation({
    mutationFn: (input: { uploadId: string; passphrase: string | null; mode: 'merge' | 'replace' }) => api['archive.apply'](input),
    onSuccess: async (result) => {
      setApplied(result);
      setPreview(null);
      setStaged(null);
      // Everything cached described the workspace before the import.
      await queryClient.invalidateQueries();
    },
  });
  const undo = useMutation({
    mutationFn: (name: string) => api['backups.restore']({ name }),
    onSuccess: async () => {
      notifySuccess(tm, t('import.undo'), t('import.undone'));
      reset();
      await queryClient.invalidateQueries();
    },
  });

  const discard = () => {
    if (staged) void api['archive.discard']({ uploadId: staged.uploadId }).catch(() => undefined);
    reset();
  };
  const secret = staged?.encrypted ? passphrase : null;
  const askPassphrase = staged?.encrypted && !preview;
  const wrongPassphrase = check.isError && ['wrongPassphrase', 'passphraseNeeded'].includes(archiveProblemOf(check.error) ?? '');

  return (
    <Stack gap="sm" component="section" aria-labelledby="archive-import-title">
      <Title order={3} size="h5" id="archive-import-title">
        {t('import.title')}
      </Title>

      {!staged && !applied && (
        <>
          {isDesktop() ? (
            <Group>
              <Button variant="default" loading={stage.isPending} onClick={() => stage.mutate(null)}>
                {t('import.choose')}
              </Button>
            </Group>
          ) : (
            <FilePicker
              disabled={stage.isPending}
              accept=".letterdesk"
              label={t('import.file')}
              help={t('import.fileHelp')}
              autoFocus
              onFile={(file) => file && stage.mutate(file)}
            />
          )}
          {progress !== null && <ProgressStatus label={t('import.uploading', { percent: Math.round(progress * 100) })} value={progress} />}
          {stage.isError && <ArchiveProblemAlert error={stage.error} />}
        </>
      )}

      {askPassphrase && staged && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            check.mutate({ uploadId: staged.uploadId, passphrase });
          }}
        >
          <Stack gap="xs">
            <Text size="sm">{staged.fileName}</Text>
            <PasswordInput
              label={t('import.passphrase')}
              description={t('import.passphraseHelp')}
              autoComplete="off"
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              error={
                wrongPassphrase ? t(`problems.${archiveProblemOf(check.error) === 'wrongPassphrase' ? 'wrongPassphrase' : 'passphraseNeeded'}`) : undefined
              }
              data-autofocus
            />
            <Group>
              <Button type="submit" loading={check.isPending} disabled={passphrase.length === 0}>
                {t('import.unlock')}
              </Button>
              <Button variant="default" onClick={discard}>
                {t('import.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}

      {check.isPending && !askPassphrase && <ProgressStatus label={t('import.checking')} value={null} />}
      {check.isError && !wrongPassphrase && (
        <Stack gap="xs">
          <ArchiveProblemAlert error={check.error} />
          <Group>
            <Button variant="default" onClick={discard}>
              {t('import.another')}
            </Button>
          </Group>
        </Stack>
      )}

      {preview && staged && (
        <Stack gap="sm" role="region" aria-label={t('import.previewTitle')}>
          <Title order={4} size="h6">
            {t('import.previewTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {staged.fileName} — {t('import.archiveInfo', { date: preview.archive.createdAt.slice(0, 10), version: preview.archive.appVersion })}
          </Text>
          <Alert color="blue" p="xs">
            <Text size="sm">{preview.workspaceEmpty ? t('import.replaceExplained') : t('import.mergeExplained')}</Text>
          </Alert>
          <ArchiveReport report={preview.report} />
          {apply.isPending && <ProgressStatus label={t('import.applying')} value={null} />}
          {apply.isError && <ArchiveProblemAlert error={apply.error} />}
          <Group>
            <Button
              loading={apply.isPending}
              onClick={() => apply.mutate({ uploadId: staged.uploadId, passphrase: secret, mode: preview.workspaceEmpty ? 'replace' : 'merge' })}
            >
              {t('import.apply')}
            </Button>
            <Button variant="default" disabled={apply.isPending} onClick={discard}>
              {t('import.cancel')}
            </Button>
          </Group>
        </Stack>
      )}

      {applied && (
        <Stack gap="sm" role="region" aria-label={t('import.doneTitle')}>
          <Alert color="teal" title={t('import.doneTitle')} role="status">
            <ArchiveReport report={applied.report} />
          </Alert>
          {undo.isError && <ArchiveProblemAlert error={undo.error} />}
          <Group>
            <Button color="orange" variant="light" loading={undo.isPending} onClick={() => undo.mutate(applied.undoBackup)}>
              {t('import.undo')}
            </Button>
            <Button variant="default" onClick={reset}>
              {t('import.another')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

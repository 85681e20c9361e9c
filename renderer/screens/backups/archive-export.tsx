import { Button, Checkbox, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '../../../shared/archive/schemas';
import { api } from '../../api/client';
import { notifySuccess } from '../../components/notify';
import { currentLanguage } from '../../i18n';
import { ProgressStatus } from '../../components/progress-status';
import { downloadFile, isDesktop } from '../../components/download';
import { formatBytes } from '../../components/format-bytes';
import { ArchiveProblemAlert } from './archive-problem';
import { CopyWarningAlert } from '../security/copy-warning-alert';
import type { CopyWarning } from '../../../shared/security/schemas';

/** Export the workspace as one .letterdesk file, optionally encrypted. */
export function ArchiveExport() {
  const { t } = useTranslation('archive');
  const { t: tm } = useTranslation();
  const [encrypt, setEncrypt] = useState(true);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [touched, setTouched] = useState(false);
  const [warning, setWarning] = useState<CopyWarning | null>(null);
  const tooShort = encrypt && passphrase.length < MIN_PASSPHRASE_LENGTH;
  const mismatch = encrypt && confirm !== passphrase;
  const language = currentLanguage();

  const run = useMutation({
    mutationFn: async () => {
      const input = { passphrase: encrypt ? passphrase : null };
      if (isDesktop()) {
        const saved = await api['archive.save'](input);
        setWarning(saved.copyWarning);
        if (!saved.cancelled && saved.file)
          notifySuccess(tm, t('export.doneTitle'), t('export.saved', { file: saved.file, size: formatBytes(saved.bytes, language) }));
        return;
      }
      const file = await api['archive.export'](input);
      setWarning(file.copyWarning);
      downloadFile(file);
      notifySuccess(tm, t('export.doneTitle'), t('export.downloaded', { name: file.fileName, size: formatBytes(file.bytes, language) }));
    },
    onSuccess: () => {
      setPassphrase('');
      setConfirm('');
      setTouched(false);
    },
  });

  return (
    <Stack gap="sm" component="section" aria-labelledby="archive-export-title">
      <Title order={3} size="h5" id="archive-export-title">
        {t('export.title')}
      </Title>
      <Checkbox label={t('export.encrypt')} description={t('export.encryptHelp')} checked={encrypt} onChange={(e) => setEncrypt(e.currentTarget.checked)} />
      {encrypt && (
        <Group grow align="flex-start">
          <PasswordInput
            label={t('export.passphrase')}
            autoComplete="new-password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
            error={touched && tooShort ? t('export.tooShort', { count: MIN_PASSPHRASE_LENGTH }) : undefined}
          />
          <PasswordInput
            label={t('export.confirm')}
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            error={touched && !tooShort && mismatch ? t('export.mismatch') : undefined}
          />
        </Group>
      )}
      {run.isPending && <ProgressStatus label={t('export.working')} value={null} />}
      {run.isError && <ArchiveProblemAlert error={run.error} />}
      {warning && !run.isPending && <CopyWarningAlert warning={warning} />}
      <Group>
        <Button
          loading={run.isPending}
          onClick={() => {
            setTouched(true);
            if (!tooShort && !mismatch) run.mutate();
          }}
        >
          {t('export.button')}
        </Button>
      </Group>
      {!encrypt && (
        <Text size="xs" c="dimmed">
          {t('export.encryptHelp')}
        </Text>
      )}
    </Stack>
  );
}

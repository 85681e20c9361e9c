import { Alert, Button, Checkbox, Container, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceStatus } from '../../../shared/workspace/contract';
import { api } from '../../api/client';
import { keys } from '../../api/queries';
import { ErrorAlert } from '../../components/error-alert';
import { WorkspaceProblem } from '../workspace-problem';
import { useCountdown } from './use-countdown';

type LockedStatus = Extract<WorkspaceStatus, { state: 'not_a_database' | 'damaged' | 'newer_version' | 'locked' }>;

/**
 * Shown instead of the app when the workspace is encrypted and was opened
 * without its passphrase. Main checks the passphrase and decides the waits
 * after wrong ones; this screen only shows them.
 */
export function UnlockScreen({ status }: { status: LockedStatus }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [passphrase, setPassphrase] = useState('');
  const [remember, setRemember] = useState(false);
  const [wrong, setWrong] = useState(false);
  const [showForgot, setShowForgot] = useState(false);
  const countdown = useCountdown(status.retryInSeconds ?? 0);
  const cannotRemember = status.encryption?.cannotRemember ?? 'not_in_this_mode';

  const unlock = useMutation({
    mutationFn: () => api['workspace.unlock']({ passphrase, remember }),
    onSuccess: async (result) => {
      if (result.result === 'unlocked') {
        setPassphrase('');
        // Everything cached so far belonged to the locked workspace.
        queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'workspace' });
        await queryClient.invalidateQueries({ queryKey: keys.workspace });
        return;
      }
      setWrong(result.result === 'wrong_passphrase');
      countdown.start(result.retryInSeconds);
    },
  });
  useEffect(() => () => setPassphrase(''), []);

  if (showForgot) return <WorkspaceProblem status={status} />;

  return (
    <Container size="xs" py="xl">
      <form
        aria-labelledby="unlock-title"
        onSubmit={(event) => {
          event.preventDefault();
          if (passphrase && countdown.seconds === 0) unlock.mutate();
        }}
      >
        <Stack>
          <Title order={1} size="h2" id="unlock-title">
            {t('security.unlock.title')}
          </Title>
          <Text>{t('security.unlock.body')}</Text>
          <PasswordInput
            label={t('security.unlock.passphrase')}
            value={passphrase}
            onChange={(event) => setPassphrase(event.currentTarget.value)}
            autoComplete="current-password"
            data-autofocus
            autoFocus
            error={wrong ? t('security.wrong') : undefined}
          />
          <Checkbox
            label={t('security.remember')}
            description={cannotRemember ? t(`security.cannotRemember.${cannotRemember}`) : t('security.rememberHelp')}
            checked={remember}
            disabled={cannotRemember !== null}
            onChange={(event) => setRemember(event.currentTarget.checked)}
          />
          {countdown.seconds > 0 && (
            <Alert color="orange" role="status">
              {t('security.retry', { seconds: countdown.seconds })}
            </Alert>
          )}
          {unlock.isError && <ErrorAlert error={unlock.error} />}
          <Button type="submit" w="fit-content" loading={unlock.isPending} disabled={!passphrase || countdown.seconds > 0}>
            {t('security.unlock.button')}
          </Button>
          <Text size="sm" c="dimmed">
            {t('security.unlock.forgot')}
          </Text>
          <Button variant="subtle" w="fit-content" onClick={() => setShowForgot(true)}>
            {t('workspace.startFresh.button')}
          </Button>
        </Stack>
      </form>
    </Container>
  );
}

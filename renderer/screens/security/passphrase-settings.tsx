import { Alert, Button, Checkbox, Divider, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MIN_WORKSPACE_PASSPHRASE_LENGTH,
  PASSPHRASE_WEAKNESSES,
  type EncryptionStatus,
  type PassphraseChange,
  type PassphraseWeakness,
} from '../../../shared/security/schemas';
import { api } from '../../api/client';
import { apiErrorOf } from '../../api/describe-error';
import { keys, useWorkspaceStatus } from '../../api/queries';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { passphraseStrength } from './passphrase-strength';
import { useCountdown } from './use-countdown';

type Outcome = PassphraseChange | { result: 'wrong_passphrase' | 'wait'; retryInSeconds: number };

/** Settings → Passphrase: encrypt the workspace, change the passphrase, remove it. */
export function PassphraseSettings() {
  const { t } = useTranslation();
  const status = useWorkspaceStatus();
  const encryption = status.data?.encryption;
  if (!encryption) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="passphrase-title">
      <Title order={2} size="h3" id="passphrase-title">
        {t('security.title')}
      </Title>
      <Text>{encryption.enabled ? t('security.statusOn') : t('security.statusOff')}</Text>
      {!encryption.enabled && <Text size="sm">{t('security.intro')}</Text>}
      <NewPassphraseForm encryption={encryption} />
      {encryption.enabled && <RememberToggle encryption={encryption} />}
      {encryption.enabled && <RemoveForm />}
    </Stack>
  );
}

function useAfterChange(kind: 'set' | 'change' | 'remove', onWrong: () => void) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const countdown = useCountdown(0);
  const onOutcome = async (outcome: Outcome) => {
    if (outcome.result !== 'done') {
      if (outcome.result === 'wrong_passphrase') onWrong();
      countdown.start(outcome.retryInSeconds);
      return false;
    }
    await queryClient.invalidateQueries({ queryKey: keys.workspace });
    const skipped = outcome.backupsSkipped.length ? ` ${t('security.done.skipped', { names: outcome.backupsSkipped.join(', ') })}` : '';
    notifySuccess(t, t(`security.done.${kind}`), `${t('security.done.backups', { count: outcome.backupsUpdated })}${skipped}`);
    return true;
  };
  return { countdown, onOutcome };
}

function NewPassphraseForm({ encryption }: { encryption: EncryptionStatus }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [remember, setRemember] = useState(false);
  const [wrong, setWrong] = useState(false);
  const kind = encryption.enabled ? 'change' : 'set';
  const { countdown, onOutcome } = useAfterChange(kind, () => setWrong(true));
  const save = useMutation({
    mutationFn: () => api['workspace.setPassphrase']({ current: encryption.enabled ? current : undefined, next, remember }),
    onSuccess: async (outcome) => {
      if (await onOutcome(outcome)) {
        setCurrent('');
        setNext('');
        setConfirm('');
        setWrong(false);
      }
    },
  });
  const tooShort = next.length > 0 && next.length < MIN_WORKSPACE_PASSPHRASE_LENGTH;
  // Main refuses a passphrase that is easy to guess and says why (validation.weakPassphrase…); shown on the field itself.
  const weakness = save.isError
    ? (apiErrorOf(save.error).issues.find((issue): issue is { path: (string | number)[]; code: PassphraseWeakness } =>
        (PASSPHRASE_WEAKNESSES as readonly string[]).includes(issue.code),
      )?.code ?? null)
    : null;
  const mismatch = confirm.length > 0 && confirm !== next;
  const strength = next ? passphraseStrength(next) : null;
  const ready = next.length >= MIN_WORKSPACE_PASSPHRASE_LENGTH && confirm === next && (!encryption.enabled || current.length > 0);

  return (
    <form
      aria-label={t(`security.${kind}`)}
      onSubmit={(event) => {
        event.preventDefault();
        if (ready && countdown.seconds === 0) save.mutate();
      }}
    >
      <Stack gap="sm">
        {encryption.enabled && (
          <PasswordInput
            label={t('security.current')}
            value={current}
            autoComplete="current-password"
            error={wrong ? t('security.wrong') : undefined}
            onChange={(event) => setCurrent(event.currentTarget.value)}
          />
        )}
        <PasswordInput
          label={t('security.next')}
          value={next}
          autoComplete="new-password"
          description={strength ? t('security.strength.label', { level: t(`security.strength.${strength}`) }) : undefined}
          error={tooShort ? t('security.tooShort', { min: MIN_WORKSPACE_PASSPHRASE_LENGTH }) : weakness ? t(`validation.${weakness}`) : undefined}
          onChange={(event) => {
            setNext(event.currentTarget.value);
            save.reset();
          }}
        />
        <PasswordInput
          label={t('security.confirm')}
          value={confirm}
          autoComplete="new-password"
          error={mismatch ? t('security.mismatch') : undefined}
          onChange={(event) => setConfirm(event.currentTarget.value)}
        />
        <Alert color="red" title={t('security.title')}>
          {t('security.warning')}
        </Alert>
        {!encryption.enabled && (
          <Checkbox
            label={t('security.remember')}
            description={encryption.cannotRemember ? t(`security.cannotRemember.${encryption.cannotRemember}`) : t('security.rememberHelp')}
            checked={remember}
            disabled={encryption.cannotRemember !== null}
            onChange={(event) => setRemember(event.currentTarget.checked)}
          />
        )}
        {countdown.seconds > 0 && (
          <Alert color="orange" role="status">
            {t('security.retry', { seconds: countdown.seconds })}
          </Alert>
        )}
        {save.isPending && <Text role="status">{t('security.working')}</Text>}
        {save.isError && !weakness && <ErrorAlert error={save.error} />}
        <Button type="submit" w="fit-content" loading={save.isPending} disabled={!ready || countdown.seconds > 0}>
          {t(`security.${kind}`)}
        </Button>
      </Stack>
    </form>
  );
}

function RememberToggle({ encryption }: { encryption: EncryptionStatus }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const toggle = useMutation({
    mutationFn: (remember: boolean) => api['workspace.rememberPassphrase']({ remember }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.workspace }),
  });
  return (
    <>
      <Checkbox
        label={t('security.remember')}
        description={encryption.cannotRemember ? t(`security.cannotRemember.${encryption.cannotRemember}`) : t('security.rememberHelp')}
        checked={encryption.remembered}
        disabled={encryption.cannotRemember !== null || toggle.isPending}
        onChange={(event) => toggle.mutate(event.currentTarget.checked)}
      />
      {toggle.isError && <ErrorAlert error={toggle.error} />}
    </>
  );
}

function RemoveForm() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [wrong, setWrong] = useState(false);
  const { countdown, onOutcome } = useAfterChange('remove', () => setWrong(true));
  const remove = useMutation({
    mutationFn: () => api['workspace.removePassphrase']({ current }),
    onSuccess: async (outcome) => {
      if (await onOutcome(outcome)) setCurrent('');
    },
  });
  return (
    <form
      aria-label={t('security.remove.title')}
      onSubmit={(event) => {
        event.preventDefault();
        if (current && countdown.seconds === 0) remove.mutate();
      }}
    >
      <Stack gap="sm">
        <Divider />
        <Title order={3} size="h4">
          {t('security.remove.title')}
        </Title>
        <Text size="sm">{t('security.remove.explain')}</Text>
        <PasswordInput
          label={t('security.current')}
          value={current}
          autoComplete="current-password"
          error={wrong ? t('security.wrong') : undefined}
          onChange={(event) => setCurrent(event.currentTarget.value)}
        />
        {countdown.seconds > 0 && (
          <Alert color="orange" role="status">
            {t('security.retry', { seconds: countdown.seconds })}
          </Alert>
        )}
        {remove.isError && <ErrorAlert error={remove.error} />}
        <Button type="submit" color="red" variant="outline" w="fit-content" loading={remove.isPending} disabled={!current || countdown.seconds > 0}>
          {t('security.remove.button')}
        </Button>
      </Stack>
    </form>
  );
}

import { Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { keys } from '../../api/queries';
import { FormFooter } from '../../components/form-footer';
import { FormModal } from '../../components/form-modal';
import { notifySuccess } from '../../components/notify';
import { currentLanguage } from '../../i18n';
import { formatIsoDate } from '../../i18n/protocol-labels';
import { DayField, dayProblem } from './day-field';
import { todayIso } from './recipient-form-values';

interface BulkVerifyModalProps {
  opened: boolean;
  ids: ReadonlySet<string>;
  onClose: () => void;
  /** After the dates are saved (before the list refreshes). */
  onApplied: () => void;
}

/**
 * "Mark verified": the holders of the selected entries were checked on one
 * day (today unless changed). The dialog is the confirmation: it says how
 * many entries it changes, and nothing changes until its button is pressed.
 */
export function BulkVerifyModal({ opened, ids, onClose, onApplied }: BulkVerifyModalProps) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('recipients.bulk.verifyTitle', { count: ids.size })}>
      <BulkVerifyForm
        ids={ids}
        onCancel={onClose}
        onDone={() => {
          onApplied();
          onClose();
        }}
      />
    </FormModal>
  );
}

function BulkVerifyForm({ ids, onCancel, onDone }: { ids: ReadonlySet<string>; onCancel: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [date, setDate] = useState(todayIso);
  const [attempted, setAttempted] = useState(false);
  const problem = dayProblem(date);

  const verify = useMutation({
    mutationFn: (day: string) => api['recipients.verify']({ ids: [...ids], date: day }),
    onSuccess: async (result) => {
      const day = formatIsoDate(result.date, currentLanguage());
      const noHolder = result.noHolder > 0 ? ` ${t('recipients.bulk.verifiedNoHolder', { count: result.noHolder })}` : '';
      notifySuccess(t, t('recipients.bulk.verifiedTitle'), `${t('recipients.bulk.verifiedMessage', { count: result.verified, date: day })}${noHolder}`);
      onDone();
      await queryClient.invalidateQueries({ queryKey: keys.recipients });
    },
  });

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setAttempted(true);
        if (problem === null) verify.mutate(date.trim());
      }}
    >
      <Stack>
        <Text size="sm">{t('recipients.bulk.verifyHelp', { count: ids.size })}</Text>
        <DayField
          label={t('recipients.bulk.verifyDate')}
          value={date}
          onChange={setDate}
          error={attempted && problem ? t(`recipients.day.${problem}`) : undefined}
          withAsterisk
          autoFocus
        />
        <FormFooter
          error={verify.isError ? verify.error : null}
          saving={verify.isPending}
          onCancel={onCancel}
          cancelLabel={t('common.cancel')}
          submitLabel={t('recipients.bulk.verifySubmit', { count: ids.size })}
        />
      </Stack>
    </form>
  );
}

import { Button, Checkbox, Group, Modal, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactEvent } from '../../../shared/tracking/schemas';
import { CHANNELS, OUTCOMES, RECORDABLE_KINDS, type Channel, type Outcome, type RecordableKind } from '../../../shared/tracking/kinds';
import { checkEventFields } from '../../../shared/tracking/event-rules';
import { todayIso } from '../../../shared/tracking/dates';
import { api } from '../../api/client';
import { apiErrorOf } from '../../api/describe-error';
import { invalidateTracking } from '../../api/tracking-queries';
import { notifyError, notifySuccess } from '../../components/notify';
import { currentLanguage } from '../../i18n';
import { formatIsoDate } from '../../i18n/protocol-labels';
import { fieldErrorsFromIssues, type FieldErrors } from '../../components/field-errors';
import { FilePicker } from '../../components/file-picker';
import { readFileBase64 } from '../../components/read-file-base64';
import { isIssueCode, issueField, type EventFormField, type IssueCode } from './event-labels';
import { DateField } from '../../components/date-field';

export interface RecordTarget {
  campaignId: string | null;
  recipientId: string;
  /** Who the event is about, for the dialog's heading: a recipient, perhaps with the letter's reference. */
  label: string;
}

type Errors = FieldErrors<EventFormField, IssueCode>;
const DATE_ISSUES: ReadonlySet<string> = new Set(['dateInFuture', 'dateBeforeCampaign']);

/**
 * Records what happened to a letter: the fields shown depend on the kind
 * (channel for sent, due date for a follow-up, outcome for closing). With
 * `correcting`, the form starts from that event and saves a correction that
 * supersedes it (the old row stays in the log).
 */
export function RecordEventModal({
  target,
  onClose,
  correcting = null,
}: {
  target: RecordTarget | null;
  onClose: () => void;
  correcting?: ContactEvent | null;
}) {
  const { t } = useTranslation('tracking');
  return (
    <Modal opened={target !== null} onClose={onClose} title={t(correcting ? 'correct.title' : 'record.title')} size="lg">
      {target && <RecordEventForm target={target} correcting={correcting} onDone={onClose} />}
    </Modal>
  );
}

const isRecordable = (kind: string): kind is RecordableKind => (RECORDABLE_KINDS as readonly string[]).includes(kind);

function RecordEventForm({ target, correcting, onDone }: { target: RecordTarget; correcting: ContactEvent | null; onDone: () => void }) {
  const { t } = useTranslation('tracking');
  const { t: tm } = useTranslation();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<RecordableKind>(correcting && isRecordable(correcting.kind) ? correcting.kind : 'sent');
  const [occurredOn, setOccurredOn] = useState(correcting?.occurredOn ?? todayIso());
  const [channel, setChannel] = useState<Channel | ''>(correcting?.channel ?? '');
  const [reference, setReference] = useState(correcting?.reference ?? '');
  const [note, setNote] = useState(correcting?.note ?? '');
  const [dueOn, setDueOn] = useState(correcting?.dueOn ?? '');
  const [outcome, setOutcome] = useState<Outcome | ''>(correcting?.outcome ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [confirmDate, setConfirmDate] = useState(false);
  const [errors, setErrors] = useState<Errors>({});

  const fields = () => ({
    kind,
    occurredOn,
    channel: kind === 'sent' && channel !== '' ? channel : null,
    dueOn: kind === 'follow_up' && dueOn !== '' ? dueOn : null,
    outcome: kind === 'closed' && outcome !== '' ? outcome : null,
  });

  const save = useMutation({
    mutationFn: async () => {
      let attachment = null;
      if (file) {
        try {
          attachment = { fileName: file.name, contentBase64: await readFileBase64(file) };
        } catch {
          throw new FileUnreadable();
        }
      }
      if (correcting) return api['tracking.correct']({ eventId: correcting.id, fields: { ...fields(), reference, note, attachment, confirmDate } });
      return api['tracking.record']({ ...fields(), campaignId: target.campaignId, recipientId: target.recipientId, reference, note, attachment, confirmDate });
    },
    onSuccess: async (event) => {
      await invalidateTracking(queryClient);
      const prefix = correcting ? 'correct' : 'record';
      notifySuccess(
        tm,
        t(`${prefix}.saved`),
        t(`${prefix}.savedBody`, { kind: t(`kind.${event.kind}`), date: formatIsoDate(event.occurredOn, currentLanguage()), name: target.label }),
      );
      onDone();
    },
    onError: (error) => {
      if (error instanceof FileUnreadable) return setErrors({ attachment: 'fileUnreadable' });
      const next = fieldErrorsFromIssues(apiErrorOf(error).issues, issueField, isIssueCode).fields;
      if (Object.keys(next).length === 0) notifyError(tm, error);
      setErrors(next);
    },
  });

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const problems = checkEventFields(fields());
    if (occurredOn === '' || problems.length > 0) {
      const next: Errors = occurredOn === '' ? { occurredOn: 'required' } : {};
      for (const p of problems) next[p.field] ??= p.code;
      setErrors(next);
      return;
    }
    setErrors({});
    save.mutate();
  };
  const message = (field: EventFormField) => (errors[field] ? t(`issue.${errors[field]}`) : undefined);
  const dateNeedsConfirm = errors.occurredOn !== undefined && DATE_ISSUES.has(errors.occurredOn);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('record.for', { name: target.label })}
        </Text>
        {correcting && <Text size="sm">{t('correct.explain')}</Text>}
        <NativeSelect
          label={t('record.kind')}
          value={kind}
          onChange={(e) => {
            setKind(e.currentTarget.value as RecordableKind);
            setErrors({});
          }}
          data={RECORDABLE_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        />
        <DateField label={t('record.date')} value={occurredOn} onChange={setOccurredOn} error={message('occurredOn')} withAsterisk clearable={false} />
        {dateNeedsConfirm && <Checkbox label={t('record.confirmDate')} checked={confirmDate} onChange={(e) => setConfirmDate(e.currentTarget.checked)} />}
        {kind === 'sent' && (
          <NativeSelect
            label={t('record.channel')}
            value={channel}
            onChange={(e) => setChannel(e.currentTarget.value as Channel | '')}
            data={[{ value: '', label: t('record.chooseChannel') }, ...CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))]}
            error={message('channel')}
            withAsterisk
          />
        )}
        {kind === 'follow_up' && (
          <DateField label={t('record.dueOn')} value={dueOn} onChange={setDueOn} error={message('dueOn')} withAsterisk clearable={false} />
        )}
        {kind === 'closed' && (
          <NativeSelect
            label={t('record.outcome')}
            value={outcome}
            onChange={(e) => setOutcome(e.currentTarget.value as Outcome | '')}
            data={[{ value: '', label: t('record.chooseOutcome') }, ...OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))]}
            error={message('outcome')}
            withAsterisk
          />
        )}
        <TextInput
          label={t('record.reference')}
          description={t('record.referenceHelp')}
          value={reference}
          onChange={(e) => setReference(e.currentTarget.value)}
          error={message('reference')}
        />
        <Textarea label={t('record.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} error={message('note')} />
        <FilePicker
          label={t('record.attachment')}
          accept=".pdf,.docx,.png,.jpg,.jpeg,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/png,image/jpeg"
          error={message('attachment')}
          onFile={(picked) => {
            setFile(picked);
            setErrors((prev) => ({ ...prev, attachment: undefined }));
          }}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            {tm('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t(correcting ? 'correct.save' : 'record.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

class FileUnreadable extends Error {}

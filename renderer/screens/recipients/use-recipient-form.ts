import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeType, Recipient } from '../../../shared/recipients/schemas';
import { recogniseOffice } from '../../../shared/protocol';
import { api } from '../../api/client';
import { apiErrorOf } from '../../api/describe-error';
import { keys } from '../../api/queries';
import { notifySuccess } from '../../components/notify';
import { currentLanguage } from '../../i18n';
import {
  emptyValues,
  recipientFieldErrors,
  followsOfficeText,
  toInput,
  validate,
  valuesFromRecipient,
  type FieldErrors,
  type FieldName,
  type FormValues,
} from './recipient-form-values';

/** Which form is open: a new recipient (perhaps with some fields filled in), or an existing one. */
export type FormTarget = { mode: 'create'; preset?: Partial<FormValues> } | { mode: 'edit'; recipient: Recipient };

/** What to call a recipient in messages: the holder, or the office while the holder is unknown. */
export function recipientLabel(recipient: Pick<Recipient, 'name' | 'office'>): string {
  return recipient.name || recipient.office;
}

/**
 * Form state with inline validation: a field shows its error once it has
 * been left (blur) or after a save attempt; errors from the server are shown
 * under their field until that field changes.
 */
export function useRecipientForm(target: FormTarget, onSaved: () => void) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [initial] = useState<FormValues>(() =>
    target.mode === 'edit' ? valuesFromRecipient(target.recipient) : emptyValues(currentLanguage(), target.preset),
  );
  const [values, setValues] = useState<FormValues>(initial);
  // The office type follows the office text until the person picks one.
  const [autoOfficeType, setAutoOfficeType] = useState(() => followsOfficeText(initial));
  const [touched, setTouched] = useState<Partial<Record<FieldName, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);

  const clientErrors = useMemo(() => validate(values), [values]);

  const save = useMutation({
    mutationFn: (input: FormValues) =>
      target.mode === 'edit' ? api['recipients.update']({ id: target.recipient.id, fields: toInput(input) }) : api['recipients.create'](toInput(input)),
    onSuccess: async (recipient) => {
      notifySuccess(t, t('form.savedTitle'), t('form.savedMessage', { name: recipientLabel(recipient) }));
      onSaved();
      await queryClient.invalidateQueries({ queryKey: keys.recipients });
    },
    onError: (error) => {
      const apiError = apiErrorOf(error);
      const prefix = target.mode === 'edit' ? ['fields'] : [];
      setServerErrors(recipientFieldErrors(apiError.issues, prefix));
      setAttempt((n) => n + 1);
    },
  });

  const setField = <K extends FieldName>(field: K, value: FormValues[K]) => {
    setValues((previous) => {
      const next = { ...previous, [field]: value };
      if (field === 'office' && autoOfficeType) next.officeType = recogniseOffice(next.office);
      return next;
    });
    setServerErrors((previous) => (previous[field] ? { ...previous, [field]: undefined } : previous));
  };

  const chooseOfficeType = (officeType: OfficeType) => {
    setAutoOfficeType(false);
    setField('officeType', officeType);
  };

  // Leaving a field the person has not changed says nothing yet: "required" waits for a save attempt.
  const blur = (field: FieldName) => {
    if (JSON.stringify(values[field]) === JSON.stringify(initial[field])) return;
    setTouched((previous) => (previous[field] ? previous : { ...previous, [field]: true }));
  };

  const errorCode = (field: FieldName): string | undefined => serverErrors[field] ?? (submitted || touched[field] ? clientErrors[field] : undefined);

  const submit = () => {
    setSubmitted(true);
    setAttempt((n) => n + 1);
    if (Object.keys(clientErrors).length > 0) return;
    save.mutate(values);
  };

  return { values, setField, blur, errorCode, submit, save, attempt, autoOfficeType, chooseOfficeType };
}

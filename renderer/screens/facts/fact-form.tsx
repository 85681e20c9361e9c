import { Button, Group, NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { issuesFromZod, type ApiIssue } from '../../../shared/api/errors';
import { factFieldsSchema, type Fact } from '../../../shared/facts/schemas';
import { api } from '../../api/client';
import { apiErrorOf } from '../../api/describe-error';
import { templateKeys } from '../../api/template-queries';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { errorText, fieldErrorsFromIssues, fieldIn, type FieldErrors } from '../../components/field-errors';
import { DateField } from '../../components/date-field';

interface FactValues {
  label: string;
  text: string;
  sourceName: string;
  sourceUrl: string;
  asOf: string;
  staleAfterDays: number | string;
}
type FieldName = keyof FactValues;

const FIELDS: readonly FieldName[] = ['label', 'text', 'sourceName', 'sourceUrl', 'asOf', 'staleAfterDays'];

function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function toInput(values: FactValues) {
  return { ...values, staleAfterDays: typeof values.staleAfterDays === 'number' ? values.staleAfterDays : Number.NaN };
}

/** Field errors from issues; the update request has its fields under "fields". */
function errorsFrom(issues: readonly ApiIssue[], prefix: readonly string[] = []): FieldErrors<FieldName> {
  return fieldErrorsFromIssues(issues, fieldIn(FIELDS, prefix)).fields;
}

/** Add or edit a fact, checked as you go with the same rules as the server. */
export function FactForm({ fact, onDone }: { fact: Fact | null; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<FactValues>(() =>
    fact
      ? { label: fact.label, text: fact.text, sourceName: fact.sourceName, sourceUrl: fact.sourceUrl, asOf: fact.asOf, staleAfterDays: fact.staleAfterDays }
      : { label: '', text: '', sourceName: '', sourceUrl: '', asOf: todayIso(), staleAfterDays: 365 },
  );
  const [touched, setTouched] = useState<Partial<Record<FieldName, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors<FieldName>>({});

  const parsed = factFieldsSchema.safeParse(toInput(values));
  const clientErrors = parsed.success ? {} : errorsFrom(issuesFromZod(parsed.error));
  const errorOf = (field: FieldName) => {
    const code = serverErrors[field] ?? (submitted || touched[field] ? clientErrors[field] : undefined);
    return errorText(t, code);
  };
  const set = (field: FieldName, value: FactValues[FieldName]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setServerErrors((e) => ({ ...e, [field]: undefined }));
  };
  const common = (field: FieldName) => ({ error: errorOf(field), onBlur: () => setTouched((x) => ({ ...x, [field]: true })) });

  const save = useMutation({
    mutationFn: (fields: ReturnType<typeof factFieldsSchema.parse>) => (fact ? api['facts.update']({ id: fact.id, fields }) : api['facts.create'](fields)),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: templateKeys.facts });
      notifySuccess(t, t('facts.savedTitle'), t('facts.savedMessage', { label: saved.label }));
      onDone();
    },
    onError: (error) => setServerErrors(errorsFrom(apiErrorOf(error).issues, fact ? ['fields'] : [])),
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (parsed.success) save.mutate(parsed.data);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t('facts.fields.label')}
          description={t('facts.help.label')}
          required
          value={values.label}
          maxLength={120}
          onChange={(e) => set('label', e.currentTarget.value)}
          data-autofocus
          {...common('label')}
        />
        <Textarea
          label={t('facts.fields.text')}
          description={t('facts.help.text')}
          required
          autosize
          minRows={3}
          value={values.text}
          onChange={(e) => set('text', e.currentTarget.value)}
          {...common('text')}
        />
        <Group grow align="flex-start">
          <TextInput
            label={t('facts.fields.sourceName')}
            required
            value={values.sourceName}
            onChange={(e) => set('sourceName', e.currentTarget.value)}
            {...common('sourceName')}
          />
          <TextInput
            label={t('facts.fields.sourceUrl')}
            placeholder="https://"
            value={values.sourceUrl}
            onChange={(e) => set('sourceUrl', e.currentTarget.value)}
            {...common('sourceUrl')}
          />
        </Group>
        <Group grow align="flex-start">
          <DateField
            label={t('facts.fields.asOf')}
            description={t('facts.help.asOf')}
            required
            value={values.asOf}
            onChange={(iso) => set('asOf', iso)}
            {...common('asOf')}
          />
          <NumberInput
            label={t('facts.fields.staleAfterDays')}
            description={t('facts.help.staleAfterDays')}
            min={1}
            max={3650}
            allowDecimal={false}
            value={values.staleAfterDays}
            onChange={(v) => set('staleAfterDays', v)}
            {...common('staleAfterDays')}
          />
        </Group>
        {save.isError && !Object.values(serverErrors).some(Boolean) && <ErrorAlert error={save.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('facts.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

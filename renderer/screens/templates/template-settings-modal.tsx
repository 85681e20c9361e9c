import { Button, Group, NativeSelect, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { issuesFromZod } from '../../../shared/api/errors';
import { LANGUAGES, type Language } from '../../../shared/recipients/schemas';
import { PAPER_SIZES, templateFieldsSchema, type Template, type TemplateFields, type TemplateSummary } from '../../../shared/templates/schemas';
import { api } from '../../api/client';
import { apiErrorOf } from '../../api/describe-error';
import { templateKeys } from '../../api/template-queries';
import { ErrorAlert } from '../../components/error-alert';
import { FormModal } from '../../components/form-modal';
import { notifySuccess } from '../../components/notify';
import { currentLanguage } from '../../i18n';
import { errorText, fieldErrorsFromIssues, fieldIn, type FieldErrors } from '../../components/field-errors';

interface TemplateSettingsModalProps {
  opened: boolean;
  /** The template to change; absent: a new one. */
  template?: TemplateSummary | Template;
  onClose: () => void;
  /** After a new template is created (to open it). */
  onCreated?: (template: Template) => void;
}

/** Name, kind, default language and paper size: for a new template, or to change one. */
export function TemplateSettingsModal({ opened, template, onClose, onCreated }: TemplateSettingsModalProps) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={t(template ? 'templates.settingsTitle' : 'templates.newTitle')}>
      <SettingsForm template={template} onDone={onClose} onCreated={onCreated} />
    </FormModal>
  );
}

type Field = keyof TemplateFields;
const FIELDS: readonly Field[] = ['name', 'kind', 'defaultLanguage', 'paperSize', 'voice'];

export function SettingsForm({ template, onDone, onCreated }: { template?: TemplateSummary; onDone: () => void; onCreated?: (template: Template) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<TemplateFields>(() =>
    template
      ? { name: template.name, kind: template.kind, defaultLanguage: template.defaultLanguage, paperSize: template.paperSize }
      : { name: '', kind: 'letter', defaultLanguage: currentLanguage(), paperSize: 'A4' },
  );
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const set = <K extends keyof TemplateFields>(key: K, value: TemplateFields[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };
  // An existing template's default must be one of its languages.
  const languages: readonly Language[] = template ? LANGUAGES.filter((l) => template.languages.includes(l)) : LANGUAGES;

  const save = useMutation({
    mutationFn: (fields: TemplateFields) => (template ? api['templates.update']({ id: template.id, fields }) : api['templates.create'](fields)),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: templateKeys.all });
      notifySuccess(t, t('templates.savedTitle'), t('templates.savedMessage', { name: saved.name }));
      onDone();
      if (!template) onCreated?.(saved);
    },
    // Of the server's issues, the name's are the ones a person can fix here.
    onError: (error) => setErrors(fieldErrorsFromIssues(apiErrorOf(error).issues, fieldIn(['name'], template ? ['fields'] : [])).fields),
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = templateFieldsSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrorsFromIssues(issuesFromZod(parsed.error), fieldIn(FIELDS)).fields);
      return;
    }
    save.mutate(parsed.data);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t('templates.fields.name')}
          value={values.name}
          required
          error={errorText(t, errors.name)}
          onChange={(e) => set('name', e.currentTarget.value)}
          data-autofocus
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="template-kind-label">
            {t('templates.fields.kind')}
          </Text>
          <SegmentedControl
            aria-labelledby="template-kind-label"
            value={values.kind}
            data={[
              { value: 'letter', label: t('templates.kinds.letter') },
              { value: 'statement', label: t('templates.kinds.statement') },
            ]}
            onChange={(v) => set('kind', v === 'statement' ? 'statement' : 'letter')}
          />
          <Text size="xs" c="dimmed">
            {t(values.kind === 'letter' ? 'templates.kindHelp.letter' : 'templates.kindHelp.statement')}
          </Text>
        </Stack>
        <NativeSelect
          label={t('templates.fields.defaultLanguage')}
          description={t('templates.defaultLanguageHelp')}
          value={values.defaultLanguage}
          data={languages.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
          onChange={(e) => set('defaultLanguage', e.currentTarget.value as Language)}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="template-paper-label">
            {t('templates.fields.paperSize')}
          </Text>
          <SegmentedControl
            aria-labelledby="template-paper-label"
            value={values.paperSize}
            data={PAPER_SIZES.map((size) => ({ value: size, label: t(`templates.paper.${size}`) }))}
            onChange={(v) => set('paperSize', v === 'Letter' ? 'Letter' : 'A4')}
          />
        </Stack>
        {save.isError && !Object.values(errors).some(Boolean) && <ErrorAlert error={save.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {template ? t('templates.saveSettings') : t('templates.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Button, Divider, Group, NativeSelect, Radio, SimpleGrid, Stack, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { GENDERS, LANGUAGES } from '../../../shared/recipients/schemas';
import { suggestedName } from '../../../shared/protocol';
import { apiErrorOf } from '../../api/describe-error';
import { useTags } from '../../api/queries';
import { ErrorAlert } from '../../components/error-alert';
import { isLanguage } from '../../i18n';
import { AddressSection } from './address-section';
import { CountrySelect } from './country-select';
import { NameSuggestion, OfficeTypeSelect, VerifiedOnField } from './office-fields';
import { validationMessage, type FieldName } from './recipient-form-values';
import { useRecipientForm, type FormTarget } from './use-recipient-form';

interface RecipientFormProps {
  target: FormTarget;
  onSaved: () => void;
  onCancel: () => void;
  onDelete: () => void;
}

export function RecipientForm({ target, onSaved, onCancel, onDelete }: RecipientFormProps) {
  const { t } = useTranslation();
  const tags = useTags();
  const form = useRecipientForm(target, onSaved);
  const formRef = useRef<HTMLFormElement>(null);
  const { values, setField, blur } = form;

  // After a failed save, take the keyboard to the first field that needs attention.
  useEffect(() => {
    if (form.attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form.attempt]);

  const error = (field: FieldName) => {
    const code = form.errorCode(field);
    return code ? validationMessage(t, code) : undefined;
  };
  const text = (field: 'office' | 'name' | 'email' | 'postalAddress' | 'notes') => ({
    label: t(`form.fields.${field}`),
    value: values[field],
    error: error(field),
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setField(field, event.currentTarget.value),
    onBlur: () => blur(field),
  });

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.submit();
      }}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
          <CountrySelect
            value={values.countryCode}
            error={error('countryCode')}
            onChange={(code) => setField('countryCode', code)}
            onBlur={() => blur('countryCode')}
          />
          <TextInput
            {...text('office')}
            withAsterisk
            maxLength={200}
            description={values.office.trim() ? t('form.understoodAs', { type: t(`officeType.${values.officeType}`) }) : undefined}
          />
          <OfficeTypeSelect value={values.officeType} auto={form.autoOfficeType} onChange={form.chooseOfficeType} />
          <Stack gap={4}>
            <TextInput {...text('name')} description={t('form.nameHelp')} maxLength={200} />
            <NameSuggestion suggestion={suggestedName(values.name, values.countryCode)} onAccept={(name) => setField('name', name)} />
          </Stack>
          <Radio.Group
            label={t('form.fields.gender')}
            value={values.gender}
            onChange={(value) => {
              const gender = GENDERS.find((g) => g === value);
              if (gender) setField('gender', gender);
            }}
          >
            <Group gap="md" mt={6}>
              {GENDERS.map((gender) => (
                <Radio key={gender} value={gender} label={t(`form.gender.${gender}`)} />
              ))}
            </Group>
          </Radio.Group>
          <VerifiedOnField value={values.verifiedOn} error={error('verifiedOn')} onChange={(value) => setField('verifiedOn', value)} />
          <TextInput {...text('email')} type="email" maxLength={254} />
          <NativeSelect
            label={t('form.fields.language')}
            value={values.language}
            data={LANGUAGES.map((language) => ({ value: language, label: t(`languages.${language}`) }))}
            onChange={(event) => {
              const language = event.currentTarget.value;
              if (isLanguage(language)) setField('language', language);
            }}
          />
        </SimpleGrid>
        <Textarea {...text('postalAddress')} autosize minRows={2} maxRows={5} />
        <TagsInput
          label={t('form.fields.tags')}
          description={t('form.tagsDescription')}
          value={values.tags}
          data={tags.data ?? []}
          onChange={(next) => setField('tags', next)}
          onBlur={() => blur('tags')}
          error={error('tags')}
          splitChars={[',', ';']}
          isDuplicate={(tag, current) => current.some((c) => c.toLocaleLowerCase() === tag.toLocaleLowerCase())}
          acceptValueOnBlur
          clearable
          clearButtonProps={{ 'aria-label': t('form.clearTags') }}
        />
        <Textarea {...text('notes')} autosize minRows={2} maxRows={8} />
        <Divider mt="xs" />
        <AddressSection values={values} onOverrides={(overrides) => setField('overrides', overrides)} />
        {form.save.isError && (
          <ErrorAlert error={form.save.error}>
            {apiErrorOf(form.save.error).code === 'invalid_input' && <Text size="sm">{t('form.fixErrors')}</Text>}
          </ErrorAlert>
        )}
        <Group justify="space-between" mt="xs">
          <div>
            {target.mode === 'edit' && (
              <Button variant="subtle" color="red" onClick={onDelete} disabled={form.save.isPending}>
                {t('form.delete')}
              </Button>
            )}
          </div>
          <Group gap="sm">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={form.save.isPending}
              disabled={form.save.isPending}
              // Keep focus in the field on mouse down: its blur message would otherwise
              // move this button away before the click lands.
              onMouseDown={(event) => event.preventDefault()}
            >
              {t('form.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

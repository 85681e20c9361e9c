import { SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { GENDERS } from '../../shared/recipients/schemas';
import { OFFICE_TYPES } from '../../shared/protocol';

/** A choice's alternatives, as the document model and the import mappings both hold them. */
export interface ChoiceValue {
  by: 'gender' | 'officeType';
  options: Record<string, string | undefined>;
  other: string;
}

/** "His / Her": the distinct options, else the `other` text. */
export function choiceSummary(choice: ChoiceValue): string {
  const texts = [...new Set(Object.values(choice.options).filter((v): v is string => typeof v === 'string' && v.trim() !== ''))];
  if (texts.length > 0) return texts.join(' / ');
  return choice.other.trim() || '…';
}

/** Only the options that have text: an empty box means "use the other text". */
export function cleanChoice(choice: ChoiceValue): ChoiceValue {
  const options = Object.fromEntries(
    Object.entries(choice.options).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''),
  );
  return { by: choice.by, options, other: choice.other };
}

/** Edits a choice: by gender (female, male, not specified) or by office type, each with its text, and the text for any other case. */
export function ChoiceForm({ value, onChange }: { value: ChoiceValue; onChange: (value: ChoiceValue) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const keys: readonly string[] = value.by === 'gender' ? GENDERS : OFFICE_TYPES;
  const optionLabel = (key: string) =>
    value.by === 'gender' ? t(`form.gender.${key as (typeof GENDERS)[number]}`) : t(`officeType.${key as (typeof OFFICE_TYPES)[number]}`);
  const setOption = (key: string, text: string) => onChange(cleanChoice({ ...value, options: { ...value.options, [key]: text } }));

  return (
    <Stack gap={6}>
      <Text size="sm" fw={500} id={`${id}-by`}>
        {t('choice.by')}
      </Text>
      <SegmentedControl
        aria-labelledby={`${id}-by`}
        size="xs"
        value={value.by}
        data={[
          { value: 'gender', label: t('choice.byGender') },
          { value: 'officeType', label: t('choice.byOfficeType') },
        ]}
        onChange={(by) => onChange({ by: by === 'officeType' ? 'officeType' : 'gender', options: {}, other: value.other })}
      />
      {keys.map((key) => (
        <TextInput
          key={key}
          size="xs"
          label={optionLabel(key)}
          value={value.options[key] ?? ''}
          onChange={(event) => setOption(key, event.currentTarget.value)}
        />
      ))}
      <TextInput
        size="xs"
        label={t('choice.other')}
        description={t('choice.otherHelp')}
        value={value.other}
        onChange={(event) => onChange({ ...value, other: event.currentTarget.value })}
      />
    </Stack>
  );
}

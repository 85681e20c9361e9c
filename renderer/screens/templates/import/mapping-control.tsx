import { Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlaceholderMapping } from '../../../../shared/templates/contract';
import { FIELD_FORMATS } from '../../../../shared/letter/document';
import { ChoiceForm } from '../../../letter/choice-form';
import { fieldSelectData, formatLabel, isFieldFormat, isMergeFieldId } from '../../../letter/field-labels';

type MappingType = PlaceholderMapping['type'];

/** A sensible start when the person switches what a placeholder becomes. */
function mappingOfType(type: MappingType, raw: string, current: PlaceholderMapping): PlaceholderMapping {
  if (type === current.type) return current;
  switch (type) {
    case 'field':
      return { type: 'field', field: 'recipient.name' };
    case 'choice':
      return { type: 'choice', by: 'gender', options: {}, other: raw.replace(/^\*\*|\*\*$/g, '') };
    case 'text':
      return { type: 'text', text: '' };
    case 'unmapped':
      return { type: 'unmapped' };
  }
}

interface MappingControlProps {
  raw: string;
  marker?: string;
  mapping: PlaceholderMapping;
  onChange: (mapping: PlaceholderMapping) => void;
}

/** What one placeholder becomes: a merge field (with its format), a choice, fixed text, or left as a visible marker. */
export function MappingControl({ raw, marker, mapping, onChange }: MappingControlProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      <NativeSelect
        size="xs"
        label={t('templateImport.becomes')}
        aria-label={t('templateImport.becomesFor', { raw })}
        value={mapping.type}
        data={(['field', 'choice', 'text', 'unmapped'] as const).map((type) => ({ value: type, label: t(`templateImport.types.${type}`) }))}
        onChange={(event) => onChange(mappingOfType(event.currentTarget.value as MappingType, raw, mapping))}
      />
      {mapping.type === 'field' && (
        <Group grow gap="xs" align="flex-start">
          <NativeSelect
            size="xs"
            label={t('mergeField.field')}
            aria-label={t('templateImport.fieldFor', { raw })}
            value={mapping.field}
            data={fieldSelectData(t)}
            onChange={(event) => {
              const field = event.currentTarget.value;
              if (isMergeFieldId(field)) onChange({ ...mapping, field });
            }}
          />
          <NativeSelect
            size="xs"
            label={t('mergeField.formatLabel')}
            aria-label={t('templateImport.formatFor', { raw })}
            value={mapping.format ?? ''}
            data={[{ value: '', label: formatLabel(t, null) }, ...FIELD_FORMATS.map((f) => ({ value: f, label: formatLabel(t, f) }))]}
            onChange={(event) => {
              const format = event.currentTarget.value;
              onChange(isFieldFormat(format) ? { ...mapping, format } : { type: 'field', field: mapping.field });
            }}
          />
        </Group>
      )}
      {mapping.type === 'choice' && (
        <ChoiceForm
          value={{ by: mapping.by, options: mapping.options, other: mapping.other }}
          onChange={(c) => onChange({ type: 'choice', by: c.by, options: cleanOptions(c.options), other: c.other })}
        />
      )}
      {mapping.type === 'text' && (
        <TextInput
          size="xs"
          label={t('templateImport.text')}
          aria-label={t('templateImport.textFor', { raw })}
          value={mapping.text}
          maxLength={2000}
          onChange={(event) => onChange({ type: 'text', text: event.currentTarget.value })}
        />
      )}
      {mapping.type === 'unmapped' && (
        <Text size="xs" c="orange.9">
          {t('templateImport.unmappedWarning', { marker: marker ?? raw })}
        </Text>
      )}
    </Stack>
  );
}

function cleanOptions(options: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(options).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

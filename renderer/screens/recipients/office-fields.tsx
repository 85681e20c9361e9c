import { Button, Group, NativeSelect, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OFFICE_TYPES, type OfficeType } from '../../../shared/protocol';
import { useProtocolOptions } from '../../i18n/protocol-labels';
import { todayIso } from './recipient-form-values';

interface OfficeTypeSelectProps {
  value: OfficeType;
  auto: boolean;
  onChange: (value: OfficeType) => void;
}

/** The office type: recognised from the office text while `auto`, or as the person chose. */
export function OfficeTypeSelect({ value, auto, onChange }: OfficeTypeSelectProps) {
  const { t } = useTranslation();
  const { officeTypes } = useProtocolOptions();
  return (
    <NativeSelect
      label={t('form.fields.officeType')}
      description={auto ? t('form.officeTypeAuto') : t('form.officeTypeChosen')}
      data={officeTypes}
      value={value}
      onChange={(event) => {
        const next = OFFICE_TYPES.find((type) => type === event.currentTarget.value);
        if (next) onChange(next);
      }}
    />
  );
}

interface VerifiedOnProps {
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

/** The day someone last checked who holds the office, with a one-click "today". */
export function VerifiedOnField({ value, error, onChange }: VerifiedOnProps) {
  const { t } = useTranslation();
  const today = todayIso();
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <TextInput
        type="date"
        label={t('form.fields.verifiedOn')}
        description={t('form.verifiedOnHelp')}
        value={value}
        max={today}
        error={error}
        onChange={(event) => onChange(event.currentTarget.value)}
        style={{ flex: 1 }}
      />
      <Button variant="default" onClick={() => onChange(today)} disabled={value === today} mb={error ? 22 : 0}>
        {t('form.verifiedToday')}
      </Button>
    </Group>
  );
}

/**
 * "O'Brien, Siobhán" as letters write it ("Siobhán O'Brien"): offered, never
 * applied silently, so a name the person means as typed stays so.
 */
export function NameSuggestion({ suggestion, onAccept }: { suggestion: string | undefined; onAccept: (name: string) => void }) {
  const { t } = useTranslation();
  if (suggestion === undefined) return null;
  return (
    <Group gap="xs" wrap="nowrap" role="status">
      <Text size="xs" c="dimmed">
        {t('form.nameSuggestion', { name: suggestion })}
      </Text>
      <Button size="compact-xs" variant="light" onClick={() => onAccept(suggestion)}>
        {t('form.useSuggestion', { name: suggestion })}
      </Button>
    </Group>
  );
}

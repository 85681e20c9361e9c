import { Button, Group, NativeSelect, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OFFICE_TYPES, type OfficeType } from '../../../shared/protocol';
import { useProtocolOptions } from '../../i18n/protocol-labels';
import { DayField } from './day-field';

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

/** The day someone last checked who holds the office, typed year-month-day (never mm/dd/yyyy), with a one-click "today". */
export function VerifiedOnField({ value, error, onChange }: VerifiedOnProps) {
  const { t } = useTranslation();
  return (
    <DayField
      label={t('form.fields.verifiedOn')}
      help={t('form.verifiedOnHelp')}
      value={value}
      error={error}
      onChange={onChange}
      todayLabel={t('form.verifiedToday')}
    />
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

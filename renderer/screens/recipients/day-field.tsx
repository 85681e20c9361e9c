import { Button, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isoDateSchema } from '../../../shared/recipients/schemas';
import { currentLanguage } from '../../i18n';
import { formatIsoDate } from '../../i18n/protocol-labels';
import { todayIso } from './recipient-form-values';

/*
 * A day typed as year-month-day ("2026-03-31"), which reads the same in every
 * language, with the day spelled out beneath it in the UI language once it
 * is one ("31 March 2026"). Not <input type="date">: Chromium shows that as
 * mm/dd/yyyy in an American locale, which a European reads the wrong way round.
 */

/** Why a typed day cannot be used, as a code under `recipients.day.*`; null when it can. `optional`: blank is fine. */
export function dayProblem(value: string, { optional = false, today = todayIso() } = {}): 'required' | 'format' | 'future' | null {
  const text = value.trim();
  if (text === '') return optional ? null : 'required';
  if (!isoDateSchema.safeParse(text).success) return 'format';
  return text > today ? 'future' : null;
}

interface DayFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Shown as the field's error; the caller decides when (after a first try, say). */
  error?: string;
  /** Help shown while the day is not yet a readable one. */
  help?: string;
  withAsterisk?: boolean;
  autoFocus?: boolean;
  /** The "today" button's label; "Today" by default. */
  todayLabel?: string;
}

/** The field and a one-click "Today". */
export function DayField({ label, value, onChange, error, help, withAsterisk, autoFocus, todayLabel }: DayFieldProps) {
  const { t } = useTranslation();
  const today = todayIso();
  const readable = isoDateSchema.safeParse(value.trim()).success ? formatIsoDate(value.trim(), currentLanguage()) : null;
  return (
    <Group align="flex-start" gap="xs" wrap="nowrap">
      <TextInput
        label={label}
        value={value}
        placeholder={t('recipients.day.placeholder')}
        description={readable ?? help ?? t('recipients.day.hint')}
        descriptionProps={{ 'aria-live': 'polite' }}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        error={error}
        withAsterisk={withAsterisk}
        inputMode="numeric"
        autoComplete="off"
        maxLength={10}
        data-autofocus={autoFocus || undefined}
        onChange={(event) => onChange(event.currentTarget.value)}
        style={{ flex: 1 }}
      />
      <Button variant="default" onClick={() => onChange(today)} disabled={value.trim() === today} mt={25}>
        {todayLabel ?? t('recipients.day.today')}
      </Button>
    </Group>
  );
}

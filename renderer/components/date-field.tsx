import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { DAYJS_LOCALE, parseTypedDate } from '../i18n/parse-typed-date';

/*
 * The app's date field, in place of <input type="date">: that one shows the
 * browser's own pattern, mm/dd/yyyy on an American system, which a user
 * elsewhere reads the wrong way round. This one shows "4 December 2026" in
 * the UI language, opens a calendar, and reads a typed date day first
 * (parse-typed-date.ts). Its value is the ISO date ("2026-12-04"), or ''.
 */

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'defaultValue' | 'valueFormat' | 'dateParser' | 'locale'> & {
  value: string;
  onChange: (iso: string) => void;
};

export function DateField({ value, onChange, ...props }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <DateInput
      {...props}
      value={value === '' ? null : value}
      onChange={(next) => onChange(next ?? '')}
      locale={DAYJS_LOCALE[language]}
      valueFormat="D MMMM YYYY"
      dateParser={(typed) => parseTypedDate(typed, language)}
      placeholder={props.placeholder ?? t('common.datePlaceholder')}
      // Emptying the text empties the value (the form then says the date is missing).
      allowDeselect
      clearable={props.clearable ?? !props.required}
      clearButtonProps={{ 'aria-label': t('common.clearDate') }}
      firstDayOfWeek={1}
      nextLabel={t('common.nextMonth')}
      previousLabel={t('common.previousMonth')}
      popoverProps={{ withinPortal: true }}
    />
  );
}

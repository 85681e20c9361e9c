import { Text, VisuallyHidden } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ImportChange } from '../../../../shared/recipients/contract';
import { currentLanguage } from '../../../i18n';
import { formatIsoDate } from '../../../i18n/protocol-labels';

/*
 * What an imported row changes on the recipient it updates: each field, its
 * value before and after, in the UI language ("Name: none → Claire Martin").
 */

function shownValue(t: TFunction, change: ImportChange, value: string): string {
  if (value === '') return t('csvImport.noValue');
  switch (change.field) {
    case 'gender':
      return t(`form.gender.${value}`, { defaultValue: value });
    case 'language':
      return t(`languages.${value}`, { defaultValue: value });
    case 'officeType':
      return t(`officeType.${value}`, { defaultValue: value });
    case 'verifiedOn':
      return formatIsoDate(value, currentLanguage());
    default:
      return value;
  }
}

export function ChangeList({ changes }: { changes: readonly ImportChange[] }) {
  const { t } = useTranslation();
  if (changes.length === 0) {
    return (
      <Text span size="sm" c="dimmed">
        {t('csvImport.noChange')}
      </Text>
    );
  }
  return (
    <ul style={{ margin: 0, paddingInlineStart: '1rem' }}>
      {changes.map((change) => (
        <li key={change.field}>
          <Text span size="sm" fw={600}>
            {t(`form.fields.${change.field}`)}:
          </Text>{' '}
          <Text span size="sm" c="dimmed" td={change.before === '' ? undefined : 'line-through'}>
            {shownValue(t, change, change.before)}
          </Text>
          <span aria-hidden> → </span>
          <VisuallyHidden>{t('csvImport.becomes')}</VisuallyHidden>
          <Text span size="sm">
            {shownValue(t, change, change.after)}
          </Text>
        </li>
      ))}
    </ul>
  );
}

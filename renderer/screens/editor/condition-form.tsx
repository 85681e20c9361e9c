import { Checkbox, Group, NativeSelect, Stack, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/recipients/schemas';
import type { ConditionTest } from '../../../shared/letter/document';
import { GROUP_IDS, OFFICE_TYPES, type GroupId, type OfficeType } from '../../../shared/protocol';
import { currentLanguage } from '../../i18n';
import { groupOptions } from '../../i18n/protocol-labels';

export interface ConditionValue {
  test: ConditionTest;
  negate: boolean;
}

export const DEFAULT_CONDITION: ConditionValue = { test: { kind: 'officeType', in: ['head_of_government'] }, negate: false };

/** Reads a condition node's attributes, falling back to the default for anything unreadable. */
export function conditionOf(attrs: Record<string, unknown>): ConditionValue {
  const test = attrs.test as ConditionTest | undefined;
  const valid = test && (test.kind === 'group' ? GROUP_IDS.includes(test.group) : Array.isArray(test.in));
  return { test: valid ? test : DEFAULT_CONDITION.test, negate: attrs.negate === true };
}

function testFor(kind: ConditionTest['kind']): ConditionTest {
  if (kind === 'language') return { kind, in: ['en'] };
  if (kind === 'group') return { kind, group: 'EU' };
  return { kind: 'officeType', in: ['head_of_government'] };
}

/** "Keep these paragraphs only if / unless": the office type, the letter's language or the country's membership of a group. */
export function ConditionForm({ value, onChange }: { value: ConditionValue; onChange: (value: ConditionValue) => void }) {
  const { t } = useTranslation();
  const { test } = value;
  const setTest = (next: ConditionTest) => onChange({ ...value, test: next });

  return (
    <Stack gap="xs">
      <Switch label={t('condition.negate')} checked={value.negate} onChange={(event) => onChange({ ...value, negate: event.currentTarget.checked })} />
      <NativeSelect
        label={t('condition.kind')}
        value={test.kind}
        data={(['officeType', 'language', 'group'] as const).map((kind) => ({ value: kind, label: t(`condition.kinds.${kind}`) }))}
        onChange={(event) => setTest(testFor(event.currentTarget.value as ConditionTest['kind']))}
      />
      {test.kind === 'officeType' && (
        // A test needs at least one value: the last box cannot be unticked.
        <Checkbox.Group
          label={t('condition.offices')}
          value={test.in}
          onChange={(values) => values.length > 0 && setTest({ kind: 'officeType', in: values as OfficeType[] })}
        >
          <Stack gap={4} mt={4}>
            {OFFICE_TYPES.map((office) => (
              <Checkbox key={office} value={office} label={t(`officeType.${office}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      {test.kind === 'language' && (
        <Checkbox.Group
          label={t('condition.languages')}
          value={test.in}
          onChange={(values) => values.length > 0 && setTest({ kind: 'language', in: values as Language[] })}
        >
          <Group gap="md" mt={4}>
            {LANGUAGES.map((language) => (
              <Checkbox key={language} value={language} label={t(`languages.${language}`)} />
            ))}
          </Group>
        </Checkbox.Group>
      )}
      {test.kind === 'group' && (
        <NativeSelect
          label={t('condition.group')}
          value={test.group}
          data={groupOptions(currentLanguage())}
          onChange={(event) => setTest({ kind: 'group', group: event.currentTarget.value as GroupId })}
        />
      )}
    </Stack>
  );
}

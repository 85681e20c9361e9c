import { MultiSelect, Radio, Select, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RecipientSelection } from '../../../shared/campaigns/schemas';
import { GROUP_IDS } from '../../../shared/protocol/types';
import { api } from '../../api/client';
import { MAX_PAGE_SIZE, useTags } from '../../api/queries';
import { currentLanguage } from '../../i18n';
import { useCountryOptions, useProtocolOptions } from '../../i18n/protocol-labels';

export const SELECTION_KINDS = ['all', 'tag', 'group', 'countries', 'ids'] as const;
export type SelectionKind = (typeof SELECTION_KINDS)[number];

const KIND_LABEL = { all: 'byAll', tag: 'byTag', group: 'byGroup', countries: 'byCountries', ids: 'byIds' } as const;
const GROUP_OFFICES = ['head_of_state', 'head_of_government', 'foreign_minister'] as const;

/** Everything the recipients step can hold; only the fields of the chosen kind are sent. */
export interface SelectionDraft {
  by: SelectionKind;
  tag: string | null;
  group: string | null;
  officeType: string | null;
  codes: string[];
  ids: string[];
}

export const EMPTY_SELECTION: SelectionDraft = { by: 'all', tag: null, group: null, officeType: null, codes: [], ids: [] };

/** The selection to send, or null while the chosen kind lacks its value. */
export function toSelection(draft: SelectionDraft): RecipientSelection | null {
  switch (draft.by) {
    case 'all':
      return { by: 'all' };
    case 'tag':
      return draft.tag ? { by: 'tag', tag: draft.tag } : null;
    case 'group': {
      const group = GROUP_IDS.find((g) => g === draft.group);
      if (!group) return null;
      const officeType = GROUP_OFFICES.find((o) => o === draft.officeType);
      return officeType ? { by: 'group', group, officeType } : { by: 'group', group };
    }
    case 'countries':
      return draft.codes.length > 0 ? { by: 'countries', codes: draft.codes } : null;
    case 'ids':
      return draft.ids.length > 0 ? { by: 'ids', ids: draft.ids } : null;
  }
}

interface Props {
  value: SelectionDraft;
  onChange: (value: SelectionDraft) => void;
  showErrors: boolean;
}

export function RecipientSelectionFields({ value, onChange, showErrors }: Props) {
  const { t } = useTranslation('campaigns');
  const { t: tm } = useTranslation();
  const options = useProtocolOptions();
  const countries = useCountryOptions();
  const tags = useTags();
  const set = (patch: Partial<SelectionDraft>) => onChange({ ...value, ...patch });
  const missing = showErrors && toSelection(value) === null ? t('common.required') : undefined;

  return (
    <Stack gap="sm">
      <Radio.Group label={t('wizard.recipients')} value={value.by} onChange={(by) => set({ by: SELECTION_KINDS.find((k) => k === by) ?? 'all' })}>
        <Stack gap={6} mt={6}>
          {SELECTION_KINDS.map((kind) => (
            <Radio key={kind} value={kind} label={t(`wizard.${KIND_LABEL[kind]}`)} />
          ))}
        </Stack>
      </Radio.Group>
      {value.by === 'tag' &&
        (tags.data?.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('wizard.noTags')}
          </Text>
        ) : (
          <Select label={t('wizard.tag')} data={tags.data ?? []} value={value.tag} onChange={(tag) => set({ tag })} error={missing} searchable withAsterisk />
        ))}
      {value.by === 'group' && (
        <>
          <Select label={t('wizard.group')} data={options.groups} value={value.group} onChange={(group) => set({ group })} error={missing} withAsterisk />
          <Select
            label={t('wizard.officeType')}
            data={[{ value: '', label: t('wizard.anyOffice') }, ...GROUP_OFFICES.map((o) => ({ value: o, label: tm(`officeType.${o}`) }))]}
            value={value.officeType ?? ''}
            onChange={(officeType) => set({ officeType: officeType || null })}
            allowDeselect={false}
          />
        </>
      )}
      {value.by === 'countries' && (
        <MultiSelect
          label={t('wizard.countries')}
          placeholder={t('wizard.countriesPlaceholder')}
          data={countries}
          value={value.codes}
          onChange={(codes) => set({ codes })}
          error={missing}
          searchable
          withAsterisk
        />
      )}
      {value.by === 'ids' && <ChosenRecipients value={value.ids} onChange={(ids) => set({ ids })} error={missing} />}
      <LetterCount selection={toSelection(value)} />
    </Stack>
  );
}

/** "27 letters will be created": one per recipient the selection names, counted by main. */
function LetterCount({ selection }: { selection: RecipientSelection | null }) {
  const { t } = useTranslation('campaigns');
  const count = useQuery({
    queryKey: ['recipients', 'campaign-count', selection],
    queryFn: () => api['campaigns.countRecipients']({ recipients: selection! }),
    enabled: selection !== null,
    placeholderData: keepPreviousData,
  });
  if (selection === null || count.data === undefined) return null;
  return (
    <Text size="sm" fw={500} role="status" c={count.data.count === 0 ? 'red.8' : undefined}>
      {count.data.count === 0 ? t('wizard.noLetters') : t('wizard.letterCount', { count: count.data.count })}
    </Text>
  );
}

function ChosenRecipients({ value, onChange, error }: { value: string[]; onChange: (ids: string[]) => void; error?: string }) {
  const { t } = useTranslation('campaigns');
  const language = currentLanguage();
  const countries = useCountryOptions();
  const recipients = useQuery({
    queryKey: ['recipients', 'campaign-picker', language],
    queryFn: () => api['recipients.list']({ sortBy: 'name', language, limit: MAX_PAGE_SIZE }),
  });
  const countryName = (code: string) => countries.find((c) => c.value === code)?.label ?? code;
  const data = (recipients.data?.rows ?? []).map((r) => ({
    value: r.id,
    label: `${r.name || r.office} — ${r.office}, ${countryName(r.countryCode)}`,
  }));
  return (
    <MultiSelect
      label={t('wizard.chosen')}
      placeholder={t('wizard.chosenPlaceholder')}
      data={data}
      value={value}
      onChange={onChange}
      error={error}
      searchable
      withAsterisk
    />
  );
}

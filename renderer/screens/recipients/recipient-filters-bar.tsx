import { Button, Checkbox, CloseButton, Group, Pill, Select, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { foldForSearch } from '../../../shared/text/fold';
import { hasFilters, withFilter, type FilterName, type ListFilters } from '../../api/recipient-filters';
import { useTags } from '../../api/queries';
import { useCampaign } from '../../api/campaign-queries';
import { useCountryOptions, useProtocolOptions } from '../../i18n/protocol-labels';

/** "espana" finds "España": the same folding as the server's search. */
export const foldedFilter: OptionsFilter = ({ options, search }) => {
  const needle = foldForSearch(search.trim());
  return options.filter((option): option is ComboboxItem => 'value' in option && foldForSearch(option.label).includes(needle));
};

interface FiltersBarProps {
  filters: ListFilters;
  onChange: (filters: ListFilters) => void;
}

/**
 * One compact select per filter. Each has a visible label; choosing "All"
 * (clearing) removes that filter. "Clear filters" appears once one is set.
 */
export function RecipientFiltersBar({ filters, onChange }: FiltersBarProps) {
  const { t } = useTranslation();
  const tags = useTags();
  const countries = useCountryOptions();
  const options = useProtocolOptions();

  const labelOf = (name: FilterName) => t(`recipients.filters.${name}`);
  const select = <K extends FilterName>(name: K, data: { value: string; label: string }[], parse: (value: string) => ListFilters[K]) => ({
    label: labelOf(name),
    placeholder: t('recipients.filters.all'),
    data,
    value: filters[name] === undefined ? null : String(filters[name]),
    onChange: (value: string | null) => onChange(withFilter(filters, name, value === null ? undefined : parse(value))),
    clearable: true,
    clearButtonProps: { 'aria-label': t('recipients.filters.clearOne', { filter: labelOf(name) }) },
    size: 'xs' as const,
    style: { flex: '1 1 0', minWidth: 100 },
    comboboxProps: { width: 240, position: 'bottom-start' as const },
  });

  return (
    <Group gap="xs" align="flex-end" wrap="wrap" role="group" aria-label={t('recipients.filters.label')} mih={52}>
      <Select {...select('countryCode', countries, (v) => v)} searchable filter={foldedFilter} />
      <Select {...select('region', options.regions, (v) => options.regions.find((o) => o.value === v)?.value)} />
      <Select {...select('group', options.groups, (v) => options.groups.find((o) => o.value === v)?.value)} />
      <Select {...select('officeType', options.officeTypes, (v) => options.officeTypes.find((o) => o.value === v)?.value)} />
      <Select
        {...select(
          'tag',
          (tags.data ?? []).map((tag) => ({ value: tag, label: tag })),
          (v) => v,
        )}
        searchable
      />
      <Select {...select('recipientLanguage', options.languages, (v) => options.languages.find((o) => o.value === v)?.value)} />
      {/* The API filters on toVerify: true only ("false" lists everyone), so this is a checkbox, not a three-way choice. */}
      <Checkbox
        label={t('recipients.filters.toVerify')}
        checked={filters.toVerify === true}
        onChange={(event) => onChange(withFilter(filters, 'toVerify', event.currentTarget.checked ? true : undefined))}
        size="sm"
        mb={6}
      />
      {filters.campaignId && <CampaignFilter id={filters.campaignId} onClear={() => onChange(withFilter(filters, 'campaignId', undefined))} />}
      {hasFilters(filters) && (
        <Button size="xs" variant="subtle" onClick={() => onChange({})}>
          {t('recipients.filters.clear')}
        </Button>
      )}
    </Group>
  );
}

/** The campaign a link limited the list to, by name, with a button to show every recipient again. */
function CampaignFilter({ id, onClear }: { id: string; onClear: () => void }) {
  const { t } = useTranslation();
  const campaign = useCampaign(id);
  const name = campaign.data?.name ?? '…';
  return (
    <Pill size="lg" mb={4} role="status" aria-label={t('recipients.filters.campaignLabel', { name })}>
      <Group gap={4} wrap="nowrap">
        {t('recipients.filters.campaign', { name })}
        <CloseButton size="xs" aria-label={t('recipients.filters.clearCampaign', { name })} onClick={onClear} />
      </Group>
    </Pill>
  );
}

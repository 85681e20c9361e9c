import { Badge, CloseButton, Group, Select, Stack, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldForSearch } from '../../../shared/text/fold';
import { getGroup, type GroupId, type Region } from '../../../shared/protocol';
import { ScreenTitle } from '../../components/screen-title';
import { currentLanguage } from '../../i18n';
import { useProtocolOptions, useSortedCountries } from '../../i18n/protocol-labels';
import { useNavigation } from '../../navigation';
import classes from './countries.module.css';

/** The 195 states: find one by any of its names or codes, narrow by region or group, open its page. */
export function CountriesScreen({ focusTitle }: { focusTitle: boolean }) {
  const { t } = useTranslation();
  const { go } = useNavigation();
  const language = currentLanguage();
  const options = useProtocolOptions();
  const countries = useSortedCountries();
  const [search, setSearch] = useState('');
  const [region, setRegion] = useState<Region | null>(null);
  const [group, setGroup] = useState<GroupId | null>(null);

  const shown = useMemo(() => {
    const needle = foldForSearch(search.trim());
    return countries.filter((country) => {
      if (region && country.region !== region) return false;
      if (group && !country.groups.includes(group)) return false;
      if (!needle) return true;
      const names = Object.values(country.names).flatMap((n) => [n.common, n.official]);
      return [country.alpha2, country.alpha3, ...names].some((name) => foldForSearch(name).includes(needle));
    });
  }, [countries, search, region, group]);

  const open = (code: string) => go({ view: 'countries', countryCode: code });

  return (
    <Stack gap="sm">
      <ScreenTitle focusOnMount={focusTitle}>{t('countries.title')}</ScreenTitle>
      <Text size="sm" c="dimmed" maw={720}>
        {t('countries.intro')}
      </Text>
      <Group align="flex-end" gap="sm">
        <TextInput
          type="search"
          label={t('countries.search')}
          placeholder={t('countries.searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={{ base: '100%', sm: 300 }}
          rightSection={search ? <CloseButton size="sm" aria-label={t('countries.clearSearch')} onClick={() => setSearch('')} /> : null}
        />
        <Select
          label={t('recipients.filters.region')}
          placeholder={t('recipients.filters.all')}
          data={options.regions}
          value={region}
          onChange={(value) => setRegion(options.regions.find((o) => o.value === value)?.value ?? null)}
          clearable
          clearButtonProps={{ 'aria-label': t('recipients.filters.clearOne', { filter: t('recipients.filters.region') }) }}
          w={170}
        />
        <Select
          label={t('recipients.filters.group')}
          placeholder={t('recipients.filters.all')}
          data={options.groups}
          value={group}
          onChange={(value) => setGroup(options.groups.find((o) => o.value === value)?.value ?? null)}
          clearable
          clearButtonProps={{ 'aria-label': t('recipients.filters.clearOne', { filter: t('recipients.filters.group') }) }}
          w={240}
          comboboxProps={{ width: 280 }}
        />
        <Text size="sm" c="dimmed" ml="auto" pb={8} role="status" aria-live="polite">
          {t('countries.count', { count: shown.length })}
        </Text>
      </Group>
      {shown.length === 0 ? (
        <Text c="dimmed" py="xl" ta="center">
          {t('countries.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table highlightOnHover verticalSpacing={6} aria-label={t('countries.tableLabel')} stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('countries.columns.country')}</Table.Th>
                <Table.Th>{t('countries.columns.official')}</Table.Th>
                <Table.Th>{t('countries.columns.region')}</Table.Th>
                <Table.Th>{t('countries.columns.form')}</Table.Th>
                <Table.Th>{t('countries.columns.groups')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((country) => (
                <Table.Tr key={country.alpha2} className={classes.row} onClick={() => open(country.alpha2)}>
                  <Table.Td>
                    <UnstyledButton
                      className={classes.countryButton}
                      onClick={(event) => {
                        event.stopPropagation();
                        open(country.alpha2);
                      }}
                    >
                      {country.names[language].common}
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td fz="sm">{country.names[language].official}</Table.Td>
                  <Table.Td fz="sm">{t(`region.${country.region}`)}</Table.Td>
                  <Table.Td fz="sm">{t(`stateForm.${country.form}`)}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {country.groups.map((id) => {
                        const info = getGroup(id);
                        return (
                          <Badge key={id} size="sm" variant="light" color="gray" tt="none" title={info.names[language]}>
                            {info.abbreviations[language]}
                          </Badge>
                        );
                      })}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

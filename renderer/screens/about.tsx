import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getGroup, listGroups, PROTOCOL_AS_OF, WORLD_COUNTRIES_META } from '../../shared/protocol';
import { ScreenTitle } from '../components/screen-title';
import { currentLanguage } from '../i18n';
import { formatIsoDate, groupLabel } from '../i18n/protocol-labels';

export function AboutScreen({ focusTitle }: { focusTitle: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const meta = WORLD_COUNTRIES_META;
  return (
    <Stack maw={720} gap="md">
      <ScreenTitle focusOnMount={focusTitle}>{t('about.title')}</ScreenTitle>
      <Text>{t('about.description')}</Text>

      <Title order={2} size="h4">
        {t('about.dataTitle')}
      </Title>
      <Text size="sm">
        {t('about.worldCountries', { version: meta.version, date: formatIsoDate(meta.releasedOn, language), licence: meta.licence })}{' '}
        <Anchor href={meta.url} target="_blank" rel="noreferrer" size="sm">
          {meta.url}
        </Anchor>
      </Text>
      <Text size="sm">{t('about.odbl')}</Text>
      <Text size="sm">{t('about.curated', { date: formatIsoDate(PROTOCOL_AS_OF, language) })}</Text>
      <Text size="sm">{t('about.regions')}</Text>
      <Text size="sm">{t('about.checkBeforeSending')}</Text>

      <Title order={2} size="h4">
        {t('about.groupsTitle')}
      </Title>
      <Table withTableBorder verticalSpacing={4} fz="sm" aria-label={t('about.groupsTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('about.group')}</Table.Th>
            <Table.Th>{t('about.members')}</Table.Th>
            <Table.Th>{t('about.asOf')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {listGroups().map((group) => (
            <Table.Tr key={group.id}>
              <Table.Td>{groupLabel(group, language)}</Table.Td>
              <Table.Td>
                {group.members.length}
                {group.blocMembers.length > 0 && ` + ${group.blocMembers.map((id) => getGroup(id).abbreviations[language]).join(', ')}`}
              </Table.Td>
              <Table.Td>{formatIsoDate(group.asOf, language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

import { Group, Paper, Radio, SimpleGrid, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GENDERS, LANGUAGES, type Gender } from '../../../shared/recipients/schemas';
import { formsOfAddress, noSittingParliament, OFFICE_TYPES, type CountryRecord, type StyledOffice } from '../../../shared/protocol';
import { AddressCard } from '../../components/address/address-card';
import { currentLanguage } from '../../i18n';

const STYLED_OFFICES = OFFICE_TYPES.filter((office): office is StyledOffice => office !== 'custom');

/**
 * How each office of the state is addressed, in each letter language, for a
 * holder of the chosen gender (and name, to see it in place).
 */
export function OfficeAddressPreviews({ country }: { country: CountryRecord }) {
  const { t } = useTranslation();
  const [gender, setGender] = useState<Gender>('unspecified');
  const [name, setName] = useState('');
  // No chamber to show where no parliament sits: say why instead of an empty title.
  const noParliament = noSittingParliament(country);

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="md">
        <Radio.Group label={t('countries.previewGender')} value={gender} onChange={(value) => setGender(GENDERS.find((g) => g === value) ?? 'unspecified')}>
          <Group gap="md" mt={6} mb={8}>
            {GENDERS.map((g) => (
              <Radio key={g} value={g} label={t(`form.gender.${g}`)} />
            ))}
          </Group>
        </Radio.Group>
        <TextInput
          label={t('countries.previewName')}
          placeholder={t('countries.previewNamePlaceholder')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          maxLength={200}
          w={320}
        />
      </Group>
      <Tabs defaultValue={currentLanguage()}>
        <Tabs.List aria-label={t('countries.previewLanguages')}>
          {LANGUAGES.map((language) => (
            <Tabs.Tab key={language} value={language}>
              {t(`languages.${language}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {LANGUAGES.map((language) => (
          <Tabs.Panel key={language} value={language} pt="sm" lang={language}>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
              {STYLED_OFFICES.map((office) =>
                office === 'speaker_of_parliament' && noParliament ? (
                  <Paper key={office} withBorder p="sm" component="section" aria-label={t(`officeType.${office}`)}>
                    <Title order={3} size="h6" mb={6}>
                      {t(`officeType.${office}`)}
                    </Title>
                    <Text size="sm">{t(`countries.noParliament.${noParliament.kind}`)}</Text>
                  </Paper>
                ) : (
                  <AddressCard
                    key={office}
                    title={t(`officeType.${office}`)}
                    forms={formsOfAddress({ office, gender, country, language, name })}
                    headingOrder={3}
                    compact
                  />
                ),
              )}
            </SimpleGrid>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

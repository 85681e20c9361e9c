import { Accordion, SimpleGrid, Stack, Switch, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ADDRESS_PARTS, LANGUAGES, type AddressPart } from '../../../shared/recipients/schemas';
import { AddressCard } from '../../components/address/address-card';
import { addressFormsFor } from '../../components/address/address-forms';
import { setOverrides, type FormValues, type OverrideValues } from './recipient-form-values';

const MAX_LENGTH: Record<AddressPart, number> = {
  honorific: 200,
  fullTitle: 300,
  addressBlock: 1000,
  salutation: 200,
  complimentaryClose: 500,
};

interface AddressSectionProps {
  values: FormValues;
  onOverrides: (overrides: OverrideValues) => void;
}

/**
 * The forms of address as they will be written, computed live from the
 * fields above: in the preferred language, or side by side in all three. The
 * overrides below replace any part, in every language.
 */
export function AddressSection({ values, onOverrides }: AddressSectionProps) {
  const { t } = useTranslation();
  const [allLanguages, setAllLanguages] = useState(false);
  const overrides = setOverrides(values.overrides);
  const overridden = new Set(ADDRESS_PARTS.filter((part) => overrides[part] !== undefined));
  const subject = { ...values, overrides };
  const preferred = addressFormsFor(subject, values.language);
  // Placeholders show what an empty override leaves in place.
  const computed = addressFormsFor({ ...values, overrides: {} }, values.language);
  const languages = allLanguages ? LANGUAGES : [values.language];

  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('address.title')}
      </Title>
      {preferred === null ? (
        <Text size="sm" c="dimmed">
          {t('address.needCountryAndOffice')}
        </Text>
      ) : (
        <>
          <Switch label={t('address.allLanguages')} checked={allLanguages} onChange={(event) => setAllLanguages(event.currentTarget.checked)} />
          <SimpleGrid cols={{ base: 1, sm: languages.length }} spacing="sm">
            {languages.map((language) => {
              const forms = addressFormsFor(subject, language);
              if (!forms) return null;
              const name = t(`languageInText.${language}`);
              return (
                <AddressCard
                  key={language}
                  title={t(language === values.language ? 'address.inPreferred' : 'address.inLanguage', { language: name })}
                  forms={forms}
                  overridden={overridden}
                  compact={allLanguages}
                  lang={language}
                />
              );
            })}
          </SimpleGrid>
        </>
      )}
      <Accordion variant="contained" chevronPosition="left">
        <Accordion.Item value="overrides">
          <Accordion.Control>
            {t('address.overrideTitle')}
            {overridden.size > 0 && (
              <Text span size="sm" c="dimmed" ml="xs">
                {t('address.overrideCount', { count: overridden.size })}
              </Text>
            )}
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                {t('address.overrideHelp')}
              </Text>
              {ADDRESS_PARTS.map((part) => {
                const common = {
                  label: t(`address.parts.${part}`),
                  value: values.overrides[part],
                  maxLength: MAX_LENGTH[part],
                  onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
                    onOverrides({ ...values.overrides, [part]: event.currentTarget.value }),
                };
                return part === 'addressBlock' ? (
                  <Textarea
                    {...common}
                    key={part}
                    description={t('address.blockHelp')}
                    placeholder={computed?.addressBlock.join('\n')}
                    autosize
                    minRows={3}
                    maxRows={8}
                  />
                ) : (
                  <TextInput {...common} key={part} placeholder={computed?.[part]} />
                );
              })}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Stack>
  );
}

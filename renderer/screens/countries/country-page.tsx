import { Alert, Anchor, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../shared/recipients/schemas';
import { getCountry, getGroup, officialNameWithArticle } from '../../../shared/protocol';
import { ScreenTitle } from '../../components/screen-title';
import { currentLanguage } from '../../i18n';
import { useNavigation, type View } from '../../navigation';
import { RecipientFormModal } from '../recipients/recipient-form-modal';
import { CountryHistory } from '../tracking/country-history';
import type { FormTarget } from '../recipients/use-recipient-form';
import classes from './countries.module.css';
import { CountryOffices } from './country-offices';
import { OfficeAddressPreviews } from './office-address-previews';

/** One state: its names, form of state, groups and caveats, the offices in the list, and how each office is addressed. */
export function CountryPage({ code, from, focusTitle }: { code: string; from?: View; focusTitle: boolean }) {
  const { t } = useTranslation();
  const { go } = useNavigation();
  const language = currentLanguage();
  const [formTarget, setFormTarget] = useState<FormTarget | null>(null);
  const country = getCountry(code);
  const back = (
    <Anchor component="button" type="button" size="sm" onClick={() => go({ view: from === 'recipients' ? 'recipients' : 'countries' })} w="fit-content">
      {from === 'recipients' ? t('countries.backToRecipients') : t('countries.back')}
    </Anchor>
  );

  if (!country) {
    return (
      <Stack>
        {back}
        <Alert color="red" role="alert" title={t('countries.unknown', { code })} />
      </Stack>
    );
  }
  const name = country.names[language].common;

  return (
    <Stack gap="md" maw={1100}>
      {back}
      <Group justify="space-between" align="flex-end">
        <ScreenTitle focusOnMount={focusTitle}>{name}</ScreenTitle>
        <Button onClick={() => setFormTarget({ mode: 'create', preset: { countryCode: country.alpha2 } })}>{t('countries.addRecipient')}</Button>
      </Group>

      <dl className={classes.facts}>
        {LANGUAGES.map((lang) => (
          <div key={lang} style={{ display: 'contents' }}>
            <dt>{t('countries.officialIn', { language: t(`languageInText.${lang}`) })}</dt>
            <dd lang={lang}>{officialNameWithArticle(country, lang)}</dd>
          </div>
        ))}
        <dt>{t('countries.codes')}</dt>
        <dd>
          {country.alpha2} · {country.alpha3} · {country.numeric}
        </dd>
        <dt>{t('countries.columns.region')}</dt>
        <dd>
          {t(`region.${country.region}`)} · <span lang="en">{country.subregion}</span>
        </dd>
        <dt>{t('countries.columns.form')}</dt>
        <dd>{t(`stateForm.${country.form}`)}</dd>
        <dt>{t('countries.unStatus')}</dt>
        <dd>{t(country.unMember ? 'countries.unMember' : 'countries.unObserver')}</dd>
        <dt>{t('countries.columns.groups')}</dt>
        <dd>
          {country.groups.length === 0 ? (
            t('countries.noGroups')
          ) : (
            <Group gap={6}>
              {country.groups.map((id) => (
                <Badge key={id} variant="light" tt="none">
                  {getGroup(id).names[language]}
                </Badge>
              ))}
            </Group>
          )}
        </dd>
      </dl>

      {country.notes.length > 0 && (
        <Alert color="yellow" title={t('countries.notes')}>
          <List size="sm" spacing={4}>
            {country.notes.map((note) => (
              <List.Item key={note} lang="en">
                {note}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}

      <Title order={2} size="h4" id="country-offices-title">
        {t('countries.officesTitle')}
      </Title>
      <CountryOffices
        code={country.alpha2}
        labelledBy="country-offices-title"
        onOpen={(recipient) => setFormTarget({ mode: 'edit', recipient })}
        onAdd={() => setFormTarget({ mode: 'create', preset: { countryCode: country.alpha2 } })}
      />

      <CountryHistory countryCode={country.alpha2} />

      <Title order={2} size="h4">
        {t('countries.previewTitle')}
      </Title>
      <OfficeAddressPreviews country={country} />
      <Text size="xs" c="dimmed">
        {t('countries.previewNote')}
      </Text>
      <RecipientFormModal target={formTarget} onClose={() => setFormTarget(null)} />
    </Stack>
  );
}

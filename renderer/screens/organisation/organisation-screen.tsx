import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOrganisation } from '../../api/campaign-queries';
import { CenteredLoader } from '../../components/centered-loader';
import { ErrorAlert } from '../../components/error-alert';
import { ScreenTitle } from '../../components/screen-title';
import { EndorsersSection } from './endorsers-section';
import { OrganisationForm } from './organisation-form';
import { SignersSection } from './signers-section';

/** Who sends the letters: letterhead, signers, endorsing organisations. */
export function OrganisationScreen({ focusTitle }: { focusTitle: boolean }) {
  const { t } = useTranslation('campaigns');
  const organisation = useOrganisation();
  return (
    <Stack gap="md" maw={960}>
      <ScreenTitle focusOnMount={focusTitle}>{t('organisation.title')}</ScreenTitle>
      <Text c="dimmed">{t('organisation.intro')}</Text>
      {organisation.isPending && <CenteredLoader />}
      {organisation.isError && <ErrorAlert error={organisation.error} />}
      {organisation.data && <OrganisationForm organisation={organisation.data} />}
      <SignersSection />
      <EndorsersSection />
    </Stack>
  );
}

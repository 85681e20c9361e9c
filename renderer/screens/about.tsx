import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScreenTitle } from '../components/screen-title';

export function AboutScreen({ focusTitle }: { focusTitle: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack maw={640} gap="md">
      <ScreenTitle focusOnMount={focusTitle}>{t('about.title')}</ScreenTitle>
      <Text>{t('about.description')}</Text>
      <Title order={2} size="h4">
        {t('about.dataTitle')}
      </Title>
      <Text size="sm">{t('about.countries')}</Text>
    </Stack>
  );
}

import { NativeSelect, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../shared/recipients/schemas';
import { api } from '../api/client';
import { keys } from '../api/queries';
import { notifyError, notifySuccess } from '../components/notify';
import { ScreenTitle } from '../components/screen-title';
import { currentLanguage, isLanguage } from '../i18n';
import { PassphraseSettings } from './security/passphrase-settings';

export function SettingsScreen({ focusTitle }: { focusTitle: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useMutation({
    mutationFn: api['settings.update'],
    onSuccess: (settings, variables) => {
      // The language hook follows the cached settings, so this switches the UI.
      queryClient.setQueryData(keys.settings, settings);
      const lng = variables.language;
      notifySuccess(t, t('settings.savedTitle', { lng }), t(`settings.language.options.${lng}`, { lng }));
    },
    onError: (error) => notifyError(t, error),
  });

  return (
    <Stack maw={480} gap="md">
      <ScreenTitle focusOnMount={focusTitle}>{t('settings.title')}</ScreenTitle>
      <NativeSelect
        label={t('settings.language.label')}
        description={t('settings.language.description')}
        value={currentLanguage()}
        disabled={update.isPending}
        data={LANGUAGES.map((language) => ({ value: language, label: t(`settings.language.options.${language}`) }))}
        onChange={(event) => {
          const language = event.currentTarget.value;
          if (isLanguage(language)) update.mutate({ language });
        }}
      />
      <PassphraseSettings />
    </Stack>
  );
}

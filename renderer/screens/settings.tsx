import { NativeSelect, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../shared/recipients/schemas';
import { DATE_STYLES, dateStyleSchema, type DateStyle, type Settings } from '../../shared/workspace/contract';
import { api } from '../api/client';
import { keys, useSettings } from '../api/queries';
import { notifyError, notifySuccess } from '../components/notify';
import { ScreenTitle } from '../components/screen-title';
import { currentLanguage, isLanguage } from '../i18n';
import { dateLocale } from '../i18n/date-format';
import { PassphraseSettings } from './security/passphrase-settings';

export function SettingsScreen({ focusTitle }: { focusTitle: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useMutation({
    mutationFn: api['settings.update'],
    onSuccess: (settings: Settings, variables) => {
      // The language hook follows the cached settings, so this switches the UI.
      queryClient.setQueryData(keys.settings, settings);
      const lng = variables.language ?? currentLanguage();
      const what = variables.language ? t(`settings.language.options.${lng}`, { lng }) : t(`settings.dateStyle.options.${settings.dateStyle}`, { lng });
      notifySuccess(t, t('settings.savedTitle', { lng }), what);
    },
    onError: (error) => notifyError(t, error),
  });

  const dateStyle: DateStyle = useSettings(true).data?.dateStyle ?? 'letter';
  // Each choice shows today's date as it would appear.
  const example = (style: DateStyle) =>
    new Intl.DateTimeFormat(dateLocale(currentLanguage(), style), { dateStyle: 'long', timeStyle: 'short' }).format(new Date());

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
      <NativeSelect
        label={t('settings.dateStyle.label')}
        description={t('settings.dateStyle.description')}
        value={dateStyle}
        disabled={update.isPending}
        data={DATE_STYLES.map((style) => ({ value: style, label: `${t(`settings.dateStyle.options.${style}`)} (${example(style)})` }))}
        onChange={(event) => {
          const parsed = dateStyleSchema.safeParse(event.currentTarget.value);
          if (parsed.success) update.mutate({ dateStyle: parsed.data });
        }}
      />
      <PassphraseSettings />
    </Stack>
  );
}

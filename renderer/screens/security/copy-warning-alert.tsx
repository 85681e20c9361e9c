import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CopyWarning } from '../../../shared/security/schemas';

/** Said after Letterdesk wrote a copy outside the workspace (an archive, a backup saved elsewhere). */
export function CopyWarningAlert({ warning }: { warning: CopyWarning }) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" role="status" title={t('security.copyWarning.title')}>
      <Text size="sm">{t(`security.copyWarning.${warning.code}`)}</Text>
    </Alert>
  );
}

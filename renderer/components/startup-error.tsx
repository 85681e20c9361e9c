import { Button, Container, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert';

export function StartupError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={1} size="h2">
          {t('startup.errorTitle')}
        </Title>
        <ErrorAlert error={error} />
        <Button onClick={onRetry} w="fit-content">
          {t('common.retry')}
        </Button>
      </Stack>
    </Container>
  );
}

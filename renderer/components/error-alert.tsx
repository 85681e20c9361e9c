import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describe-error';

/** A translated, readable error: the code's sentence, then the server's detail if any. */
export function ErrorAlert({ error, children }: { error: unknown; children?: React.ReactNode }) {
  const { t } = useTranslation();
  const text = describeError(t, error);
  return (
    <Alert color="red" title={text.title} role="alert">
      {text.detail && <Text size="sm">{text.detail}</Text>}
      {children}
    </Alert>
  );
}

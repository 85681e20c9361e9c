import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ARCHIVE_PROBLEMS, type ArchiveProblem } from '../../../shared/archive/schemas';
import { apiErrorOf } from '../../api/describe-error';
import { ErrorAlert } from '../../components/error-alert';

/** The archive problem an API error names in its issues, if any. */
export function archiveProblemOf(error: unknown): ArchiveProblem | null {
  const code = apiErrorOf(error).issues.find((issue) => (ARCHIVE_PROBLEMS as readonly string[]).includes(issue.code))?.code;
  return (code as ArchiveProblem | undefined) ?? null;
}

/** Why an archive was refused, in the UI language; other errors as usual. */
export function ArchiveProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation('archive');
  const problem = archiveProblemOf(error);
  if (!problem) return <ErrorAlert error={error} />;
  return (
    <Alert color="red" title={t(`problems.${problem}`)} role="alert">
      <Text size="sm">{apiErrorOf(error).message}</Text>
    </Alert>
  );
}

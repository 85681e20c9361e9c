import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { currentLanguage } from '../../i18n';
import { formatTime } from '../../i18n/date-format';
import { InvalidDocumentError } from './document-check';
import type { SaveStatus } from './use-autosave';

/** "Saving…", "Saved at 14:05", or "Not saved" with the reason and a retry button. Announced politely. */
export function AutosaveStatus({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  const { t } = useTranslation();
  let text: string;
  let detail: string | null = null;
  switch (status.state) {
    case 'idle':
      text = t('autosave.idle');
      break;
    case 'saving':
      text = t('autosave.saving');
      break;
    case 'saved':
      text = t('autosave.saved', { time: formatTime(status.at, currentLanguage()) });
      break;
    case 'error': {
      text = t('autosave.failed');
      if (status.error instanceof InvalidDocumentError) detail = t('autosave.invalid', { where: status.error.where });
      else {
        const described = describeError(t, status.error);
        detail = described.detail ? `${described.title} ${described.detail}` : described.title;
      }
      break;
    }
  }
  return (
    <Group gap="xs" wrap="nowrap">
      <Text
        role="status"
        aria-live="polite"
        aria-label={t('autosave.label')}
        size="sm"
        c={status.state === 'error' ? 'red' : 'dimmed'}
        title={detail ?? undefined}
      >
        {text}
        {detail && ` ${detail}`}
      </Text>
      {status.state === 'error' && (
        <Button size="compact-xs" variant="light" color="red" onClick={onRetry}>
          {t('autosave.retry')}
        </Button>
      )}
    </Group>
  );
}

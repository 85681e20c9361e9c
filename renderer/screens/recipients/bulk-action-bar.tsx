import { Button, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface BulkActionBarProps {
  count: number;
  onAddTag: () => void;
  onRemoveTag: () => void;
  onVerify: () => void;
  onClear: () => void;
}

/** Shown while rows are selected: what can be done to all of them at once. */
export function BulkActionBar({ count, onAddTag, onRemoveTag, onVerify, onClear }: BulkActionBarProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder px="sm" py={6} bg="var(--mantine-primary-color-light)" role="toolbar" aria-label={t('recipients.bulk.label')}>
      <Group gap="xs">
        <Text size="sm" fw={600} role="status" aria-live="polite" mr="sm">
          {t('recipients.bulk.selected', { count })}
        </Text>
        <Button size="xs" onClick={onAddTag}>
          {t('recipients.bulk.addTag')}
        </Button>
        <Button size="xs" variant="default" onClick={onRemoveTag}>
          {t('recipients.bulk.removeTag')}
        </Button>
        <Button size="xs" variant="default" onClick={onVerify}>
          {t('recipients.bulk.verify')}
        </Button>
        <Button size="xs" variant="subtle" ml="auto" onClick={onClear}>
          {t('recipients.selection.clear')}
        </Button>
      </Group>
    </Paper>
  );
}

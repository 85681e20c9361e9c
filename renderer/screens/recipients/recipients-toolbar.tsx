import { CloseButton, Group, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ToolbarProps {
  search: string;
  onSearch: (value: string) => void;
  total: number | undefined;
  children?: React.ReactNode;
}

/** The search box, the live count, and whatever actions the screen adds (export). */
export function RecipientsToolbar({ search, onSearch, total, children }: ToolbarProps) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        type="search"
        label={t('recipients.search.label')}
        placeholder={t('recipients.search.placeholder')}
        value={search}
        onChange={(event) => onSearch(event.currentTarget.value)}
        maxLength={200}
        w={{ base: '100%', sm: 340 }}
        rightSection={search ? <CloseButton aria-label={t('recipients.noResults.clear')} onClick={() => onSearch('')} size="sm" /> : null}
      />
      <Text size="sm" c="dimmed" ml="auto" pb={8} role="status" aria-live="polite" aria-atomic>
        {total === undefined ? t('common.loading') : t('recipients.count', { count: total })}
      </Text>
      {children}
    </Group>
  );
}

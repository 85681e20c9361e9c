import { CloseButton, Group, Select, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTags } from '../../api/queries';

interface ToolbarProps {
  search: string;
  onSearch: (value: string) => void;
  tag: string | null;
  onTag: (value: string | null) => void;
  total: number | undefined;
}

export function RecipientsToolbar({ search, onSearch, tag, onTag, total }: ToolbarProps) {
  const { t } = useTranslation();
  const tags = useTags();
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
        rightSection={
          search ? <CloseButton aria-label={t('recipients.noResults.clear')} onClick={() => onSearch('')} size="sm" /> : null
        }
      />
      <Select
        label={t('recipients.tagFilter.label')}
        placeholder={t('recipients.tagFilter.placeholder')}
        data={tags.data ?? []}
        value={tag}
        onChange={onTag}
        clearable
        searchable
        clearButtonProps={{ 'aria-label': t('recipients.tagFilter.clear') }}
        w={{ base: '100%', sm: 220 }}
      />
      <Text size="sm" c="dimmed" ml="auto" pb={8} role="status" aria-live="polite" aria-atomic>
        {total === undefined ? t('common.loading') : t('recipients.count', { count: total })}
      </Text>
    </Group>
  );
}

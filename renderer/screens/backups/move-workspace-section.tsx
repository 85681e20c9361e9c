import { Divider, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ArchiveExport } from './archive-export';
import { ArchiveImport } from './archive-import';

/** Settings → Backups → Move workspace: export a .letterdesk archive, import one. */
export function MoveWorkspaceSection() {
  const { t } = useTranslation('archive');
  return (
    <Stack gap="md" component="section" aria-labelledby="move-workspace-title">
      <Divider />
      <Title order={2} size="h3" id="move-workspace-title">
        {t('title')}
      </Title>
      <Text c="dimmed">{t('intro')}</Text>
      <ArchiveExport />
      <ArchiveImport />
    </Stack>
  );
}

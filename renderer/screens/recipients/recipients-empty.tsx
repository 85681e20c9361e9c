import { Button, EmptyState } from '@mantine/core';
import { useTranslation } from 'react-i18next';

function Empty({ title, body, children }: { title: string; body: string; children: React.ReactNode }) {
  return (
    <EmptyState py="xl">
      <EmptyState.Title order={2}>{title}</EmptyState.Title>
      <EmptyState.Description>{body}</EmptyState.Description>
      <EmptyState.Actions>{children}</EmptyState.Actions>
    </EmptyState>
  );
}

export function NoRecipients({ onAdd, onImport }: { onAdd: () => void; onImport: () => void }) {
  const { t } = useTranslation();
  return (
    <Empty title={t('recipients.empty.title')} body={t('recipients.empty.body')}>
      <Button onClick={onAdd}>{t('recipients.add')}</Button>
      <Button variant="default" onClick={onImport}>
        {t('csvImport.button')}
      </Button>
    </Empty>
  );
}

export function NoResults({ onClear }: { onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <Empty title={t('recipients.noResults.title')} body={t('recipients.noResults.body')}>
      <Button variant="default" onClick={onClear}>
        {t('recipients.noResults.clearAll')}
      </Button>
    </Empty>
  );
}

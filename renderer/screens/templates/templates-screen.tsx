import { ActionIcon, Badge, Button, EmptyState, Group, Menu, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../shared/recipients/schemas';
import type { TemplateSummary } from '../../../shared/templates/schemas';
import { useTemplates } from '../../api/template-queries';
import { CenteredLoader } from '../../components/centered-loader';
import { ErrorAlert } from '../../components/error-alert';
import { ScreenTitle } from '../../components/screen-title';
import { useNavigation } from '../../navigation';
import { DeleteTemplateModal } from './delete-template-modal';
import { ImportLetterModal } from './import/import-letter-modal';
import { TemplateSettingsModal } from './template-settings-modal';

type Dialog = { kind: 'new' } | { kind: 'import' } | { kind: 'settings'; template: TemplateSummary } | { kind: 'delete'; template: TemplateSummary } | null;

/** The templates: open one in the editor, create, import a letter, change settings, delete. */
export function TemplatesScreen({ focusTitle }: { focusTitle: boolean }) {
  const { t } = useTranslation();
  const { go } = useNavigation();
  const templates = useTemplates();
  const [dialog, setDialog] = useState<Dialog>(null);
  const open = (id: string) => go({ view: 'templates', templateId: id });
  const close = () => setDialog(null);

  return (
    <Stack gap="sm" maw={1100}>
      <Group justify="space-between">
        <ScreenTitle focusOnMount={focusTitle}>{t('templates.title')}</ScreenTitle>
        <Group gap="xs">
          <Button variant="default" onClick={() => setDialog({ kind: 'import' })}>
            {t('templateImport.button')}
          </Button>
          <Button onClick={() => setDialog({ kind: 'new' })}>{t('templates.new')}</Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {t('templates.intro')}
      </Text>
      {templates.isPending && <CenteredLoader />}
      {templates.isError && <ErrorAlert error={templates.error} />}
      {templates.data?.length === 0 && (
        <EmptyState py="xl">
          <EmptyState.Title order={2}>{t('templates.empty.title')}</EmptyState.Title>
          <EmptyState.Description>{t('templates.empty.body')}</EmptyState.Description>
          <EmptyState.Actions>
            <Button onClick={() => setDialog({ kind: 'new' })}>{t('templates.new')}</Button>
            <Button variant="default" onClick={() => setDialog({ kind: 'import' })}>
              {t('templateImport.button')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      )}
      {templates.data && templates.data.length > 0 && (
        <Table highlightOnHover aria-label={t('templates.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('templates.columns.name')}</Table.Th>
              <Table.Th>{t('templates.columns.kind')}</Table.Th>
              <Table.Th>{t('templates.columns.languages')}</Table.Th>
              <Table.Th>{t('templates.columns.paper')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('templates.columns.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {templates.data.map((template) => (
              <Table.Tr key={template.id}>
                <Table.Td>
                  <Group gap="xs">
                    <Button variant="subtle" px={4} onClick={() => open(template.id)} aria-label={t('templates.open', { name: template.name })}>
                      {template.name}
                    </Button>
                    {template.isExample && (
                      <Badge size="sm" variant="light" color="blue">
                        {t('templates.example')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{t(`templates.kinds.${template.kind}`)}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {LANGUAGES.filter((l) => template.languages.includes(l)).map((l) => (
                      <Badge
                        key={l}
                        size="sm"
                        variant={l === template.defaultLanguage ? 'filled' : 'outline'}
                        title={t(`languages.${l}`)}
                        aria-label={t(`languages.${l}`)}
                      >
                        {l}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>{template.paperSize}</Table.Td>
                <Table.Td>
                  <Menu position="bottom-end">
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray" aria-label={t('templates.actionsFor', { name: template.name })}>
                        ⋯
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item onClick={() => open(template.id)}>{t('templates.edit')}</Menu.Item>
                      <Menu.Item onClick={() => setDialog({ kind: 'settings', template })}>{t('templates.settings')}</Menu.Item>
                      <Menu.Item color="red" onClick={() => setDialog({ kind: 'delete', template })}>
                        {t('templates.delete')}
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <TemplateSettingsModal opened={dialog?.kind === 'new'} onClose={close} onCreated={(created) => open(created.id)} />
      <TemplateSettingsModal opened={dialog?.kind === 'settings'} template={dialog?.kind === 'settings' ? dialog.template : undefined} onClose={close} />
      <DeleteTemplateModal template={dialog?.kind === 'delete' ? dialog.template : null} onClose={close} />
      <ImportLetterModal opened={dialog?.kind === 'import'} onClose={close} onCreated={open} />
    </Stack>
  );
}

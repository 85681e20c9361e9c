import { Badge, Button, Group, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../shared/recipients/schemas';
import { api } from '../../api/client';
import { templateKeys, useTemplates } from '../../api/template-queries';
import { EntitySection } from '../../components/entity-section';
import { notifySuccess } from '../../components/notify';
import { RowMenu } from '../../components/row-actions';
import { useNavigation } from '../../navigation';
import { ImportLetterModal } from './import/import-letter-modal';
import { SettingsForm } from './template-settings-modal';
import { useDuplicateTemplate } from './duplicate-template';

/** The templates: open one in the editor, create, import a letter, change settings, delete. */
export function TemplatesScreen({ focusTitle }: { focusTitle: boolean }) {
  const { t } = useTranslation();
  const { go } = useNavigation();
  const queryClient = useQueryClient();
  const templates = useTemplates();
  // The letter import is the one dialog of its own; EntitySection keeps the form's and the deletion's.
  const [importing, setImporting] = useState(false);
  const open = (id: string) => go({ view: 'templates', templateId: id });
  const duplicate = useDuplicateTemplate();

  const newButton = (add: () => void) => <Button onClick={add}>{t('templates.new')}</Button>;
  const importButton = (
    <Button variant="default" onClick={() => setImporting(true)}>
      {t('templateImport.button')}
    </Button>
  );

  return (
    <EntitySection
      layout="screen"
      title={t('templates.title')}
      focusTitle={focusTitle}
      actions={(add) => (
        <Group gap="xs">
          {importButton}
          {newButton(add)}
        </Group>
      )}
      intro={
        <Text size="sm" c="dimmed">
          {t('templates.intro')}
        </Text>
      }
      query={templates}
      empty={{
        title: t('templates.empty.title'),
        body: t('templates.empty.body'),
        actions: (add) => (
          <>
            {newButton(add)}
            {importButton}
          </>
        ),
      }}
      tableLabel={t('templates.tableLabel')}
      tableProps={{ highlightOnHover: true }}
      columns={[
        {
          header: t('templates.columns.name'),
          cell: (template) => (
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
          ),
        },
        { header: t('templates.columns.kind'), cell: (template) => t(`templates.kinds.${template.kind}`) },
        {
          header: t('templates.columns.languages'),
          cell: (template) => (
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
          ),
        },
        { header: t('templates.columns.paper'), cell: (template) => template.paperSize },
      ]}
      rowActions={(template, actions) => (
        <RowMenu
          label={t('templates.actionsFor', { name: template.name })}
          items={[
            { label: t('templates.edit'), onClick: () => open(template.id) },
            { label: t('templates.settings'), onClick: actions.edit },
            { label: t('templates.duplicate'), onClick: () => duplicate.mutate(template) },
            { label: t('templates.delete'), onClick: actions.remove, danger: true },
          ]}
        />
      )}
      form={{
        title: (template) => t(template ? 'templates.settingsTitle' : 'templates.newTitle'),
        render: (template, done) => <SettingsForm template={template ?? undefined} onDone={done} onCreated={(created) => open(created.id)} />,
      }}
      remove={{
        title: () => t('templates.deleteTitle'),
        body: (template) => t('templates.deleteBody', { name: template.name }),
        confirmLabel: t('templates.deleteConfirm'),
        run: async (template) => {
          await api['templates.delete']({ id: template.id });
          await queryClient.invalidateQueries({ queryKey: templateKeys.all });
          notifySuccess(t, t('templates.deletedTitle'), t('templates.deletedMessage', { name: template.name }));
        },
      }}
    >
      <ImportLetterModal opened={importing} onClose={() => setImporting(false)} onCreated={open} />
    </EntitySection>
  );
}

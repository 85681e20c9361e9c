import { Badge, Button, Group, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../shared/recipients/schemas';
import type { TemplateSummary } from '../../../shared/templates/schemas';
import { api } from '../../api/client';
import { templateKeys, useTemplates } from '../../api/template-queries';
import { ConfirmDeleteModal } from '../../components/confirm-delete-modal';
import { EntitySection } from '../../components/entity-section';
import { notifySuccess } from '../../components/notify';
import { RowMenu } from '../../components/row-actions';
import { useNavigation } from '../../navigation';
import { ImportLetterModal } from './import/import-letter-modal';
import { TemplateSettingsModal } from './template-settings-modal';

type Dialog = { kind: 'new' } | { kind: 'import' } | { kind: 'settings'; template: TemplateSummary } | { kind: 'delete'; template: TemplateSummary } | null;

/** The templates: open one in the editor, create, import a letter, change settings, delete. */
export function TemplatesScreen({ focusTitle }: { focusTitle: boolean }) {
  const { t } = useTranslation();
  const { go } = useNavigation();
  const queryClient = useQueryClient();
  const templates = useTemplates();
  const [dialog, setDialog] = useState<Dialog>(null);
  const open = (id: string) => go({ view: 'templates', templateId: id });
  const close = () => setDialog(null);

  const newButton = <Button onClick={() => setDialog({ kind: 'new' })}>{t('templates.new')}</Button>;
  const importButton = (
    <Button variant="default" onClick={() => setDialog({ kind: 'import' })}>
      {t('templateImport.button')}
    </Button>
  );
  const deleting = dialog?.kind === 'delete' ? dialog.template : null;

  return (
    <EntitySection
      layout="screen"
      title={t('templates.title')}
      focusTitle={focusTitle}
      actions={
        <Group gap="xs">
          {importButton}
          {newButton}
        </Group>
      }
      intro={
        <Text size="sm" c="dimmed">
          {t('templates.intro')}
        </Text>
      }
      query={templates}
      empty={{
        title: t('templates.empty.title'),
        body: t('templates.empty.body'),
        actions: (
          <>
            {newButton}
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
      rowActions={(template) => (
        <RowMenu
          label={t('templates.actionsFor', { name: template.name })}
          items={[
            { label: t('templates.edit'), onClick: () => open(template.id) },
            { label: t('templates.settings'), onClick: () => setDialog({ kind: 'settings', template }) },
            { label: t('templates.delete'), onClick: () => setDialog({ kind: 'delete', template }), danger: true },
          ]}
        />
      )}
    >
      <TemplateSettingsModal opened={dialog?.kind === 'new'} onClose={close} onCreated={(created) => open(created.id)} />
      <TemplateSettingsModal opened={dialog?.kind === 'settings'} template={dialog?.kind === 'settings' ? dialog.template : undefined} onClose={close} />
      <ConfirmDeleteModal
        opened={deleting !== null}
        title={t('templates.deleteTitle')}
        body={t('templates.deleteBody', { name: deleting?.name ?? '' })}
        confirmLabel={t('templates.deleteConfirm')}
        onClose={close}
        onDelete={async () => {
          if (!deleting) return;
          await api['templates.delete']({ id: deleting.id });
          await queryClient.invalidateQueries({ queryKey: templateKeys.all });
          notifySuccess(t, t('templates.deletedTitle'), t('templates.deletedMessage', { name: deleting.name }));
        }}
      />
      <ImportLetterModal opened={dialog?.kind === 'import'} onClose={close} onCreated={open} />
    </EntitySection>
  );
}

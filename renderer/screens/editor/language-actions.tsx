import { Button, Group, Menu, Modal, Radio, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/recipients/schemas';
import type { Template } from '../../../shared/templates/schemas';
import { emptyDocument } from '../../../shared/letter/document';
import { api } from '../../api/client';
import { cacheVariant, templateKeys } from '../../api/template-queries';
import { ErrorAlert } from '../../components/error-alert';
import type { VariantDraft } from './variant-editor';

interface LanguageActionsProps {
  template: Template;
  active: Language;
  /** The latest text of a variant, edits included. */
  draftOf: (language: Language) => VariantDraft | undefined;
  onAdded: (language: Language) => void;
  /** Called as removal starts (`done: false`, so no autosave brings the text back), then when it is done or failed. */
  onRemoving: (language: Language, state: 'started' | 'done' | 'failed') => void;
}

/** "Add a language" (from a copy of the default text, or empty) and "Remove this language". */
export function LanguageActions({ template, active, draftOf, onAdded, onRemoving }: LanguageActionsProps) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState<Language | null>(null);
  const [removing, setRemoving] = useState(false);
  const missing = LANGUAGES.filter((l) => !template.languages.includes(l));
  const lang = (l: Language) => t(`languageInText.${l}`);

  return (
    <Group gap="xs">
      {missing.length > 0 && (
        <Menu position="bottom-end">
          <Menu.Target>
            <Button size="compact-sm" variant="default">
              {t('variants.add')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {missing.map((l) => (
              <Menu.Item key={l} onClick={() => setAdding(l)}>
                {t(`languages.${l}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      )}
      <Button size="compact-sm" variant="subtle" color="red" onClick={() => setRemoving(true)}>
        {t('variants.remove', { language: lang(active) })}
      </Button>
      <Modal
        opened={adding !== null}
        onClose={() => setAdding(null)}
        title={t('variants.addTitle', { language: adding ? lang(adding) : '' })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {adding && (
          <AddLanguage
            template={template}
            language={adding}
            draftOf={draftOf}
            onCancel={() => setAdding(null)}
            onDone={() => {
              onAdded(adding);
              setAdding(null);
            }}
          />
        )}
      </Modal>
      <Modal
        opened={removing}
        onClose={() => setRemoving(false)}
        title={t('variants.removeTitle', { language: lang(active) })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {removing && (
          <RemoveLanguage
            template={template}
            language={active}
            onCancel={() => setRemoving(false)}
            onState={(state) => {
              if (state === 'done') setRemoving(false);
              onRemoving(active, state);
            }}
          />
        )}
      </Modal>
    </Group>
  );
}

function AddLanguage({
  template,
  language,
  draftOf,
  onCancel,
  onDone,
}: {
  template: Template;
  language: Language;
  draftOf: LanguageActionsProps['draftOf'];
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [start, setStart] = useState<'copy' | 'empty'>('copy');
  const source = draftOf(template.defaultLanguage);
  const add = useMutation({
    mutationFn: () =>
      api['templates.saveVariant']({
        templateId: template.id,
        language,
        title: start === 'copy' ? (source?.title ?? '') : '',
        document: start === 'copy' && source ? source.document : emptyDocument(),
      }),
    onSuccess: async (variant) => {
      cacheVariant(queryClient, template.id, variant);
      await queryClient.invalidateQueries({ queryKey: templateKeys.list });
      onDone();
    },
  });
  return (
    <Stack>
      <Radio.Group label={t('variants.startFrom')} value={start} onChange={(v) => setStart(v === 'empty' ? 'empty' : 'copy')}>
        <Stack gap="xs" mt="xs">
          <Radio value="copy" label={t('variants.copyOf', { language: t(`languageInText.${template.defaultLanguage}`) })} />
          <Radio value="empty" label={t('variants.empty')} />
        </Stack>
      </Radio.Group>
      {add.isError && <ErrorAlert error={add.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button loading={add.isPending} onClick={() => add.mutate()}>
          {t('variants.addButton', { language: t(`languageInText.${language}`) })}
        </Button>
      </Group>
    </Stack>
  );
}

function RemoveLanguage({
  template,
  language,
  onCancel,
  onState,
}: {
  template: Template;
  language: Language;
  onCancel: () => void;
  onState: (state: 'started' | 'done' | 'failed') => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const others = template.languages.filter((l) => l !== language);
  // Removing the default language's text makes another language the default first.
  const nextDefault = language === template.defaultLanguage ? others[0] : undefined;
  const remove = useMutation({
    // The last language is refused by the server and stays: its autosave must go on.
    onMutate: () => others.length > 0 && onState('started'),
    mutationFn: async () => {
      if (nextDefault) {
        const { name, kind, paperSize } = template;
        await api['templates.update']({ id: template.id, fields: { name, kind, paperSize, defaultLanguage: nextDefault } });
      }
      return api['templates.deleteVariant']({ templateId: template.id, language });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: templateKeys.all });
      onState('done');
    },
    onError: () => onState('failed'),
  });
  return (
    <Stack>
      <Text size="sm">{t('variants.removeBody', { language: t(`languageInText.${language}`) })}</Text>
      {nextDefault && <Text size="sm">{t('variants.newDefault', { language: t(`languageInText.${nextDefault}`) })}</Text>}
      {remove.isError && <ErrorAlert error={remove.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
          {t('variants.removeButton')}
        </Button>
      </Group>
    </Stack>
  );
}

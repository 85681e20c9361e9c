import { Alert, Anchor, Badge, Button, Group, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/recipients/schemas';
import type { Template, TemplateVoice } from '../../../shared/templates/schemas';
import { useTemplate } from '../../api/template-queries';
import { CenteredLoader } from '../../components/centered-loader';
import { ErrorAlert } from '../../components/error-alert';
import { ScreenTitle } from '../../components/screen-title';
import { useNavigation } from '../../navigation';
import { LetterPreview } from '../preview/letter-preview';
import { TemplateSettingsModal } from '../templates/template-settings-modal';
import { CopyOfferModal, useDuplicateTemplate } from '../templates/duplicate-template';
import { DriftWarning } from './drift-warning';
import { LanguageActions } from './language-actions';
import { TemplateVoiceSetting } from './template-voice';
import { VariantEditor, type VariantDraft } from './variant-editor';

/** One template: its language variants in tabs, each edited and autosaved, with the live preview beside. */
export function TemplateEditorScreen({ templateId, focusTitle }: { templateId: string; focusTitle: boolean }) {
  const { t } = useTranslation();
  const { go } = useNavigation();
  const template = useTemplate(templateId);
  const back = (
    <Anchor component="button" type="button" size="sm" w="fit-content" onClick={() => go({ view: 'templates' })}>
      {t('templates.back')}
    </Anchor>
  );
  if (template.isPending) return <CenteredLoader />;
  if (template.isError) {
    return (
      <Stack>
        {back}
        <ErrorAlert error={template.error} />
      </Stack>
    );
  }
  return <Editor key={template.data.id} template={template.data} back={back} focusTitle={focusTitle} />;
}

function Editor({ template, back, focusTitle }: { template: Template; back: React.ReactNode; focusTitle: boolean }) {
  const { t } = useTranslation();
  const languages = LANGUAGES.filter((l) => template.languages.includes(l));
  const [active, setActive] = useState<Language>(languages.includes(template.defaultLanguage) ? template.defaultLanguage : (languages[0] ?? 'en'));
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [voice, setVoice] = useState<TemplateVoice>(template.voice);
  // The newest text of each variant, edits included: the preview and newly opened tabs read it.
  const [drafts, setDrafts] = useState<Partial<Record<Language, VariantDraft>>>({});
  const removed = useRef(new Set<Language>());
  // An example: its first edit offers a copy instead; "edit the example" lets edits through from then on.
  const [editExample, setEditExample] = useState(false);
  const [offering, setOffering] = useState(false);
  const duplicate = useDuplicateTemplate();
  const guard = template.isExample && !editExample ? { active: () => true, onBlocked: () => setOffering(true) } : undefined;

  const draftOf = useCallback(
    (language: Language): VariantDraft | undefined => {
      const draft = drafts[language];
      if (draft) return draft;
      const variant = template.variants.find((v) => v.language === language);
      return variant ? { title: variant.title, document: variant.document } : undefined;
    },
    [drafts, template.variants],
  );
  const onDraft = useCallback((language: Language, draft: VariantDraft) => setDrafts((d) => ({ ...d, [language]: draft })), []);
  const isRemoved = useCallback((language: Language) => removed.current.has(language), []);

  const variants = useMemo(() => {
    const out: Partial<Record<Language, VariantDraft>> = {};
    for (const language of template.languages) {
      const draft = draftOf(language);
      if (draft) out[language] = draft;
    }
    return out;
  }, [template.languages, draftOf]);
  const previewTemplate = useMemo(
    () => ({ kind: template.kind, defaultLanguage: template.defaultLanguage, paperSize: template.paperSize, voice }),
    [template.kind, template.defaultLanguage, template.paperSize, voice],
  );
  const shown = languages.includes(active) ? active : template.defaultLanguage;
  const activeDraft = draftOf(shown);

  return (
    <Stack gap="sm">
      {back}
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <ScreenTitle focusOnMount={focusTitle}>{template.name}</ScreenTitle>
          <Group gap="xs">
            <Badge variant="light">{t(`templates.kinds.${template.kind}`)}</Badge>
            <Badge variant="light" color="gray">
              {template.paperSize}
            </Badge>
            <Text size="sm" c="dimmed">
              {t('templates.defaultLanguageIs', { language: t(`languageInText.${template.defaultLanguage}`) })}
            </Text>
          </Group>
          {template.kind === 'letter' && <TemplateVoiceSetting template={template} onChange={setVoice} />}
        </Stack>
        <Button variant="default" onClick={() => setSettingsOpen(true)}>
          {t('templates.settings')}
        </Button>
      </Group>
      {template.isExample && (
        <Alert color="blue" variant="light" title={t('templates.exampleNote')}>
          <Group justify="space-between" gap="sm">
            <Text size="sm">{t('templates.exampleNoteBody')}</Text>
            <Button size="xs" onClick={() => duplicate.mutate(template)} loading={duplicate.isPending}>
              {t('templates.makeCopy')}
            </Button>
          </Group>
        </Alert>
      )}
      <DriftWarning variants={variants} defaultLanguage={template.defaultLanguage} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Stack gap="xs">
          <Tabs value={shown} onChange={(v) => v && setActive(v as Language)} keepMounted={false}>
            <Group justify="space-between" wrap="nowrap" align="flex-end">
              <Tabs.List aria-label={t('variants.label')}>
                {languages.map((l) => (
                  <Tabs.Tab key={l} value={l}>
                    {t(`languages.${l}`)}
                    {l === template.defaultLanguage ? ` (${t('variants.default')})` : ''}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              <LanguageActions
                template={template}
                active={shown}
                draftOf={draftOf}
                onAdded={(l) => {
                  removed.current.delete(l);
                  setActive(l);
                }}
                onRemoving={(l, state) => {
                  if (state === 'started') removed.current.add(l);
                  else if (state === 'failed') removed.current.delete(l);
                  else setActive(languages.find((x) => x !== l) ?? template.defaultLanguage);
                }}
              />
            </Group>
            {languages.map((l) => (
              <Tabs.Panel key={l} value={l} pt="xs">
                {l === shown && activeDraft && (
                  <VariantEditor
                    templateId={template.id}
                    language={l}
                    kind={template.kind}
                    initial={activeDraft}
                    onDraft={onDraft}
                    isRemoved={isRemoved}
                    guard={guard}
                  />
                )}
              </Tabs.Panel>
            ))}
          </Tabs>
        </Stack>
        <LetterPreview template={previewTemplate} variants={variants} />
      </SimpleGrid>
      <CopyOfferModal
        template={template}
        opened={offering}
        onClose={() => setOffering(false)}
        onEditExample={() => {
          setEditExample(true);
          setOffering(false);
        }}
      />
      <TemplateSettingsModal opened={settingsOpen} template={template} onClose={() => setSettingsOpen(false)} />
    </Stack>
  );
}

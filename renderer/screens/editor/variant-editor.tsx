import { Group, Stack, TextInput } from '@mantine/core';
import { RichTextEditor } from '@mantine/tiptap';
import { useQueryClient } from '@tanstack/react-query';
import { useEditor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/recipients/schemas';
import type { TemplateKind } from '../../api/template-queries';
import type { LetterDocument } from '../../../shared/letter/document';
import { api } from '../../api/client';
import { cacheVariant, templateKeys } from '../../api/template-queries';
import { notifyError } from '../../components/notify';
import { checkDocument, InvalidDocumentError } from './document-check';
import { AutosaveStatus } from './autosave-status';
import classes from './editor.module.css';
import { editorLabels } from './editor-labels';
import { letterExtensions } from './extensions';
import { InsertControls } from './insert-controls';
import { useAutosave } from './use-autosave';
import { exampleGuard, GuardHolder } from './example-guard';

export interface VariantDraft {
  title: string;
  document: LetterDocument;
}

interface VariantEditorProps {
  templateId: string;
  language: Language;
  kind: TemplateKind;
  initial: VariantDraft;
  /** Every valid edit, at once: the live preview follows it. */
  onDraft: (language: Language, draft: VariantDraft) => void;
  /** True once this language is being removed: its last edits must not bring it back. */
  isRemoved: (language: Language) => boolean;
  /** An example template: edits are held back while `active()`, and `onBlocked` offers a copy instead. */
  guard?: { active: () => boolean; onBlocked: () => void };
}

/** One language variant: title (statements), rich text with Letterdesk nodes, and autosave. */
export function VariantEditor({ templateId, language, kind, initial, onDraft, isRemoved, guard }: VariantEditorProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // The editor's extensions are made once; the guard they ask is the latest one given.
  const [guardHolder] = useState(() => new GuardHolder(guard));
  useEffect(() => guardHolder.set(guard), [guardHolder, guard]);
  const [extensions] = useState(() => [...letterExtensions(), exampleGuard(guardHolder)]);
  const [title, setTitle] = useState(initial.title);
  const titleRef = useRef(initial.title);
  const revision = useRef<number | null>(null);

  const autosave = useAutosave<{ title: string; json: unknown }>({
    remember: ({ title: t2, json }) => {
      if (isRemoved(language)) return;
      const check = checkDocument(json);
      if (check.ok)
        cacheVariant(queryClient, templateId, {
          language,
          title: t2,
          document: check.document,
          revision: revision.current ?? 0,
          updatedAt: new Date().toISOString(),
        });
    },
    save: async ({ title: t2, json }) => {
      if (isRemoved(language)) return new Date();
      const check = checkDocument(json);
      if (!check.ok) throw new InvalidDocumentError(check.where);
      const variant = await api['templates.saveVariant']({ templateId, language, title: t2, document: check.document });
      revision.current = variant.revision;
      cacheVariant(queryClient, templateId, variant);
      void queryClient.invalidateQueries({ queryKey: templateKeys.list });
      return new Date(variant.updatedAt);
    },
    onOrphanError: (error) => notifyError(t, error),
  });

  const changed = (json: unknown) => {
    autosave.change({ title: titleRef.current, json });
    const check = checkDocument(json);
    if (check.ok) onDraft(language, { title: titleRef.current, document: check.document });
  };

  const editor = useEditor({
    extensions,
    content: initial.document,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': t('editor.textLabel', { language: t(`languageInText.${language}`) }),
        lang: language,
        spellcheck: 'true',
      },
    },
    onUpdate: ({ editor: e }) => changed(e.getJSON()),
  });

  return (
    <Stack gap="xs">
      {kind === 'statement' && (
        <TextInput
          label={t('editor.title')}
          description={t('editor.titleHelp')}
          value={title}
          maxLength={300}
          lang={language}
          onChange={(event) => {
            if (guard?.active()) {
              guard.onBlocked();
              return;
            }
            const next = event.currentTarget.value;
            setTitle(next);
            titleRef.current = next;
            if (editor) changed(editor.getJSON());
          }}
        />
      )}
      <RichTextEditor editor={editor} labels={editorLabels(t)} className={classes.content}>
        <RichTextEditor.Toolbar sticky stickyOffset="var(--app-shell-header-height, 52px)" role="toolbar" aria-label={t('editor.toolbar')}>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Undo />
            <RichTextEditor.Redo />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Bold />
            <RichTextEditor.Italic />
            <RichTextEditor.Underline />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.H1 />
            <RichTextEditor.H2 />
            <RichTextEditor.H3 />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.BulletList />
            <RichTextEditor.OrderedList />
            <RichTextEditor.Blockquote />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Link />
            <RichTextEditor.Unlink />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.AlignLeft />
            <RichTextEditor.AlignCenter />
            <RichTextEditor.AlignRight />
            <RichTextEditor.AlignJustify />
          </RichTextEditor.ControlsGroup>
          {editor && <InsertControls editor={editor} />}
        </RichTextEditor.Toolbar>
        <RichTextEditor.Content />
      </RichTextEditor>
      <Group justify="flex-end">
        <AutosaveStatus status={autosave.status} onRetry={autosave.retry} />
      </Group>
    </Stack>
  );
}

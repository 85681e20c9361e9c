import { Button, Group, Stack } from '@mantine/core';
import { RichTextEditor } from '@mantine/tiptap';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEditor } from '@tiptap/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterDocument } from '../../../shared/letter/document';
import { api } from '../../api/client';
import { invalidateDrafts } from '../../api/campaign-queries';
import { notifyError, notifySuccess } from '../../components/notify';
import { checkDocument } from '../editor/document-check';
import classes from '../editor/editor.module.css';
import { editorLabels } from '../editor/editor-labels';
import { letterExtensions } from '../editor/extensions';

interface DraftEditorProps {
  draftId: string;
  reference: string;
  initial: LetterDocument;
  onDone: () => void;
}

/**
 * Hand editing of one letter, as it will be sent: the text resolved for its
 * recipient (names, alternatives and conditions already settled; cited facts
 * stay live). Saved on demand, not autosaved: a hand edit sets the letter
 * apart from its template (later template changes are offered as a merge),
 * so it is a decision.
 */
export default function DraftEditor({ draftId, reference, initial, onDone }: DraftEditorProps) {
  const { t } = useTranslation('campaigns');
  const { t: tm } = useTranslation();
  const queryClient = useQueryClient();
  const [extensions] = useState(letterExtensions);
  const editor = useEditor({
    extensions,
    content: initial,
    editorProps: {
      attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-label': t('draft.editorLabel', { reference }), spellcheck: 'true' },
    },
  });

  const save = useMutation({
    mutationFn: (document: LetterDocument) => api['drafts.saveEdit']({ id: draftId, document }),
    onSuccess: async () => {
      notifySuccess(tm, t('state.editedByHand'), t('draft.editSaved'));
      await invalidateDrafts(queryClient);
      onDone();
    },
    onError: (error) => notifyError(tm, error),
  });

  return (
    <Stack gap="xs">
      <RichTextEditor editor={editor} labels={editorLabels(tm)} className={classes.content}>
        <RichTextEditor.Toolbar role="toolbar" aria-label={t('draft.editByHand')}>
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
            <RichTextEditor.BulletList />
            <RichTextEditor.OrderedList />
          </RichTextEditor.ControlsGroup>
        </RichTextEditor.Toolbar>
        <RichTextEditor.Content />
      </RichTextEditor>
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('draft.cancelEdit')}
        </Button>
        <Button
          loading={save.isPending}
          onClick={() => {
            if (!editor) return;
            const check = checkDocument(editor.getJSON());
            if (check.ok) save.mutate(check.document);
            else notifyError(tm, new Error(t('draft.editInvalid')));
          }}
        >
          {t('draft.saveEdit')}
        </Button>
      </Group>
    </Stack>
  );
}

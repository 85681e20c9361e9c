import type { RichTextEditorLabels } from '@mantine/tiptap';
import type { TFunction } from 'i18next';

/** The Mantine toolbar's labels, in the UI language (only the controls Letterdesk shows). */
export function editorLabels(t: TFunction): Partial<RichTextEditorLabels> {
  return {
    boldControlLabel: t('editor.controls.bold'),
    italicControlLabel: t('editor.controls.italic'),
    underlineControlLabel: t('editor.controls.underline'),
    h1ControlLabel: t('editor.controls.h1'),
    h2ControlLabel: t('editor.controls.h2'),
    h3ControlLabel: t('editor.controls.h3'),
    bulletListControlLabel: t('editor.controls.bulletList'),
    orderedListControlLabel: t('editor.controls.orderedList'),
    blockquoteControlLabel: t('editor.controls.blockquote'),
    linkControlLabel: t('editor.controls.link'),
    unlinkControlLabel: t('editor.controls.unlink'),
    alignLeftControlLabel: t('editor.controls.alignLeft'),
    alignCenterControlLabel: t('editor.controls.alignCenter'),
    alignRightControlLabel: t('editor.controls.alignRight'),
    alignJustifyControlLabel: t('editor.controls.alignJustify'),
    undoControlLabel: t('editor.controls.undo'),
    redoControlLabel: t('editor.controls.redo'),
    linkEditorInputLabel: t('editor.controls.linkInput'),
    linkEditorInputPlaceholder: 'https://',
    linkEditorExternalLink: t('editor.controls.linkNewTab'),
    linkEditorInternalLink: t('editor.controls.linkSameTab'),
    linkEditorSave: t('editor.controls.linkSave'),
  };
}

import { Node, NodeViewWrapper, ReactNodeViewRenderer } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import classes from '../editor.module.css';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    pageBreak: {
      /** Starts a new page here. */
      setPageBreak: () => ReturnType;
    };
  }
}

export const PageBreak = Node.create({
  name: 'pageBreak',
  // Above the hard break's own Ctrl+Enter: as in word processors, Ctrl+Enter starts a new page (Shift+Enter breaks the line).
  priority: 101,
  group: 'block',
  atom: true,
  selectable: true,
  parseHTML() {
    return [{ tag: 'div[data-page-break]' }];
  },
  renderHTML() {
    return ['div', { 'data-page-break': '' }];
  },
  addCommands() {
    return {
      setPageBreak:
        () =>
        ({ chain }) =>
          chain().insertContent({ type: this.name }).run(),
    };
  },
  addKeyboardShortcuts() {
    return { 'Mod-Enter': () => this.editor.commands.setPageBreak() };
  },
  addNodeView() {
    return ReactNodeViewRenderer(PageBreakView);
  },
});

function PageBreakView() {
  const { t } = useTranslation();
  return (
    <NodeViewWrapper className={classes.pageBreak} contentEditable={false} role="separator" aria-label={t('editor.pageBreak')}>
      <span>{t('editor.pageBreak')}</span>
    </NodeViewWrapper>
  );
}

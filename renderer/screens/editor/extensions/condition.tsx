import { Button, Group } from '@mantine/core';
import { mergeAttributes, Node, NodeViewContent, NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { ChipPopover } from '../../../components/chip-popover';
import { currentLanguage } from '../../../i18n';
import { conditionLabel } from '../../../letter/field-labels';
import { ConditionForm, conditionOf, DEFAULT_CONDITION } from '../condition-form';
import classes from '../editor.module.css';
import { jsonAttribute } from './json-attr';

/** Blocks kept only when a test holds: {test, negate} around block content. */
export const Condition = Node.create({
  name: 'condition',
  group: 'block',
  content: 'block+',
  defining: true,
  isolating: true,
  addAttributes() {
    return {
      test: jsonAttribute('test', DEFAULT_CONDITION.test),
      negate: jsonAttribute('negate', false),
    };
  },
  parseHTML() {
    return [{ tag: 'div[data-condition]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-condition': '' }), 0];
  },
  addNodeView() {
    return ReactNodeViewRenderer(ConditionBlock);
  },
});

function ConditionBlock({ node, updateAttributes, editor, getPos }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const condition = conditionOf(node.attrs);
  const label = conditionLabel(t, condition.test, condition.negate, currentLanguage());

  // Keeps the blocks, drops the wrapper.
  const unwrap = () => {
    const pos = getPos();
    if (typeof pos !== 'number') return;
    editor
      .chain()
      .focus()
      .command(({ tr }) => {
        tr.replaceWith(pos, pos + node.nodeSize, node.content);
        return true;
      })
      .run();
  };

  return (
    <NodeViewWrapper className={classes.condition} role="group" aria-label={label}>
      <Group className={classes.conditionHeader} contentEditable={false} gap="xs" justify="space-between" wrap="nowrap">
        <span className={classes.conditionLabel}>{label}</span>
        <Group gap={4} wrap="nowrap">
          <ChipPopover
            position="bottom-end"
            width={300}
            target={(toggle) => (
              <Button size="compact-xs" variant="subtle" onClick={toggle} aria-label={t('condition.editLabel', { label })}>
                {t('condition.edit')}
              </Button>
            )}
          >
            <ConditionForm value={condition} onChange={(next) => updateAttributes({ test: next.test, negate: next.negate })} />
          </ChipPopover>
          <Button size="compact-xs" variant="subtle" color="gray" onClick={unwrap} aria-label={t('condition.removeLabel', { label })}>
            {t('condition.remove')}
          </Button>
        </Group>
      </Group>
      <NodeViewContent className={classes.conditionContent} />
    </NodeViewWrapper>
  );
}

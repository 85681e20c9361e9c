import { Button, Group, Popover, Stack } from '@mantine/core';
import { mergeAttributes, Node, NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceForm, choiceSummary, type ChoiceValue } from '../../../letter/choice-form';
import classes from '../editor.module.css';
import { jsonAttribute, textAttribute } from './json-attr';

/** Alternatives chosen per recipient: {by: gender | officeType, options, other}. */
export const Choice = Node.create({
  name: 'choice',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return {
      by: textAttribute('by', 'gender'),
      options: jsonAttribute<Record<string, string>>('options', {}),
      other: textAttribute('other', ''),
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-choice]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { 'data-choice': '' }), String(HTMLAttributes['data-other'] ?? '')];
  },
  addNodeView() {
    return ReactNodeViewRenderer(ChoiceChip, { as: 'span' });
  },
});

export function choiceOf(attrs: Record<string, unknown>): ChoiceValue {
  const options = typeof attrs.options === 'object' && attrs.options !== null ? (attrs.options as Record<string, string>) : {};
  return { by: attrs.by === 'officeType' ? 'officeType' : 'gender', options, other: typeof attrs.other === 'string' ? attrs.other : '' };
}

function ChoiceChip({ node, updateAttributes, deleteNode, editor }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const choice = choiceOf(node.attrs);
  const summary = choiceSummary(choice);
  const by = t(choice.by === 'gender' ? 'choice.byGender' : 'choice.byOfficeType');

  return (
    <NodeViewWrapper as="span" className={classes.chipWrapper}>
      <Popover opened={opened} onChange={setOpened} position="bottom-start" withArrow trapFocus returnFocus shadow="md">
        <Popover.Target>
          <button
            type="button"
            className={classes.chip}
            data-kind="choice"
            contentEditable={false}
            aria-label={t('editor.chip.choice', { by, summary })}
            onClick={() => setOpened((o) => !o)}
          >
            {summary}
            <span className={classes.chipTag}>{by}</span>
          </button>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs" w={300}>
            <ChoiceForm value={choice} onChange={(next) => updateAttributes({ ...next })} />
            <Group justify="space-between">
              <Button size="xs" variant="subtle" color="red" onClick={() => deleteNode()}>
                {t('editor.chip.remove')}
              </Button>
              <Button
                size="xs"
                onClick={() => {
                  setOpened(false);
                  editor.commands.focus();
                }}
              >
                {t('editor.chip.done')}
              </Button>
            </Group>
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </NodeViewWrapper>
  );
}

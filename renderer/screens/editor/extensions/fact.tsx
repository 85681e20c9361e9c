import { Button, Group, NativeSelect, Popover, Stack, Text } from '@mantine/core';
import { mergeAttributes, Node, NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isFactStale } from '../../../../shared/facts/schemas';
import { useFacts } from '../../../api/template-queries';
import classes from '../editor.module.css';
import { textAttribute } from './json-attr';

/** A figure or quote from the facts library, cited by id and merged as its current text. */
export const FactNode = Node.create({
  name: 'fact',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return { factId: textAttribute('factId', '') };
  },
  parseHTML() {
    return [{ tag: 'span[data-fact]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { 'data-fact': '' }), `{fact:${String(HTMLAttributes['data-fact-id'])}}`];
  },
  addNodeView() {
    return ReactNodeViewRenderer(FactChip, { as: 'span' });
  },
});

function FactChip({ node, updateAttributes, deleteNode, editor }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const facts = useFacts();
  const factId = String(node.attrs.factId);
  const fact = facts.data?.find((f) => f.id === factId);
  const stale = fact ? isFactStale(fact, new Date()) : false;
  const missing = facts.isSuccess && !fact;
  const label = fact?.label ?? (missing ? t('facts.missing') : t('common.loading'));

  return (
    <NodeViewWrapper as="span" className={classes.chipWrapper}>
      <Popover opened={opened} onChange={setOpened} position="bottom-start" withArrow trapFocus returnFocus shadow="md">
        <Popover.Target>
          <button
            type="button"
            className={classes.chip}
            data-kind="fact"
            data-warning={stale || missing ? 'true' : undefined}
            contentEditable={false}
            aria-label={t('editor.chip.fact', { label }) + (stale ? ` (${t('facts.stale')})` : '')}
            onClick={() => setOpened((o) => !o)}
          >
            {label}
            {stale && <span className={classes.chipTag}>{t('facts.stale')}</span>}
          </button>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs" w={320}>
            <NativeSelect
              label={t('facts.fact')}
              value={fact ? fact.id : ''}
              data={[...(fact ? [] : [{ value: '', label: label }]), ...(facts.data ?? []).map((f) => ({ value: f.id, label: f.label }))]}
              onChange={(event) => event.currentTarget.value && updateAttributes({ factId: event.currentTarget.value })}
            />
            {fact && (
              <Text size="sm" c="dimmed">
                {t('facts.sourceLine', { source: fact.sourceName, date: fact.asOf })}
              </Text>
            )}
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

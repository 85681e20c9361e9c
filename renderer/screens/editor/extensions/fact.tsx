import { NativeSelect, Text } from '@mantine/core';
import { mergeAttributes, Node, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { isFactStale } from '../../../../shared/facts/schemas';
import { useFacts } from '../../../api/template-queries';
import classes from '../editor.module.css';
import { InlineChip } from './inline-chip';
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
  const facts = useFacts();
  const factId = String(node.attrs.factId);
  const fact = facts.data?.find((f) => f.id === factId);
  const stale = fact ? isFactStale(fact, new Date()) : false;
  const missing = facts.isSuccess && !fact;
  const label = fact?.label ?? (missing ? t('facts.missing') : t('common.loading'));

  return (
    <InlineChip
      editor={editor}
      deleteNode={deleteNode}
      kind="fact"
      label={t('editor.chip.fact', { label }) + (stale ? ` (${t('facts.stale')})` : '')}
      warning={stale || missing}
      width={320}
      face={
        <>
          {label}
          {stale && <span className={classes.chipTag}>{t('facts.stale')}</span>}
        </>
      }
    >
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
    </InlineChip>
  );
}

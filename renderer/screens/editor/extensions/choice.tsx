import { mergeAttributes, Node, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { ChoiceForm, choiceSummary, type ChoiceValue } from '../../../letter/choice-form';
import classes from '../editor.module.css';
import { InlineChip } from './inline-chip';
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
  const choice = choiceOf(node.attrs);
  const summary = choiceSummary(choice);
  const by = t(choice.by === 'gender' ? 'choice.byGender' : 'choice.byOfficeType');

  return (
    <InlineChip
      editor={editor}
      deleteNode={deleteNode}
      kind="choice"
      label={t('editor.chip.choice', { by, summary })}
      width={300}
      face={
        <>
          {summary}
          {/* The label reads as the chip does, summary then kind, so speech input can name it by what is seen. */}
          <span className={classes.chipTag}>{by}</span>
        </>
      }
    >
      <ChoiceForm value={choice} onChange={(next) => updateAttributes({ ...next })} />
    </InlineChip>
  );
}

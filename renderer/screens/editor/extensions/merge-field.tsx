import { Checkbox, NativeSelect } from '@mantine/core';
import { mergeAttributes, Node, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { FIELD_FORMATS } from '../../../../shared/letter/document';
import { fieldLabel, fieldSelectData, formatLabel, isFieldFormat, isMergeFieldId } from '../../../letter/field-labels';
import classes from '../editor.module.css';
import { InlineChip } from './inline-chip';
import { jsonAttribute, textAttribute } from './json-attr';

/** A value from the recipient, country, sender, campaign or date: {field, format, allowEmpty}, as in shared/letter/document.ts. */
export const MergeField = Node.create({
  name: 'mergeField',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return {
      field: textAttribute('field', 'recipient.name'),
      format: textAttribute('format', null),
      allowEmpty: jsonAttribute('allowEmpty', false),
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-merge-field]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { 'data-merge-field': '' }), `{${String(HTMLAttributes['data-field'])}}`];
  },
  addNodeView() {
    return ReactNodeViewRenderer(MergeFieldChip, { as: 'span' });
  },
});

function MergeFieldChip({ node, updateAttributes, deleteNode, editor }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const field = isMergeFieldId(node.attrs.field) ? node.attrs.field : null;
  const format = isFieldFormat(node.attrs.format) ? node.attrs.format : null;
  const allowEmpty = node.attrs.allowEmpty === true;
  const label = field ? fieldLabel(t, field) : String(node.attrs.field);

  return (
    <InlineChip
      editor={editor}
      deleteNode={deleteNode}
      kind="field"
      label={t('editor.chip.field', { label })}
      width={280}
      face={
        <>
          {label}
          {format && <span className={classes.chipTag}>{formatLabel(t, format)}</span>}
          {allowEmpty && <span className={classes.chipTag}>{t('editor.chip.mayBeEmpty')}</span>}
        </>
      }
    >
      <NativeSelect
        label={t('mergeField.field')}
        value={field ?? ''}
        data={fieldSelectData(t)}
        onChange={(event) => updateAttributes({ field: event.currentTarget.value })}
      />
      <NativeSelect
        label={t('mergeField.formatLabel')}
        value={format ?? ''}
        data={[{ value: '', label: formatLabel(t, null) }, ...FIELD_FORMATS.map((f) => ({ value: f, label: formatLabel(t, f) }))]}
        onChange={(event) => updateAttributes({ format: event.currentTarget.value || null })}
      />
      <Checkbox
        label={t('mergeField.allowEmpty')}
        description={t('mergeField.allowEmptyHelp')}
        checked={allowEmpty}
        onChange={(event) => updateAttributes({ allowEmpty: event.currentTarget.checked })}
      />
    </InlineChip>
  );
}

import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import type { ReactNode } from 'react';
import { ChipPopover } from '../../../components/chip-popover';
import classes from '../editor.module.css';

/*
 * An inline chip in the text (merge field, choice, fact): a button that
 * reads as one word and opens its form in a ChipPopover; "Remove" deletes
 * the node and "Done" gives the text its focus back.
 */

interface InlineChipProps extends Pick<ReactNodeViewProps, 'editor' | 'deleteNode'> {
  kind: 'field' | 'choice' | 'fact';
  /** What a screen reader says for the chip. */
  label: string;
  /** Marks the chip (a stale or missing fact). */
  warning?: boolean;
  /** What the chip shows. */
  face: ReactNode;
  width: number;
  /** The chip's form. */
  children: ReactNode;
}

export function InlineChip({ editor, deleteNode, kind, label, warning = false, face, width, children }: InlineChipProps) {
  return (
    <NodeViewWrapper as="span" className={classes.chipWrapper}>
      <ChipPopover
        width={width}
        onRemove={() => deleteNode()}
        onDone={() => editor.commands.focus()}
        target={(toggle) => (
          <button
            type="button"
            className={classes.chip}
            data-kind={kind}
            data-warning={warning ? 'true' : undefined}
            contentEditable={false}
            aria-label={label}
            onClick={toggle}
          >
            {face}
          </button>
        )}
      >
        {children}
      </ChipPopover>
    </NodeViewWrapper>
  );
}

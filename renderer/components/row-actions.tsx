import { ActionIcon, Button, Group, Menu } from '@mantine/core';

/*
 * The actions at the end of a list's row, each labelled with the row's name
 * so a screen reader says whose they are: an Edit button and a delete cross
 * (signers, endorsers), or a "⋯" menu (facts, templates).
 */

export function RowActions({
  editText,
  editLabel,
  deleteLabel,
  onEdit,
  onDelete,
}: {
  editText: string;
  editLabel: string;
  deleteLabel: string;
  onEdit: () => void;
  onDelete: () => void;
}) {
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      <Button size="xs" variant="subtle" onClick={onEdit} aria-label={editLabel}>
        {editText}
      </Button>
      <ActionIcon variant="subtle" color="red" onClick={onDelete} aria-label={deleteLabel}>
        ✕
      </ActionIcon>
    </Group>
  );
}

export interface RowMenuItem {
  label: string;
  onClick: () => void;
  /** A destructive item (delete) is red. */
  danger?: boolean;
}

export function RowMenu({ label, items }: { label: string; items: readonly RowMenuItem[] }) {
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={label}>
          ⋯
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {items.map((item) => (
          <Menu.Item key={item.label} color={item.danger ? 'red' : undefined} onClick={item.onClick}>
            {item.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

import { ActionIcon, Button, Group } from '@mantine/core';

/** Edit and delete for one row of a list (signers, endorsers), each labelled with the row's name. */
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

import { EmptyState, Group, Paper, Stack, Table, Text, Title, VisuallyHidden, type MantineSize, type TableProps, type TableTdProps } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from './centered-loader';
import { ConfirmDeleteModal } from './confirm-delete-modal';
import { ErrorAlert } from './error-alert';
import { FormModal } from './form-modal';
import { ScreenTitle } from './screen-title';

/*
 * A titled list of things a person keeps (signers, endorsers, facts,
 * templates): the add buttons beside the title, an empty state, one table
 * row per item with its actions last, and the dialogs that add or edit (a
 * form) and delete (a confirmation), whose state it keeps. As a "screen" it is the whole screen under an h1; as a "panel" a
 * bordered section of one, under an h2 that also names its table.
 */

export interface EntityColumn<T> {
  header: string;
  cell: (item: T) => ReactNode;
  /** The cell's own props (weight, width, white space). */
  cellProps?: TableTdProps;
}

/** What the list's query gives: a TanStack query result fits. */
export interface EntityQuery<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: readonly T[] | undefined;
}

/** The add/edit dialog: a new item is null. */
export interface EntityForm<T> {
  title: (item: T | null) => string;
  size?: MantineSize;
  render: (item: T | null, done: () => void) => ReactNode;
}

/** The delete confirmation; `run` deletes, refreshes and says so. */
export interface EntityDelete<T> {
  title: (item: T) => string;
  body: (item: T) => string;
  confirmLabel: string;
  run: (item: T) => Promise<unknown>;
}

/** What a row's actions (and the add buttons) can open. */
export interface EntityOpeners {
  add: () => void;
  edit: () => void;
  remove: () => void;
}

export interface EntitySectionProps<T extends { id: string }> {
  layout: 'screen' | 'panel';
  title: string;
  /** A screen's title takes the focus on arrival. */
  focusTitle?: boolean;
  /** The add (and import) buttons beside the title; `add` opens the form for a new item. */
  actions: (add: () => void) => ReactNode;
  /** A sentence or a note under the title. */
  intro?: ReactNode;
  query: EntityQuery<T>;
  empty: { title: string; body: string; actions?: (add: () => void) => ReactNode };
  /** The table's name; a panel's table is named by its title. */
  tableLabel?: string;
  tableProps?: TableProps;
  columns: readonly EntityColumn<T>[];
  rowActions: (item: T, open: EntityOpeners) => ReactNode;
  form: EntityForm<T>;
  remove: EntityDelete<T>;
  /** Other dialogs (an import). */
  children?: ReactNode;
}

export function EntitySection<T extends { id: string }>(props: EntitySectionProps<T>) {
  const { t } = useTranslation();
  const titleId = useId();
  const { layout, query, empty, columns, form, remove } = props;
  const screen = layout === 'screen';
  // The item in the form ('new' for a new one) and the one to delete.
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [deleting, setDeleting] = useState<T | null>(null);
  const add = () => setEditing('new');
  const closeForm = () => setEditing(null);
  const openers = (item: T): EntityOpeners => ({ add, edit: () => setEditing(item), remove: () => setDeleting(item) });

  const header = (
    <Group justify="space-between">
      {screen ? (
        <ScreenTitle focusOnMount={props.focusTitle}>{props.title}</ScreenTitle>
      ) : (
        <Title order={2} size="h3" id={titleId}>
          {props.title}
        </Title>
      )}
      {props.actions(add)}
    </Group>
  );

  const emptyState = screen ? (
    <EmptyState py="xl">
      <EmptyState.Title order={2}>{empty.title}</EmptyState.Title>
      <EmptyState.Description>{empty.body}</EmptyState.Description>
      {empty.actions && <EmptyState.Actions>{empty.actions(add)}</EmptyState.Actions>}
    </EmptyState>
  ) : (
    <div>
      <Text fw={600}>{empty.title}</Text>
      <Text size="sm" c="dimmed">
        {empty.body}
      </Text>
    </div>
  );

  // A narrow window scrolls the table inside its own frame (with a visible scrollbar), never the whole page.
  const table = query.data && query.data.length > 0 && (
    <Table.ScrollContainer minWidth={560} type="native">
      <Table {...props.tableProps} {...(screen ? { 'aria-label': props.tableLabel } : { 'aria-labelledby': titleId })}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.header}>{column.header}</Table.Th>
            ))}
            <Table.Th>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {query.data.map((item) => (
            <Table.Tr key={item.id}>
              {columns.map((column) => (
                <Table.Td key={column.header} {...column.cellProps}>
                  {column.cell(item)}
                </Table.Td>
              ))}
              <Table.Td>{props.rowActions(item, openers(item))}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );

  const body = (
    <>
      {header}
      {props.intro}
      {/* A panel is one part of a screen: it does not take the screen's loader. */}
      {screen && query.isPending && <CenteredLoader />}
      {query.isError && <ErrorAlert error={query.error} />}
      {query.data?.length === 0 && emptyState}
      {table}
    </>
  );

  const item = editing === 'new' ? null : editing;
  const dialogs = (
    <>
      <FormModal opened={editing !== null} onClose={closeForm} title={editing !== null && form.title(item)} size={form.size}>
        {form.render(item, closeForm)}
      </FormModal>
      <ConfirmDeleteModal
        opened={deleting !== null}
        title={deleting ? remove.title(deleting) : ''}
        body={deleting ? remove.body(deleting) : ''}
        confirmLabel={remove.confirmLabel}
        onClose={() => setDeleting(null)}
        onDelete={() => (deleting ? remove.run(deleting) : Promise.resolve())}
      />
      {props.children}
    </>
  );

  if (screen) {
    return (
      <Stack gap="sm" maw={1100}>
        {body}
        {dialogs}
      </Stack>
    );
  }
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">{body}</Stack>
      {dialogs}
    </Paper>
  );
}

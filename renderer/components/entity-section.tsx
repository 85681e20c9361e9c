import { EmptyState, Group, Paper, Stack, Table, Text, Title, VisuallyHidden, type TableProps, type TableTdProps } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from './centered-loader';
import { ErrorAlert } from './error-alert';
import { ScreenTitle } from './screen-title';

/*
 * A titled list of things a person keeps (signers, endorsers, facts,
 * templates): the add buttons beside the title, an empty state, one table
 * row per item with its actions last, and the dialogs that add, edit and
 * delete. As a "screen" it is the whole screen under an h1; as a "panel" a
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

interface EntitySectionProps<T extends { id: string }> {
  layout: 'screen' | 'panel';
  title: string;
  /** A screen's title takes the focus on arrival. */
  focusTitle?: boolean;
  /** The add (and import) buttons beside the title. */
  actions: ReactNode;
  /** A sentence or a note under the title. */
  intro?: ReactNode;
  query: EntityQuery<T>;
  empty: { title: string; body: string; actions?: ReactNode };
  /** The table's name; a panel's table is named by its title. */
  tableLabel?: string;
  tableProps?: TableProps;
  columns: readonly EntityColumn<T>[];
  rowActions: (item: T) => ReactNode;
  /** The dialogs: the form and the delete confirmation. */
  children?: ReactNode;
}

export function EntitySection<T extends { id: string }>(props: EntitySectionProps<T>) {
  const { t } = useTranslation();
  const titleId = useId();
  const { layout, query, empty, columns } = props;
  const screen = layout === 'screen';

  const header = (
    <Group justify="space-between">
      {screen ? (
        <ScreenTitle focusOnMount={props.focusTitle}>{props.title}</ScreenTitle>
      ) : (
        <Title order={2} size="h3" id={titleId}>
          {props.title}
        </Title>
      )}
      {props.actions}
    </Group>
  );

  const emptyState = screen ? (
    <EmptyState py="xl">
      <EmptyState.Title order={2}>{empty.title}</EmptyState.Title>
      <EmptyState.Description>{empty.body}</EmptyState.Description>
      {empty.actions && <EmptyState.Actions>{empty.actions}</EmptyState.Actions>}
    </EmptyState>
  ) : (
    <div>
      <Text fw={600}>{empty.title}</Text>
      <Text size="sm" c="dimmed">
        {empty.body}
      </Text>
    </div>
  );

  const table = query.data && query.data.length > 0 && (
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
            <Table.Td>{props.rowActions(item)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
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

  if (screen) {
    return (
      <Stack gap="sm" maw={1100}>
        {body}
        {props.children}
      </Stack>
    );
  }
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">{body}</Stack>
      {props.children}
    </Paper>
  );
}

import { Card, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Fragment, type ReactNode } from 'react';

export interface Column<T> {
  key: string;
  header: string;
  render: (item: T) => ReactNode;
}

interface Props<T> {
  label: string;
  items: T[];
  keyOf: (item: T) => string;
  /** The first column, a row header on a desktop and the title of a card on a phone. */
  primary: Column<T>;
  columns: Column<T>[];
  /** Width below which the table scrolls sideways rather than squeezing its columns. */
  minWidth?: number;
  /** Buttons for one item: a last column, or the foot of its card; null when it has none. */
  actions?: { header: string; render: (item: T) => ReactNode };
  /** What an item shows below its row, across the table, or at the foot of its card; null for nothing. */
  detail?: (item: T) => ReactNode;
}

/** Items as a table, or as cards of label and value on a phone, where a wide table would not fit. */
export function ResponsiveTable<T>({
  label,
  items,
  keyOf,
  primary,
  columns,
  minWidth = 900,
  actions,
  detail,
}: Props<T>) {
  const phone = useMediaQuery('(max-width: 48em)');

  if (phone) {
    return (
      <Stack gap="sm" aria-label={label} role="list">
        {items.map((item) => {
          const buttons = actions?.render(item);
          return (
            <Card key={keyOf(item)} withBorder padding="sm" component="article" role="listitem">
              {primary.render(item)}
              <Stack gap={4} mt="xs">
                {columns.map((column) => (
                  <Group key={column.key} gap="xs" wrap="nowrap" align="flex-start">
                    <Text size="sm" c="dimmed" miw={110}>
                      {column.header}
                    </Text>
                    <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
                      {column.render(item)}
                    </Text>
                  </Group>
                ))}
              </Stack>
              {buttons && <Group mt="sm">{buttons}</Group>}
              {detail?.(item)}
            </Card>
          );
        })}
      </Stack>
    );
  }

  return (
    <Table.ScrollContainer minWidth={minWidth} role="region" aria-label={label}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {[primary, ...columns].map((column) => (
              <Table.Th key={column.key} scope="col">
                {column.header}
              </Table.Th>
            ))}
            {actions && (
              <Table.Th scope="col">
                <VisuallyHidden>{actions.header}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const below = detail?.(item);
            return (
              <Fragment key={keyOf(item)}>
                <Table.Tr>
                  <Table.Th scope="row" fw="normal">
                    {primary.render(item)}
                  </Table.Th>
                  {columns.map((column) => (
                    <Table.Td key={column.key}>{column.render(item)}</Table.Td>
                  ))}
                  {actions && <Table.Td>{actions.render(item)}</Table.Td>}
                </Table.Tr>
                {below && (
                  <Table.Tr>
                    <Table.Td colSpan={columns.length + (actions ? 2 : 1)}>{below}</Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

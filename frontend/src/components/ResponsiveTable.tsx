import { Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';

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
  minWidth?: number;
}

/** Items as a table, or as cards of label and value on a phone. */
export function ResponsiveTable<T>({
  label,
  items,
  keyOf,
  primary,
  columns,
  minWidth = 900,
}: Props<T>) {
  const phone = useMediaQuery('(max-width: 48em)');

  if (phone) {
    return (
      <Stack gap="sm" aria-label={label} role="list">
        {items.map((item) => (
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
          </Card>
        ))}
      </Stack>
    );
  }

  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {[primary, ...columns].map((column) => (
              <Table.Th key={column.key} scope="col">
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={keyOf(item)}>
              <Table.Th scope="row" fw="normal">
                {primary.render(item)}
              </Table.Th>
              {columns.map((column) => (
                <Table.Td key={column.key}>{column.render(item)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

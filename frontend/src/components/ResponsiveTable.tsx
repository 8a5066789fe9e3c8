import { Card, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';

export interface ResponsiveColumn<T> {
  key: string;
  header: string;
  render: (item: T) => ReactNode;
}

interface Props<T> {
  items: T[];
  itemKey: (item: T) => string;
  /** The first column heads each card on a phone. */
  columns: [ResponsiveColumn<T>, ...ResponsiveColumn<T>[]];
  label: string;
  /** Width below which the table scrolls sideways rather than squeezing its columns. */
  minWidth: number;
  /** Buttons for one item: a last column, or the foot of its card; null when it has none. */
  actions?: { header: string; render: (item: T) => ReactNode };
}

/** Items as a table, or as one card each on a phone, where a wide table would not fit. */
export function ResponsiveTable<T>({
  items,
  itemKey,
  columns,
  label,
  minWidth,
  actions,
}: Props<T>) {
  const phone = useMediaQuery('(max-width: 48em)');
  const [title, ...details] = columns;

  if (phone) {
    return (
      <Stack gap="sm">
        {items.map((item) => {
          const buttons = actions?.render(item);
          return (
            <Card key={itemKey(item)} withBorder padding="sm" component="article">
              {title.render(item)}
              <Stack gap={4} mt="xs">
                {details.map((column) => (
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
            </Card>
          );
        })}
      </Stack>
    );
  }

  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped verticalSpacing="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
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
          {items.map((item) => (
            <Table.Tr key={itemKey(item)}>
              {columns.map((column) => (
                <Table.Td key={column.key}>{column.render(item)}</Table.Td>
              ))}
              {actions && <Table.Td>{actions.render(item)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

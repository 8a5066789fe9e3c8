import { Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import type { Institution } from './api';

export interface Column {
  key: string;
  header: string;
  render: (institution: Institution) => ReactNode;
}

interface Props {
  items: Institution[];
  /** The first column names the partner; on a phone it heads each card. */
  columns: [Column, ...Column[]];
}

/** Partners as a table, or as cards on a phone. */
export function PartnerTable({ items, columns }: Props) {
  const phone = useMediaQuery('(max-width: 48em)');
  const [title, ...details] = columns;

  if (phone) {
    return (
      <Stack gap="sm">
        {items.map((institution) => (
          <Card key={institution.id} withBorder padding="sm" component="article">
            {title.render(institution)}
            <Stack gap={4} mt="xs">
              {details.map((column) => (
                <Group key={column.key} gap="xs" wrap="nowrap" align="flex-start">
                  <Text size="sm" c="dimmed" miw={110}>
                    {column.header}
                  </Text>
                  <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
                    {column.render(institution)}
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
    <Table.ScrollContainer minWidth={700}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key} scope="col">
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((institution) => (
            <Table.Tr key={institution.id}>
              {columns.map((column) => (
                <Table.Td key={column.key}>{column.render(institution)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import { ActionIcon, Group, Paper, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface Props {
  /** "Place 1": names the group for screen readers and the remove button. */
  label: string;
  removeLabel: string;
  onRemove: () => void;
  children: ReactNode;
}

/** One row of a list the form edits, named, with a button that removes it. */
export function FormRow({ label, removeLabel, onRemove, children }: Props) {
  return (
    <Paper withBorder p="sm" role="group" aria-label={label}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Text size="sm" fw={600}>
          {label}
        </Text>
        <ActionIcon variant="subtle" color="red" aria-label={removeLabel} onClick={onRemove}>
          <IconTrash size={18} aria-hidden />
        </ActionIcon>
      </Group>
      {children}
    </Paper>
  );
}

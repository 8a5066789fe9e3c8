import { Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A part of the application the checklist can jump to: a landmark named by its title. */
export function FormSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      id={id}
      tabIndex={-1}
      aria-labelledby={`${id}-title`}
    >
      <Title order={2} size="h4" mb="sm" id={`${id}-title`}>
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}

import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

interface StaleProps {
  title: string;
  message: string;
  reloadLabel: string;
  onReload?: () => void;
}

/** Someone else saved the record meanwhile: the form keeps the input and offers the new version. */
export function StaleAlert({ title, message, reloadLabel, onReload }: StaleProps) {
  return (
    <Alert role="alert" color="orange" icon={<IconAlertTriangle aria-hidden />} title={title}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{message}</Text>
        <Button size="xs" variant="default" onClick={onReload}>
          {reloadLabel}
        </Button>
      </Stack>
    </Alert>
  );
}

/** What the server refused that no field of the form shows; nothing when there is nothing. */
export function RefusalAlert({ title, messages }: { title: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <Alert role="alert" color="red" icon={<IconAlertTriangle aria-hidden />} title={title}>
      <List size="sm">
        {messages.map((message) => (
          <List.Item key={message}>{message}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

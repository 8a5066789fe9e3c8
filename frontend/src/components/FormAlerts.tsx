import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

interface StaleProps {
  title: string;
  message: string;
  reloadLabel: string;
  reloading?: boolean;
  onReload?: () => void;
}

/** Someone else saved the record meanwhile: the form keeps the input and offers the new version. */
export function StaleAlert({ title, message, reloadLabel, reloading, onReload }: StaleProps) {
  return (
    <Alert role="alert" color="orange" icon={<IconAlertTriangle aria-hidden />} title={title}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{message}</Text>
        <Button size="xs" variant="default" loading={reloading} onClick={onReload}>
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

interface Props {
  /** Someone else saved the record since it was loaded. */
  stale?: StaleProps;
  /** The refusals the form has no field for, under a title. */
  otherErrors: string[];
  otherErrorsTitle: string;
}

/** What a form shows above its fields when a save was refused. */
export function FormAlerts({ stale, otherErrors, otherErrorsTitle }: Props) {
  return (
    <>
      {stale && <StaleAlert {...stale} />}
      <RefusalAlert title={otherErrorsTitle} messages={otherErrors} />
    </>
  );
}

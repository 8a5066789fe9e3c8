import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

interface Props {
  /** Someone else saved the record since it was loaded. */
  stale?: {
    title: string;
    message: string;
    reloadLabel: string;
    reloading: boolean;
    onReload: () => void;
  };
  /** The refusals the form has no field for, under a title. */
  otherErrors: string[];
  otherErrorsTitle: string;
}

/** What a form shows above its fields when a save was refused. */
export function FormAlerts({ stale, otherErrors, otherErrorsTitle }: Props) {
  return (
    <>
      {stale && (
        <Alert
          role="alert"
          color="orange"
          icon={<IconAlertTriangle aria-hidden />}
          title={stale.title}
        >
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{stale.message}</Text>
            <Button size="xs" variant="default" loading={stale.reloading} onClick={stale.onReload}>
              {stale.reloadLabel}
            </Button>
          </Stack>
        </Alert>
      )}
      {otherErrors.length > 0 && (
        <Alert
          role="alert"
          color="red"
          icon={<IconAlertTriangle aria-hidden />}
          title={otherErrorsTitle}
        >
          <List size="sm">
            {otherErrors.map((message) => (
              <List.Item key={message}>{message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </>
  );
}

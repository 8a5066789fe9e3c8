import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement, LifecycleAction } from './api';
import type { Refusal } from './refusal';

/** What the dialogs of the lifecycle actions are given. */
export interface LifecycleDialogProps {
  agreement: Agreement;
  opened: boolean;
  loading: boolean;
  onCancel: () => void;
  /** Runs the action; answers how the server refused it, if it did. */
  onConfirm: (action: LifecycleAction, values: unknown) => Promise<Refusal | undefined>;
}

interface Props {
  opened: boolean;
  title: string;
  confirmLabel: string;
  danger?: boolean;
  loading?: boolean;
  /** What the server said that no field shows. */
  error?: string;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  children: ReactNode;
}

/** A confirmation dialog with fields: the action runs only on the confirm button. */
export function ActionDialog({
  opened,
  title,
  confirmLabel,
  danger,
  loading,
  error,
  onSubmit,
  onCancel,
  children,
}: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onCancel} title={title} centered size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {children}
          {error && (
            <Alert role="alert" color="red" icon={<IconAlertTriangle aria-hidden />}>
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel} disabled={loading}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={danger ? 'red' : undefined} loading={loading}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

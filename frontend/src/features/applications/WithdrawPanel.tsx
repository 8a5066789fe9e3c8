import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/problem';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import {
  applicationKey,
  MY_APPLICATIONS_KEY,
  withdrawApplication,
  type MyApplication,
} from './api';

interface Props {
  application: MyApplication;
  onWithdrawn: () => void;
  onRefused: () => Promise<unknown>;
}

/** Withdraws a submitted application before the deadline, after saying it cannot be undone. */
export function WithdrawPanel({ application, onWithdrawn, onRefused }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const withdraw = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const withdrawn = await withdrawApplication(application.id);
      client.setQueryData(applicationKey(application.id), withdrawn);
      void client.invalidateQueries({ queryKey: MY_APPLICATIONS_KEY, exact: true });
      notifications.show({ color: 'teal', message: t('applications.withdraw.done') });
      onWithdrawn();
    } catch (problem) {
      setError(
        problem instanceof ApiProblem && problem.status < 500
          ? (problem.detail ?? problem.message)
          : t('common.errorDescription'),
      );
      await onRefused();
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <Stack gap="xs" align="flex-start">
      <Text size="sm" c="dimmed">
        {t('applications.withdraw.hint')}
      </Text>
      <Button variant="outline" color="red" onClick={() => setConfirming(true)}>
        {t('applications.withdraw.button')}
      </Button>
      {error && (
        <Text size="sm" c="red.8" role="alert">
          {error}
        </Text>
      )}
      <ConfirmDialog
        opened={confirming}
        title={t('applications.withdraw.confirmTitle')}
        message={t('applications.withdraw.confirmMessage')}
        confirmLabel={t('applications.withdraw.confirm')}
        danger
        loading={busy}
        onConfirm={() => void withdraw()}
        onCancel={() => setConfirming(false)}
      />
    </Stack>
  );
}

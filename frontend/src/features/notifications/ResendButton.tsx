import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/problem';
import { useResendNotification, type Notification } from './api';
import { useNotificationText } from './text';

/** Queues a delivered, failed or skipped notification again (coordinators only). */
export function ResendButton({ notification }: { notification: Notification }) {
  const { t } = useTranslation();
  const text = useNotificationText();
  const resend = useResendNotification();

  const send = () =>
    resend.mutate(notification.id, {
      onSuccess: () =>
        notifications.show({ color: 'teal', message: t('notifications.resend.done') }),
      onError: (error) => {
        let message = text.problem(error);
        if (error instanceof ApiProblem && error.status === 409)
          message = t('notifications.resend.alreadyPending');
        if (error instanceof ApiProblem && error.status === 422)
          message = t('notifications.resend.noWebhook');
        notifications.show({ color: 'red', title: t('notifications.resend.failed'), message });
      },
    });

  return (
    <Button
      size="xs"
      variant="light"
      leftSection={<IconSend size={14} aria-hidden />}
      loading={resend.isPending}
      onClick={send}
    >
      {t('notifications.resend.action')}
    </Button>
  );
}

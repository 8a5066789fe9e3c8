import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NotificationStatus } from './api';

const STATUS_COLORS: Record<NotificationStatus, string> = {
  PENDING: 'blue',
  DELIVERED: 'teal',
  FAILED: 'red',
  SKIPPED: 'gray',
};

export function NotificationStatusBadge({ status }: { status: NotificationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" style={{ flexShrink: 0 }}>
      {t(`notifications.status.${status}`)}
    </Badge>
  );
}

import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth';
import { ResponsiveTable, type Column as ResponsiveColumn } from '../../components/ResponsiveTable';
import { formatDateTime } from '../../i18n';
import type { Notification } from './api';
import { NotificationStatusBadge } from './NotificationStatusBadge';
import { PartnerLabel } from './PartnerLabel';
import { ResendButton } from './ResendButton';
import { useNotificationText } from './text';

type Column = ResponsiveColumn<Notification>;

function useColumns(): [Column, ...Column[]] {
  const { t } = useTranslation();
  const text = useNotificationText();
  const instant = (value?: string) => (value ? formatDateTime(value) : t('common.none'));
  return [
    {
      key: 'event',
      header: t('notifications.columns.event'),
      render: (notification) => (
        <Anchor
          component={Link}
          to={`/manage/agreements/${notification.subjectId}`}
          fw={500}
          size="sm"
        >
          {text.type(notification.type)}
        </Anchor>
      ),
    },
    {
      key: 'partner',
      header: t('notifications.columns.partner'),
      render: (notification) => <PartnerLabel id={notification.institutionId} />,
    },
    {
      key: 'status',
      header: t('notifications.columns.status'),
      render: (notification) => <NotificationStatusBadge status={notification.status} />,
    },
    {
      key: 'created',
      header: t('notifications.columns.created'),
      render: (notification) => instant(notification.createdAt),
    },
    {
      key: 'attempts',
      header: t('notifications.columns.attempts'),
      render: (notification) => notification.attempts,
    },
    {
      key: 'nextAttempt',
      header: t('notifications.columns.nextAttempt'),
      render: (notification) => instant(notification.nextAttemptAt),
    },
    {
      key: 'delivered',
      header: t('notifications.columns.delivered'),
      render: (notification) => instant(notification.deliveredAt),
    },
    {
      key: 'lastError',
      header: t('notifications.columns.lastError'),
      render: (notification) => notification.lastError ?? t('common.none'),
    },
    {
      key: 'resent',
      header: t('notifications.columns.resent'),
      render: ({ resentAt, resentBy }) =>
        resentAt
          ? t('notifications.resentBy', {
              date: formatDateTime(resentAt),
              name: resentBy ?? t('common.none'),
            })
          : t('common.none'),
    },
  ];
}

/** Notifications as a table, or as cards on a phone; coordinators can send each one again. */
export function NotificationTable({ items }: { items: Notification[] }) {
  const { t } = useTranslation();
  const [primary, ...columns] = useColumns();
  const canResend = useCurrentUser().hasAnyRole('coordinator');
  return (
    <ResponsiveTable
      items={items}
      keyOf={(notification) => notification.id}
      primary={primary}
      columns={columns}
      label={t('notifications.title')}
      minWidth={1100}
      actions={
        canResend
          ? {
              header: t('notifications.columns.actions'),
              // A pending notification is already queued: the API refuses to queue it twice.
              render: (notification) =>
                notification.status === 'PENDING' ? null : (
                  <ResendButton notification={notification} />
                ),
            }
          : undefined
      }
    />
  );
}

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import type { paths } from '../../api/schema';

export type Notification = Schemas['Notification'];
export type NotificationPage = Schemas['NotificationPage'];
export type NotificationStatus = Schemas['OutboxStatus'];
export type NotificationListQuery = NonNullable<
  paths['/api/v1/notifications']['get']['parameters']['query']
>;
export type Webhook = Schemas['Webhook'];

export const NOTIFICATION_STATUSES = [
  'PENDING',
  'DELIVERED',
  'FAILED',
  'SKIPPED',
] as const satisfies NotificationStatus[];

/** What the API writes to a partner's outbox: "agreement." and the lifecycle action (not plain edits). */
export const NOTIFICATION_TYPES = [
  'agreement.create',
  'agreement.edit-conditions',
  'agreement.sign',
  'agreement.approve',
  'agreement.decline',
  'agreement.terminate',
  'agreement.restore-approved',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

const keys = {
  lists: ['notifications', 'list'] as const,
  list: (query: NotificationListQuery) => ['notifications', 'list', query] as const,
  webhook: (institutionId: string) => ['notifications', 'webhook', institutionId] as const,
};

export function useNotificationList(query: NotificationListQuery) {
  return useQuery({
    queryKey: keys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/notifications', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** Queues a notification again; the row shown is replaced by the answer, then the lists reload. */
export function useResendNotification() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/v1/notifications/{id}/resend', { params: { path: { id } } })),
    onSuccess: (sent) => {
      client.setQueriesData<NotificationPage>({ queryKey: keys.lists }, (page) =>
        page
          ? { ...page, items: page.items.map((item) => (item.id === sent.id ? sent : item)) }
          : page,
      );
      return client.invalidateQueries({ queryKey: keys.lists });
    },
  });
}

/** The partner's webhook, or null when it has none (the API answers 204 without a body). */
export function useWebhook(institutionId: string) {
  return useQuery({
    queryKey: keys.webhook(institutionId),
    queryFn: async (): Promise<Webhook | null> =>
      (await unwrap(
        api.GET('/api/v1/institutions/{id}/webhook', { params: { path: { id: institutionId } } }),
      )) ?? null,
  });
}

/** Sets the URL; the answer carries the new secret, which is never kept in the cache. */
export function useSaveWebhook(institutionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (url: string) =>
      unwrap(
        api.PUT('/api/v1/institutions/{id}/webhook', {
          params: { path: { id: institutionId } },
          body: { url },
        }),
      ),
    onSuccess: ({ secret: _secret, ...saved }) => {
      client.setQueryData(keys.webhook(institutionId), saved);
    },
  });
}

export function useRemoveWebhook(institutionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/v1/institutions/{id}/webhook', {
          params: { path: { id: institutionId } },
        }),
      ),
    onSuccess: () => client.setQueryData(keys.webhook(institutionId), null),
  });
}

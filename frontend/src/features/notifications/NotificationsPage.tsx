import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PagedResults } from '../../components/PagedResults';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { useNotificationList } from './api';
import {
  isFiltered,
  PAGE_SIZE,
  toNotificationListQuery,
  useNotificationListParams,
} from './listParams';
import { NotificationFilters } from './NotificationFilters';
import { NotificationTable } from './NotificationTable';

/** The change notifications sent to partners' systems, with their delivery state. */
export function NotificationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.title'));
  const [params, setParams] = useNotificationListParams();
  const query = useNotificationList(toNotificationListQuery(params));

  let results;
  if (query.isPending) results = <PageState kind="loading" />;
  else if (query.isError) results = <PageState kind="error" onRetry={() => void query.refetch()} />;
  else if (query.data.items.length === 0)
    results = isFiltered(params) ? (
      <PageState
        kind="empty"
        title={t('notifications.empty.filters')}
        description={t('notifications.empty.filtersHint')}
      />
    ) : (
      <PageState
        kind="info"
        title={t('notifications.empty.none')}
        description={t('notifications.empty.noneHint')}
      />
    );
  else
    results = (
      <PagedResults
        totalText={t('notifications.total', { count: query.data.total })}
        total={query.data.total}
        pageSize={PAGE_SIZE}
        page={params.page}
        onPage={(page) => setParams({ page })}
        stale={query.isPlaceholderData}
        busy={query.isFetching}
      >
        <NotificationTable items={query.data.items} />
      </PagedResults>
    );

  return (
    <Stack>
      <Title order={1}>{t('notifications.title')}</Title>
      <Text c="dimmed">{t('notifications.intro')}</Text>
      <NotificationFilters params={params} onChange={setParams} />
      {results}
    </Stack>
  );
}

import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedResults } from '../../components/PagedResults';
import { PageState } from '../../components/PageState';
import { ResponsiveTable, type Column } from '../../components/ResponsiveTable';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime } from '../../i18n';
import { useCallList, type CallSummary } from './api';
import { CallFilters } from './CallFilters';
import { CallStatusBadge } from './CallStatusBadge';
import { isFiltered, PAGE_SIZE, toCallListQuery, useCallListParams } from './listParams';
import { NewCallButton } from './NewCallButton';
import { useCallText } from './text';

function useColumns(): Column<CallSummary>[] {
  const { t } = useTranslation();
  const text = useCallText();
  return [
    {
      key: 'status',
      header: t('calls.columns.status'),
      render: (call) => <CallStatusBadge status={call.status} />,
    },
    {
      key: 'type',
      header: t('calls.columns.mobilityType'),
      render: (call) => text.mobilityType(call.mobilityType),
    },
    {
      key: 'year',
      header: t('calls.columns.academicYear'),
      render: (call) => call.academicYear,
    },
    {
      key: 'places',
      header: t('calls.columns.places'),
      render: (call) =>
        t('calls.columns.placesValue', { places: call.totalPlaces, count: call.partnerCount }),
    },
    {
      key: 'deadline',
      header: t('calls.columns.deadline'),
      render: (call) => formatDateTime(call.schedule.deadline, call.schedule.timeZone, true),
    },
    {
      key: 'updatedAt',
      header: t('calls.columns.updatedAt'),
      render: (call) => formatDateTime(call.updatedAt),
    },
  ];
}

/** The mobility calls; coordinators make and publish them, admins only look. */
export function CallsPage() {
  const { t } = useTranslation();
  usePageTitle(t('calls.manage.title'));
  const text = useCallText();
  const [params, setParams] = useCallListParams();
  const query = useCallList(toCallListQuery(params));
  const columns = useColumns();

  let results;
  if (query.isPending) results = <PageState kind="loading" />;
  else if (query.isError) results = <PageState kind="error" onRetry={() => void query.refetch()} />;
  else if (query.data.items.length === 0)
    results = isFiltered(params) ? (
      <PageState
        kind="empty"
        title={t('calls.manage.emptyFilters')}
        description={t('calls.manage.emptyHint')}
      />
    ) : (
      <PageState kind="empty" title={t('calls.manage.empty')} action={<NewCallButton />} />
    );
  else
    results = (
      <PagedResults
        totalText={t('calls.manage.total', { count: query.data.total })}
        total={query.data.total}
        pageSize={PAGE_SIZE}
        page={params.page}
        onPage={(page) => setParams({ page })}
        stale={query.isPlaceholderData}
        busy={query.isFetching}
      >
        <ResponsiveTable
          label={t('calls.manage.title')}
          items={query.data.items}
          keyOf={(call) => call.id}
          primary={{
            key: 'title',
            header: t('calls.columns.title'),
            render: (call) => (
              <Anchor component={Link} to={`/manage/calls/${call.id}`} fw={500} size="sm">
                {text.text(call.title)}
              </Anchor>
            ),
          }}
          columns={columns}
        />
      </PagedResults>
    );

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('calls.manage.title')}</Title>
        <NewCallButton />
      </Group>
      <Text c="dimmed">{t('calls.manage.intro')}</Text>
      <CallFilters params={params} onChange={setParams} />
      {results}
    </Stack>
  );
}

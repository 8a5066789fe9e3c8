import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedResults } from '../../components/PagedResults';
import { PageState } from '../../components/PageState';
import { ResponsiveTable, type Column } from '../../components/ResponsiveTable';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime } from '../../i18n';
import { useNameById } from '../reference';
import { participantName, useNominationList, type Nomination } from './api';
import { NominationFilters } from './NominationFilters';
import { NominationStatusBadge } from './NominationStatusBadge';
import {
  isFiltered,
  PAGE_SIZE,
  toNominationListQuery,
  useNominationListParams,
} from './listParams';
import { useCallTitles, usePeriodText } from './text';

function useColumns(): Column<Nomination>[] {
  const { t } = useTranslation();
  const nameById = useNameById();
  const calls = useCallTitles();
  const period = usePeriodText();
  return [
    {
      key: 'call',
      header: t('nominations.columns.call'),
      render: (n) => calls.title(n.callId) ?? n.academicYear,
    },
    {
      key: 'partner',
      header: t('nominations.columns.partner'),
      render: (n) => nameById(n.partnerInstitutionId, '—'),
    },
    { key: 'period', header: t('nominations.columns.period'), render: period },
    {
      key: 'status',
      header: t('nominations.columns.status'),
      render: (n) => <NominationStatusBadge status={n.status} />,
    },
    {
      key: 'nominated',
      header: t('nominations.columns.nominated'),
      render: (n) => formatDateTime(n.createdAt),
    },
  ];
}

function NominationList() {
  const { t } = useTranslation();
  const [params, setParams] = useNominationListParams();
  const query = useNominationList(toNominationListQuery(params));
  const columns = useColumns();

  let results;
  if (query.isPending) results = <PageState kind="loading" />;
  else if (query.isError) results = <PageState kind="error" onRetry={() => void query.refetch()} />;
  else if (query.data.items.length === 0)
    results = isFiltered(params) ? (
      <PageState kind="empty" title={t('nominations.empty.filters')} />
    ) : (
      <PageState
        kind="empty"
        title={t('nominations.empty.none')}
        description={t('nominations.empty.hint')}
      />
    );
  else
    results = (
      <PagedResults
        totalText={t('nominations.total', { count: query.data.total })}
        total={query.data.total}
        pageSize={PAGE_SIZE}
        page={params.page}
        onPage={(page) => setParams({ page })}
        stale={query.isPlaceholderData}
        busy={query.isFetching}
      >
        <ResponsiveTable
          label={t('nominations.title')}
          items={query.data.items}
          keyOf={(n) => n.id}
          minWidth={820}
          primary={{
            key: 'participant',
            header: t('nominations.columns.participant'),
            render: (n) => (
              <Anchor component={Link} to={`/manage/nominations/${n.id}`} fw={500} size="sm">
                {participantName(n)}
              </Anchor>
            ),
          }}
          columns={columns}
        />
      </PagedResults>
    );

  return (
    <>
      <NominationFilters params={params} onChange={setParams} />
      {results}
    </>
  );
}

/** The candidates nominated to partners, and where each stands. */
export function NominationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('nominations.title'));
  return (
    <Stack>
      <Title order={1}>{t('nominations.title')}</Title>
      <Text c="dimmed">{t('nominations.intro')}</Text>
      <NominationList />
    </Stack>
  );
}

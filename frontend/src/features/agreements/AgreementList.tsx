import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PagedResults } from '../../components/PagedResults';
import { PageState } from '../../components/PageState';
import { ResponsiveTable, type Column } from '../../components/ResponsiveTable';
import { formatDateTime } from '../../i18n';
import { useAgreementList, type AgreementSummary } from './api';
import { AgreementFilters } from './AgreementFilters';
import { AgreementPartnerLink } from './AgreementPartnerLink';
import { AgreementStatusBadge, AmendmentBadge, ExpiringBadge } from './AgreementStatusBadge';
import { isFiltered, PAGE_SIZE, toAgreementListQuery, useAgreementListParams } from './listParams';
import { NewAgreementButton } from './NewAgreementButton';
import { formatDate, useAgreementText } from './text';

function useColumns(): Column<AgreementSummary>[] {
  const { t } = useTranslation();
  const { years, mobilityType } = useAgreementText();
  return [
    {
      key: 'years',
      header: t('agreements.columns.years'),
      render: (agreement) => (
        <Stack gap={4} align="flex-start">
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {years(agreement.firstAcademicYear, agreement.lastAcademicYear)}
          </Text>
          <Text size="xs" c="dimmed">
            {t('agreements.endsOn', { date: formatDate(agreement.endsOn) })}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'status',
      header: t('agreements.columns.status'),
      render: (agreement) => (
        <Group gap={4}>
          <AgreementStatusBadge status={agreement.status} />
          {agreement.amendment && <AmendmentBadge amendment={agreement.amendment} />}
          {agreement.expiringSoon && <ExpiringBadge />}
        </Group>
      ),
    },
    {
      key: 'mobilityTypes',
      header: t('agreements.columns.mobilityTypes'),
      render: (agreement) =>
        agreement.mobilityTypes.map((type) => mobilityType(type)).join(', ') || t('common.none'),
    },
    {
      key: 'flows',
      header: t('agreements.columns.flows'),
      render: (agreement) => agreement.flowCount,
    },
    {
      key: 'updatedAt',
      header: t('agreements.columns.updatedAt'),
      render: (agreement) => formatDateTime(agreement.updatedAt),
    },
  ];
}

const partnerColumn = (header: string): Column<AgreementSummary> => ({
  key: 'partner',
  header,
  render: (agreement) => <AgreementPartnerLink agreement={agreement} fw={500} size="sm" />,
});

/** The filters and one page of agreements, or the loading, error or empty state. */
export function AgreementList() {
  const { t } = useTranslation();
  const [params, setParams] = useAgreementListParams();
  const query = useAgreementList(toAgreementListQuery(params));
  const columns = useColumns();

  let results;
  if (query.isPending) results = <PageState kind="loading" />;
  else if (query.isError) results = <PageState kind="error" onRetry={() => void query.refetch()} />;
  else if (query.data.items.length === 0)
    results = isFiltered(params) ? (
      <PageState
        kind="empty"
        title={t('agreements.empty.filters')}
        description={t('agreements.empty.hint')}
      />
    ) : (
      <PageState kind="empty" title={t('agreements.empty.none')} action={<NewAgreementButton />} />
    );
  else
    results = (
      <PagedResults
        totalText={t('agreements.total', { count: query.data.total })}
        total={query.data.total}
        pageSize={PAGE_SIZE}
        page={params.page}
        onPage={(page) => setParams({ page })}
        stale={query.isPlaceholderData}
        busy={query.isFetching}
      >
        <ResponsiveTable
          label={t('agreements.title')}
          items={query.data.items}
          keyOf={(agreement) => agreement.id}
          primary={partnerColumn(t('agreements.columns.partner'))}
          columns={columns}
        />
      </PagedResults>
    );

  return (
    <>
      <AgreementFilters params={params} onChange={setParams} />
      {results}
    </>
  );
}

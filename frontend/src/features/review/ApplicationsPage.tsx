import { Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { LoadError } from '../../components/LoadError';
import { PagedResults } from '../../components/PagedResults';
import { PageState } from '../../components/PageState';
import { ResponsiveTable, type Column } from '../../components/ResponsiveTable';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime, useLanguage } from '../../i18n';
import { useCall } from '../calls/api';
import { useReviewList, type Call, type ReviewApplicationSummary } from './api';
import { ApplicationBadges } from './Badges';
import { ExportButtons } from './ExportButtons';
import {
  CLEARED_FILTERS,
  isFiltered,
  PAGE_SIZE,
  toFilterQuery,
  toReviewListQuery,
  useReviewListParams,
} from './listParams';
import { ReviewFilters } from './ReviewFilters';
import { useInstitutionNames } from '../reference';
import { localizedText, preferencesText } from './text';

function useColumns(timeZone: string): Column<ReviewApplicationSummary>[] {
  const { t } = useTranslation();
  const names = useInstitutionNames();
  return [
    {
      key: 'applicant',
      header: t('review.list.columns.applicant'),
      render: (application) => (
        <Stack gap={0}>
          <Text size="sm" fw={500}>
            {application.applicantName}
          </Text>
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {application.applicantEmail ?? t('review.list.noEmail')}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'submittedAt',
      header: t('review.list.columns.submittedAt'),
      render: (application) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(application.submittedAt, timeZone)}
        </Text>
      ),
    },
    {
      key: 'preferences',
      header: t('review.list.columns.preferences'),
      render: (application) =>
        application.preferences.length ? (
          <List size="sm" listStyleType="none" spacing={2}>
            {preferencesText(application.preferences, names).map((text) => (
              <List.Item key={text}>{text}</List.Item>
            ))}
          </List>
        ) : (
          t('common.none')
        ),
    },
    {
      key: 'documents',
      header: t('review.list.columns.documents'),
      render: (application) => application.documentCount,
    },
    {
      key: 'status',
      header: t('review.list.columns.status'),
      render: (application) => (
        <ApplicationBadges status={application.status} eligibility={application.eligibility} />
      ),
    },
  ];
}

const receiptColumn = (header: string): Column<ReviewApplicationSummary> => ({
  key: 'receipt',
  header,
  render: (application) => (
    <Anchor
      component={Link}
      to={`/manage/applications/${application.id}`}
      fw={500}
      size="sm"
      style={{ whiteSpace: 'nowrap' }}
    >
      {application.receiptNumber}
    </Anchor>
  ),
});

/** A call's submitted applications, filtered and sorted as the address says, with the export. */
export function ApplicationsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { callId = '' } = useParams();
  const call = useCall(callId);
  const title = call.data ? localizedText(call.data.title, language) : undefined;
  usePageTitle(title ? `${t('review.list.title')} · ${title}` : t('review.list.title'));

  let content;
  if (call.isPending) content = <PageState kind="loading" />;
  else if (call.isError)
    content = (
      <LoadError
        asPage
        error={call.error}
        notFound={t('review.list.callNotFound')}
        onRetry={() => void call.refetch()}
      />
    );
  else content = <CallApplications call={call.data} title={title ?? ''} />;

  return (
    <Stack>
      <BackLink to={`/manage/calls/${callId}`} label={t('review.list.backToCall')} />
      {content}
    </Stack>
  );
}

function CallApplications({ call, title }: { call: Call; title: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useReviewListParams();
  const query = useReviewList(call.id, toReviewListQuery(params));
  const timeZone = call.schedule.timeZone;
  const columns = useColumns(timeZone);

  let results;
  if (query.isPending) results = <PageState kind="loading" />;
  else if (query.isError) results = <PageState kind="error" onRetry={() => void query.refetch()} />;
  else if (query.data.items.length === 0)
    results = isFiltered(params) ? (
      <PageState
        kind="empty"
        title={t('review.list.emptyFiltered')}
        description={t('review.list.emptyFilteredHint')}
        action={
          <Button
            variant="default"
            leftSection={<IconFilterOff size={16} aria-hidden />}
            onClick={() => setParams(CLEARED_FILTERS)}
          >
            {t('review.filters.clear')}
          </Button>
        }
      />
    ) : (
      <PageState
        kind="empty"
        title={t('review.list.emptyNone')}
        description={t('review.list.emptyNoneHint')}
      />
    );
  else
    results = (
      <PagedResults
        totalText={t('review.list.total', { count: query.data.total })}
        total={query.data.total}
        pageSize={PAGE_SIZE}
        page={params.page}
        onPage={(page) => setParams({ page })}
        stale={query.isPlaceholderData}
        busy={query.isFetching}
      >
        <ResponsiveTable
          label={t('review.list.title')}
          items={query.data.items}
          keyOf={(application) => application.id}
          primary={receiptColumn(t('review.list.columns.receipt'))}
          columns={columns}
          minWidth={960}
        />
      </PagedResults>
    );

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{t('review.list.title')}</Title>
          <Text c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {t('review.list.subtitle', { call: title, year: call.academicYear })}
          </Text>
        </Stack>
        <ExportButtons
          callId={call.id}
          query={toFilterQuery(params)}
          disabled={query.data?.total === 0}
        />
      </Group>
      <ReviewFilters call={call} params={params} onChange={setParams} />
      <Text size="sm" c="dimmed">
        {t('review.timesIn', { zone: timeZone })}
      </Text>
      {results}
    </Stack>
  );
}

import { Anchor, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedResults } from '../../components/PagedResults';
import { PageState } from '../../components/PageState';
import { pageOf, useListParams } from '../../components/useListParams';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime, zoneName } from '../../i18n';
import { useInstitutionNames } from '../reference';
import { usePublicCalls, type PublicCallSummary } from './api';
import { useCallText } from './text';

export const PUBLIC_PAGE_SIZE = 20;

function CallCard({ call }: { call: PublicCallSummary }) {
  const { t } = useTranslation();
  const text = useCallText();
  const names = useInstitutionNames();
  const { schedule } = call;
  const upcoming = !schedule.acceptingApplications;
  return (
    <Card withBorder padding="md" component="article" role="listitem">
      <Stack gap="xs">
        <Anchor component={Link} to={`/calls/${call.id}`} fw={600} size="lg">
          {text.text(call.title)}
        </Anchor>
        <Group gap="xs">
          <Badge variant="light">{text.mobilityType(call.mobilityType)}</Badge>
          <Badge variant="outline" color="gray">
            {t('calls.academicYearValue', { year: call.academicYear })}
          </Badge>
          {upcoming && (
            <Badge color="orange" variant="light">
              {t('calls.public.upcoming')}
            </Badge>
          )}
        </Group>
        <div>
          <Text size="sm" c="dimmed">
            {t('calls.public.partners')}
          </Text>
          <List size="sm" spacing={2}>
            {call.places.map((place) => (
              <List.Item key={place.partner.id}>
                {t('calls.public.partnerPlaces', {
                  name: names.name(place.partner),
                  country: names.country(place.partner),
                  places: place.places,
                })}
              </List.Item>
            ))}
          </List>
        </div>
        <Text size="sm">
          {upcoming && (
            <>
              {t('calls.public.opens', {
                time: formatDateTime(schedule.opensAt, schedule.timeZone, true),
              })}
              {' · '}
            </>
          )}
          <Text span fw={600} size="sm">
            {t('calls.public.deadline', {
              time: formatDateTime(schedule.deadline, schedule.timeZone, true),
            })}
          </Text>{' '}
          <Text span c="dimmed" size="xs">
            {zoneName(schedule.timeZone, Date.parse(schedule.deadline))}
          </Text>
        </Text>
      </Stack>
    </Card>
  );
}

/** The open and upcoming calls, for anyone, the soonest deadline first. */
export function PublicCallsPage() {
  const { t } = useTranslation();
  usePageTitle(t('calls.public.title'));
  const [params, setParams] = useListParams((search) => ({ page: pageOf(search) }));
  const query = usePublicCalls({ page: params.page - 1, size: PUBLIC_PAGE_SIZE });

  let results;
  if (query.isPending) results = <PageState kind="loading" />;
  else if (query.isError) results = <PageState kind="error" onRetry={() => void query.refetch()} />;
  else if (query.data.items.length === 0)
    results = (
      <PageState
        kind="empty"
        title={t('calls.public.empty')}
        description={t('calls.public.emptyHint')}
      />
    );
  else
    results = (
      <PagedResults
        totalText={t('calls.public.total', { count: query.data.total })}
        total={query.data.total}
        pageSize={PUBLIC_PAGE_SIZE}
        page={params.page}
        onPage={(page) => setParams({ page })}
        stale={query.isPlaceholderData}
        busy={query.isFetching}
      >
        <Stack gap="sm" role="list" aria-label={t('calls.public.title')}>
          {query.data.items.map((call) => (
            <CallCard key={call.id} call={call} />
          ))}
        </Stack>
      </PagedResults>
    );

  return (
    <Stack>
      <Title order={1}>{t('calls.public.title')}</Title>
      <Text c="dimmed">{t('calls.public.intro')}</Text>
      {results}
    </Stack>
  );
}

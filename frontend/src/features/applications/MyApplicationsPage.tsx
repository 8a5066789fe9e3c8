import { Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageState } from '../../components/PageState';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { usePageTitle } from '../../components/usePageTitle';
import { useMyApplications, type MyApplicationSummary } from './api';
import { DeadlineText } from './DeadlineText';
import { ApplicationStatusBadge, EligibilityBadge } from './StatusBadges';
import { localized, useApplicationText } from './text';

/** /me/applications — the signed-in applicant's applications. */
export function MyApplicationsPage() {
  const { t } = useTranslation();
  const { language } = useApplicationText();
  usePageTitle(t('applications.list.title'));
  const query = useMyApplications();

  let content;
  if (query.isPending) content = <PageState kind="loading" />;
  else if (query.isError) content = <PageState kind="error" onRetry={() => void query.refetch()} />;
  else if (query.data.length === 0)
    content = (
      <PageState
        kind="empty"
        title={t('applications.list.emptyTitle')}
        description={t('applications.list.emptyDescription')}
        action={
          <Button component={Link} to="/calls">
            {t('applications.list.browseCalls')}
          </Button>
        }
      />
    );
  else
    content = (
      <ResponsiveTable<MyApplicationSummary>
        label={t('applications.list.title')}
        items={query.data}
        keyOf={(item) => item.id}
        minWidth={720}
        primary={{
          key: 'call',
          header: t('applications.list.call'),
          render: (item) => (
            <Anchor component={Link} to={`/me/applications/${item.id}`} fw={500}>
              {localized(item.call.title, language)}
            </Anchor>
          ),
        }}
        columns={[
          {
            key: 'status',
            header: t('applications.list.status'),
            render: (item) => (
              <Stack gap={4} align="flex-start">
                <ApplicationStatusBadge status={item.status} />
                <EligibilityBadge eligibility={item.eligibility} />
              </Stack>
            ),
          },
          {
            key: 'receipt',
            header: t('applications.list.receipt'),
            render: (item) =>
              item.receiptNumber ? (
                <Text size="sm" ff="monospace">
                  {item.receiptNumber}
                </Text>
              ) : (
                t('common.none')
              ),
          },
          {
            key: 'deadline',
            header: t('applications.list.deadline'),
            render: (item) => <DeadlineText schedule={item.call.schedule} />,
          },
        ]}
      />
    );

  return (
    <Stack maw={1100}>
      <Title order={1}>{t('applications.list.title')}</Title>
      {content}
    </Stack>
  );
}

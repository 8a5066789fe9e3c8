import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiProblem } from '../../api/problem';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { useMyApplication } from './api';
import { ApplicationView } from './ApplicationView';

/** /me/applications/:id — one of the signed-in applicant's applications. */
export function ApplicationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useMyApplication(id);
  usePageTitle(t('applications.page.title'));

  if (query.isPending) return <PageState kind="loading" />;
  if (query.isError) {
    if (query.error instanceof ApiProblem && query.error.status === 404) {
      return (
        <PageState
          kind="info"
          title={t('applications.page.notFoundTitle')}
          description={t('applications.page.notFoundDescription')}
          action={
            <Button component={Link} to="/me/applications" variant="default">
              {t('applications.list.title')}
            </Button>
          }
        />
      );
    }
    return <PageState kind="error" onRetry={() => void query.refetch()} />;
  }
  // A new application (another id) starts a new draft editor.
  return (
    <Stack>
      <ApplicationView key={query.data.id} application={query.data} />
    </Stack>
  );
}

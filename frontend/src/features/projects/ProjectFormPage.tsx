import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { useProject } from './api';
import { BackToList } from './BackToList';
import { useInstitutionOptions } from './institutionOptions';
import { ProjectForm } from './ProjectForm';
import { LoadError } from '../../components/LoadError';

export function NewProjectPage() {
  const { t } = useTranslation();
  usePageTitle(t('projects.newTitle'));
  const { beneficiaries, partners, homeId, homePending } = useInstitutionOptions();
  return (
    <Stack>
      <BackToList />
      <Title order={1}>{t('projects.newTitle')}</Title>
      {homePending ? (
        <PageState kind="loading" />
      ) : (
        <ProjectForm beneficiaries={beneficiaries} partners={partners} homeInstitutionId={homeId} />
      )}
    </Stack>
  );
}

export function EditProjectPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useProject(id);
  usePageTitle(query.data ? query.data.reference : t('projects.editTitle'));
  const { beneficiaries, partners } = useInstitutionOptions(query.data);

  let content;
  if (query.isPending) content = <PageState kind="loading" />;
  else if (query.isError)
    content = (
      <LoadError
        error={query.error}
        notFound={t('projects.notFound')}
        onRetry={() => void query.refetch()}
      />
    );
  else
    content = (
      // A new version (after "reload") starts the form afresh from the stored values.
      <ProjectForm
        key={query.data.version}
        project={query.data}
        beneficiaries={beneficiaries}
        partners={partners}
        onReload={() => void query.refetch()}
      />
    );

  return (
    <Stack>
      <BackToList />
      <Title order={1}>{t('projects.editTitle')}</Title>
      {content}
    </Stack>
  );
}

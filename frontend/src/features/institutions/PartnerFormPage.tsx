import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { useInstitution } from './api';
import { PartnerForm } from './PartnerForm';
import { LoadError } from '../../components/LoadError';

export function NewPartnerPage() {
  const { t } = useTranslation();
  usePageTitle(t('partners.newTitle'));
  return (
    <Stack>
      <Title order={1}>{t('partners.newTitle')}</Title>
      <PartnerForm />
    </Stack>
  );
}

export function EditPartnerPage() {
  const { t } = useTranslation();
  usePageTitle(t('partners.editTitle'));
  const { id = '' } = useParams();
  const query = useInstitution(id);

  let content;
  if (query.isPending) content = <PageState kind="loading" />;
  else if (query.isError)
    content = (
      <LoadError
        error={query.error}
        notFound={t('partners.detail.notFound')}
        onRetry={() => void query.refetch()}
      />
    );
  else
    content = (
      // A new version (after "reload") starts the form afresh from the stored values.
      <PartnerForm
        key={query.data.version}
        institution={query.data}
        onReload={() => void query.refetch()}
      />
    );

  return (
    <Stack>
      <Title order={1}>{t('partners.editTitle')}</Title>
      {content}
    </Stack>
  );
}

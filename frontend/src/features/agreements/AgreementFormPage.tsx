import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { LoadError } from '../../components/LoadError';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { localizedName, useLanguage } from '../../i18n';
import { useConfiguredHome } from '../institutions/api';
import { AgreementForm } from './AgreementForm';
import { AgreementLoader } from './AgreementLoader';
import { useAcademicYearOptions, usePartnerOptions } from './options';

function Page({ title, children }: { title: string; children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <BackLink to="/manage/agreements" label={t('agreements.title')} />
      <Title order={1}>{title}</Title>
      {children}
    </Stack>
  );
}

export function NewAgreementPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const home = useConfiguredHome();
  const partners = usePartnerOptions();
  const years = useAcademicYearOptions();
  usePageTitle(t('agreements.newTitle'));

  let content;
  if (home.isPending) content = <PageState kind="loading" />;
  else if (home.isError)
    content = (
      <LoadError
        error={home.error}
        notFound={t('agreements.form.noHome')}
        onRetry={() => void home.refetch()}
      />
    );
  else
    content = (
      <AgreementForm
        home={{ id: home.data.id, name: localizedName(home.data, language) }}
        partners={partners}
        years={years}
      />
    );
  return <Page title={t('agreements.newTitle')}>{content}</Page>;
}

export function EditAgreementPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const years = useAcademicYearOptions();
  return (
    <Page title={t('agreements.editTitle')}>
      <AgreementLoader id={id} titleOf={() => t('agreements.editTitle')}>
        {(agreement, reload) => (
          // A new version (after "reload") starts the form afresh from the stored values.
          <AgreementForm
            key={agreement.version}
            agreement={agreement}
            home={{ id: agreement.homeInstitutionId, name: agreement.homeInstitutionName }}
            partners={[]}
            years={years}
            onReload={reload}
          />
        )}
      </AgreementLoader>
    </Page>
  );
}

import { Alert, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { useHomeInstitution } from './api';
import { HomeInstitutionForm } from './HomeInstitutionForm';

/** /manage/home-institution — the admin configures the institution that runs Mobility Desk. */
export function HomeInstitutionPage() {
  const { t } = useTranslation();
  usePageTitle(t('homeInstitution.title'));
  const query = useHomeInstitution();

  let content;
  if (query.isPending) content = <PageState kind="loading" />;
  else if (query.isError) content = <PageState kind="error" onRetry={() => void query.refetch()} />;
  else
    content = (
      <>
        {query.data === null && (
          <Alert color="blue" icon={<IconInfoCircle aria-hidden />}>
            {t('homeInstitution.notConfigured')}
          </Alert>
        )}
        <HomeInstitutionForm
          home={query.data}
          onReload={async () => {
            const fresh = await query.refetch({ throwOnError: true });
            return fresh.data ?? null;
          }}
        />
      </>
    );

  return (
    <Stack maw={960}>
      <Title order={1}>{t('homeInstitution.title')}</Title>
      <Text c="dimmed">{t('homeInstitution.intro')}</Text>
      {content}
    </Stack>
  );
}

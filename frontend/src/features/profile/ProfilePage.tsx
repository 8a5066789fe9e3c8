import { Alert, Stack, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { useProfile } from './api';
import { ProfileForm } from './ProfileForm';

/** The applicant's own profile, which every application of theirs reuses. */
export function ProfilePage() {
  const { t } = useTranslation();
  usePageTitle(t('profile.title'));
  const query = useProfile();

  let content;
  if (query.isPending) content = <PageState kind="loading" />;
  else if (query.isError) content = <PageState kind="error" onRetry={() => void query.refetch()} />;
  else
    content = (
      <>
        {!query.data.saved && (
          <Alert
            color="blue"
            icon={<IconInfoCircle aria-hidden />}
            title={t('profile.intro.title')}
          >
            {t('profile.intro.message')}
          </Alert>
        )}
        <ProfileForm
          profile={query.data}
          onReload={async () => {
            const result = await query.refetch();
            return result.isSuccess ? result.data : undefined;
          }}
        />
      </>
    );

  return (
    <Stack maw={960}>
      <Title order={1}>{t('profile.title')}</Title>
      {content}
    </Stack>
  );
}

import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageState } from '../components/PageState';
import type { Role } from './roles';
import { useCurrentUser } from './useCurrentUser';

interface Props {
  roles: Role[];
  children: ReactNode;
}

/** Shows its children only to a signed-in user with one of the roles. */
export function RequireRole({ roles, children }: Props) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (user.isLoading) return <PageState kind="loading" />;
  if (!user.isAuthenticated) {
    return (
      <PageState
        kind="info"
        asPage
        title={t('auth.signInRequiredTitle')}
        description={t(
          roles.includes('applicant')
            ? 'auth.signInRequiredApplicant'
            : 'auth.signInRequiredDescription',
        )}
        action={<Button onClick={() => void user.signIn()}>{t('auth.signIn')}</Button>}
      />
    );
  }
  if (!user.hasAnyRole(...roles)) {
    return (
      <PageState
        kind="info"
        asPage
        title={t('auth.forbiddenTitle')}
        description={t('auth.forbiddenDescription')}
      />
    );
  }
  return children;
}

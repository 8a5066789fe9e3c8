import { Button, Text } from '@mantine/core';
import { IconLogin, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth';

/**
 * The way to apply to an open call: "Apply" for applicants, "Sign in to apply" for visitors, and
 * for staff accounts the reason they cannot.
 */
export function ApplyAction({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const user = useCurrentUser();

  if (user.isLoading) return null;
  if (user.hasAnyRole('applicant'))
    return (
      <Button
        component={Link}
        to={`/calls/${callId}/apply`}
        size="md"
        leftSection={<IconSend size={18} aria-hidden />}
      >
        {t('calls.public.apply')}
      </Button>
    );
  if (!user.isAuthenticated)
    return (
      <Button
        size="md"
        leftSection={<IconLogin size={18} aria-hidden />}
        onClick={() => void user.signIn()}
      >
        {t('applyAccess.signIn')}
      </Button>
    );
  return null;
}

/** Why the visitor or the signed-in user sees no "Apply" button; nothing for an applicant. */
export function ApplyHint() {
  const { t } = useTranslation();
  const user = useCurrentUser();

  if (user.isLoading || user.hasAnyRole('applicant')) return null;
  if (!user.isAuthenticated)
    return (
      <Text size="sm" c="dimmed">
        {t('applyAccess.signInHint')}
      </Text>
    );
  const roles = user.roles.map((role) => t(`roles.${role}`)).join(', ');
  return (
    <Text size="sm" role="note">
      {t('applyAccess.notApplicant', { roles })}
    </Text>
  );
}

import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth';

/** The way to a new call, for coordinators only (admins only look). */
export function NewCallButton() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (!user.hasAnyRole('coordinator')) return null;
  return (
    <Button
      component={Link}
      to="/manage/calls/new"
      leftSection={<IconPlus size={16} aria-hidden />}
    >
      {t('calls.add')}
    </Button>
  );
}

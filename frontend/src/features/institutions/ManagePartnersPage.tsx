import { Button, Group, Stack, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth';
import { usePageTitle } from '../../components/usePageTitle';
import { PartnerList } from './PartnerList';

/** The staff list of partners; coordinators change them, admins only look. */
export function ManagePartnersPage() {
  const { t } = useTranslation();
  usePageTitle(t('partners.manageTitle'));
  const user = useCurrentUser();
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('partners.manageTitle')}</Title>
        {user.hasAnyRole('coordinator') && (
          <Button
            component={Link}
            to="/manage/partners/new"
            leftSection={<IconPlus size={16} aria-hidden />}
          >
            {t('partners.add')}
          </Button>
        )}
      </Group>
      <PartnerList staff />
    </Stack>
  );
}

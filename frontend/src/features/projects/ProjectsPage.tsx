import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth';
import { usePageTitle } from '../../components/usePageTitle';
import { ProjectList } from './ProjectList';

/** The KA171 projects of the office; coordinators record and change them, admins only look. */
export function ProjectsPage() {
  const { t } = useTranslation();
  usePageTitle(t('projects.title'));
  const user = useCurrentUser();
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('projects.title')}</Title>
        {user.hasAnyRole('coordinator') && (
          <Button
            component={Link}
            to="/manage/projects/new"
            leftSection={<IconPlus size={16} aria-hidden />}
          >
            {t('projects.add')}
          </Button>
        )}
      </Group>
      <Text c="dimmed">{t('projects.intro')}</Text>
      <ProjectList />
    </Stack>
  );
}

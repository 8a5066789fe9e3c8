import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import {
  IconBuildingBank,
  IconBuildingCommunity,
  IconCalculator,
  IconClipboardList,
  IconSettings,
  IconSpeakerphone,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useCurrentUser } from '../../auth';
import { usePageTitle } from '../../components/usePageTitle';
import { localizedName, useLanguage } from '../../i18n';
import { AgreementsDashboard } from './AgreementsDashboard';

/** The landing page: what Mobility Desk is, whose office runs it, and where to go next. */
export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.home'));
  const language = useLanguage();
  const user = useCurrentUser();
  const home = useQuery({
    queryKey: ['home-institution'],
    queryFn: () => unwrap(api.GET('/api/v1/home-institution')),
    staleTime: 10 * 60 * 1000,
  });

  const staff = user.hasAnyRole('coordinator', 'admin');
  const applicant = user.hasAnyRole('applicant');

  return (
    <Stack gap="xl" py="md">
      <Stack maw={720} gap="lg">
        {home.data && (
          <Text c="dimmed" fw={500}>
            {t('home.office', { name: localizedName(home.data, language) })}
          </Text>
        )}
        <Title order={1}>{t('home.title')}</Title>
        <Text size="lg">{t('home.intro')}</Text>
        <Group>
          {!staff && (
            <>
              <Button
                component={Link}
                to="/calls"
                size="md"
                leftSection={<IconSpeakerphone size={18} aria-hidden />}
              >
                {t('home.openCalls')}
              </Button>
              <Button
                component={Link}
                to="/grant-estimate"
                size="md"
                variant="default"
                leftSection={<IconCalculator size={18} aria-hidden />}
              >
                {t('home.estimate')}
              </Button>
            </>
          )}
          {applicant && (
            <Button
              component={Link}
              to="/me/applications"
              size="md"
              variant="default"
              leftSection={<IconClipboardList size={18} aria-hidden />}
            >
              {t('home.myApplications')}
            </Button>
          )}
          <Button
            component={Link}
            to="/partners"
            size="md"
            variant={staff ? 'filled' : 'default'}
            leftSection={<IconBuildingCommunity size={18} aria-hidden />}
          >
            {t('home.browsePartners')}
          </Button>
          {staff && (
            <Button
              component={Link}
              to="/manage/partners"
              size="md"
              variant="default"
              leftSection={<IconSettings size={18} aria-hidden />}
            >
              {t('home.managePartners')}
            </Button>
          )}
          {user.hasAnyRole('admin') && (
            <Button
              component={Link}
              to="/manage/home-institution"
              size="md"
              variant="default"
              leftSection={<IconBuildingBank size={18} aria-hidden />}
            >
              {t('home.homeInstitution')}
            </Button>
          )}
        </Group>
      </Stack>
      {staff && <AgreementsDashboard />}
    </Stack>
  );
}

import { Button, Group, Stack, Text, Title } from '@mantine/core';
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
import type { Icon } from '@tabler/icons-react';
import { useCurrentUser } from '../../auth';
import { usePageTitle } from '../../components/usePageTitle';
import { localizedName, useLanguage } from '../../i18n';
import { useConfiguredHome } from '../institutions/api';
import { AgreementsDashboard } from './AgreementsDashboard';

/** The landing page: what Mobility Desk is, whose office runs it, and where to go next. */
export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.home'));
  const language = useLanguage();
  const user = useCurrentUser();
  const home = useConfiguredHome();

  const staff = user.hasAnyRole('coordinator', 'admin');
  const actions = homeActions(staff, user.hasAnyRole('applicant'), user.hasAnyRole('admin'));

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
          {actions.map((action) => (
            <Button
              key={action.to}
              component={Link}
              to={action.to}
              size="md"
              variant={action.primary ? 'filled' : 'default'}
              leftSection={<action.icon size={18} aria-hidden />}
            >
              {t(`home.${action.label}`)}
            </Button>
          ))}
        </Group>
      </Stack>
      {staff && <AgreementsDashboard />}
    </Stack>
  );
}

interface HomeAction {
  to: string;
  label:
    | 'openCalls'
    | 'estimate'
    | 'myApplications'
    | 'browsePartners'
    | 'managePartners'
    | 'homeInstitution';
  icon: Icon;
  primary?: boolean;
}

/** Where each kind of user goes next: visitors and applicants to the calls, staff to their work. */
function homeActions(staff: boolean, applicant: boolean, admin: boolean): HomeAction[] {
  const all: (HomeAction | false)[] = [
    !staff && { to: '/calls', label: 'openCalls', icon: IconSpeakerphone, primary: true },
    !staff && { to: '/grant-estimate', label: 'estimate', icon: IconCalculator },
    applicant && { to: '/me/applications', label: 'myApplications', icon: IconClipboardList },
    { to: '/partners', label: 'browsePartners', icon: IconBuildingCommunity, primary: staff },
    staff && { to: '/manage/partners', label: 'managePartners', icon: IconSettings },
    admin && { to: '/manage/home-institution', label: 'homeInstitution', icon: IconBuildingBank },
  ];
  return all.filter((action): action is HomeAction => action !== false);
}

import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  IconBuildingBank,
  IconBuildingCommunity,
  IconCalculator,
  IconClipboardList,
  IconScale,
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
import { EvaluationDigest } from './EvaluationDigest';

/** The landing page: what Mobility Desk is, whose office runs it, and where to go next. */
export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.home'));
  const language = useLanguage();
  const user = useCurrentUser();
  const home = useConfiguredHome();

  const staff = user.hasAnyRole('coordinator', 'admin');
  const evaluator = user.hasAnyRole('evaluator');
  const actions = homeActions({
    staff,
    evaluator,
    applicant: user.hasAnyRole('applicant'),
    admin: user.hasAnyRole('admin'),
  });

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
      {evaluator && (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <EvaluationDigest />
        </SimpleGrid>
      )}
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
    | 'evaluate'
    | 'browsePartners'
    | 'managePartners'
    | 'homeInstitution';
  icon: Icon;
  primary?: boolean;
}

interface Who {
  staff: boolean;
  evaluator: boolean;
  applicant: boolean;
  admin: boolean;
}

/** Where each kind of user goes next: visitors and applicants to the calls, evaluators and staff to their work. */
function homeActions({ staff, evaluator, applicant, admin }: Who): HomeAction[] {
  const all: (HomeAction | false)[] = [
    evaluator && { to: '/evaluate', label: 'evaluate', icon: IconScale, primary: true },
    !staff && {
      to: '/calls',
      label: 'openCalls',
      icon: IconSpeakerphone,
      primary: !evaluator,
    },
    !staff && { to: '/grant-estimate', label: 'estimate', icon: IconCalculator },
    applicant && { to: '/me/applications', label: 'myApplications', icon: IconClipboardList },
    { to: '/partners', label: 'browsePartners', icon: IconBuildingCommunity, primary: staff },
    staff && { to: '/manage/partners', label: 'managePartners', icon: IconSettings },
    admin && { to: '/manage/home-institution', label: 'homeInstitution', icon: IconBuildingBank },
  ];
  return all.filter((action): action is HomeAction => action !== false);
}

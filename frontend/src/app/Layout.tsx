import { Alert, Anchor, AppShell, Burger, Group, NavLink, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBuildingBank,
  IconBuildingCommunity,
  IconCalculator,
  IconClipboardList,
  IconFileDescription,
  IconFileCertificate,
  IconHome,
  IconKey,
  IconScale,
  IconSpeakerphone,
  IconChecklist,
  IconReceiptEuro,
  IconSend,
  IconSettings,
  IconUserCircle,
  IconUserShare,
} from '@tabler/icons-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useCurrentUser } from '../auth';
import { PageState } from '../components/PageState';
import classes from './Layout.module.css';
import { LanguageSwitcher } from './LanguageSwitcher';
import { navigationFor, type NavItem } from './navigation';
import { UserMenu } from './UserMenu';

const ICONS: Record<NavItem['label'], typeof IconHome> = {
  'nav.home': IconHome,
  'nav.partners': IconBuildingCommunity,
  'nav.calls': IconSpeakerphone,
  'nav.manageCalls': IconClipboardList,
  'nav.grantEstimate': IconCalculator,
  'nav.managePartners': IconSettings,
  'nav.agreements': IconFileDescription,
  'nav.projects': IconFileCertificate,
  'nav.rateTables': IconReceiptEuro,
  'nav.notifications': IconSend,
  'nav.profile': IconUserCircle,
  'nav.applications': IconChecklist,
  'nav.homeInstitution': IconBuildingBank,
  'nav.partnerClients': IconKey,
  'nav.evaluate': IconScale,
  'nav.nominations': IconUserShare,
};

function isActive(item: NavItem, pathname: string) {
  return item.to === '/'
    ? pathname === '/'
    : pathname === item.to || pathname.startsWith(`${item.to}/`);
}

export function Layout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { pathname } = useLocation();
  const [opened, { toggle, close }] = useDisclosure();

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main" className={classes.skipLink}>
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px={{ base: 'xs', xs: 'md' }} justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap" miw={0}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('app.toggleNavigation')}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <Anchor component={Link} to="/" underline="never" c="inherit" miw={0}>
              <Title order={2} size="h4" className={classes.productName}>
                {t('app.name')}
              </Title>
            </Anchor>
          </Group>
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            <LanguageSwitcher />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar
        p="xs"
        component="nav"
        id="main-navigation"
        aria-label={t('app.mainNavigation')}
      >
        {navigationFor(user.roles).map((item) => {
          const Icon = ICONS[item.label];
          return (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={t(item.label)}
              leftSection={<Icon size={18} aria-hidden />}
              active={isActive(item, pathname)}
              aria-current={isActive(item, pathname) ? 'page' : undefined}
              onClick={close}
            />
          );
        })}
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
        {user.signInFailed && (
          <Alert color="red" mb="md" role="alert">
            {t('auth.signInFailed')}
          </Alert>
        )}
        <Suspense fallback={<PageState kind="loading" />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}

import { Box, Button, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconLogin, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth';

/** A sign-in button, or the signed-in user's menu with their roles and sign-out. */
export function UserMenu() {
  const { t } = useTranslation();
  const user = useCurrentUser();

  if (!user.isAuthenticated) {
    return (
      <Button
        onClick={() => void user.signIn()}
        loading={user.isLoading}
        aria-label={t('auth.signIn')}
        leftSection={<IconLogin size={16} aria-hidden />}
        px={{ base: 'xs', xs: 'md' }}
      >
        <Box component="span" visibleFrom="xs">
          {t('auth.signIn')}
        </Box>
      </Button>
    );
  }

  const name = user.name ?? '';
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          aria-label={t('auth.accountMenu', { name })}
          leftSection={<IconUserCircle size={18} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
        >
          <Text span size="sm" maw={120} truncate visibleFrom="xs">
            {name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('auth.signedInAs', { name })}</Menu.Label>
        {user.roles.length > 0 && (
          <Text size="xs" c="dimmed" px="sm" pb="xs">
            {user.roles.map((role) => t(`roles.${role}`)).join(', ')}
          </Text>
        )}
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => void user.signOut()}
        >
          {t('auth.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

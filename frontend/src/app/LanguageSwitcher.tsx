import { Button, Menu } from '@mantine/core';
import { IconCheck, IconChevronDown, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, useLanguage } from '../i18n';

/**
 * The interface language: its code in the header (EN, RU, KY, KK fit a phone's header, "Кыргызча"
 * does not), and each language's name in itself in the menu and in the button's accessible name.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const current = LANGUAGES.find(({ code }) => code === language) ?? LANGUAGES[0];
  // The accessible name starts with the code shown, so that a voice command can name it.
  const code = current.code.toUpperCase();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          px="xs"
          aria-label={t('theme.languageCurrent', { language: current.name, code })}
          leftSection={<IconLanguage size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
        >
          {code}
        </Button>
      </Menu.Target>
      <Menu.Dropdown aria-label={t('app.language')}>
        {LANGUAGES.map(({ code, name }) => (
          <Menu.Item
            key={code}
            lang={code}
            aria-current={code === language ? 'true' : undefined}
            rightSection={code === language ? <IconCheck size={14} aria-hidden /> : undefined}
            onClick={() => void i18n.changeLanguage(code)}
          >
            {name}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

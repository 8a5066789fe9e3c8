import { NativeSelect } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, useLanguage } from '../i18n';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  // A phone's header has no room for the icon beside "Кыргызча".
  const roomy = useMediaQuery('(min-width: 36em)');
  return (
    <NativeSelect
      aria-label={t('app.language')}
      leftSection={roomy ? <IconLanguage size={16} aria-hidden /> : undefined}
      value={language}
      onChange={(event) => void i18n.changeLanguage(event.currentTarget.value)}
      data={LANGUAGES.map(({ code, name }) => ({ value: code, label: name }))}
      w={{ base: 104, xs: 140 }}
    />
  );
}

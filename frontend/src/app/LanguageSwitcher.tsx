import { NativeSelect } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, useLanguage } from '../i18n';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  return (
    <NativeSelect
      aria-label={t('app.language')}
      leftSection={<IconLanguage size={16} aria-hidden />}
      value={language}
      onChange={(event) => void i18n.changeLanguage(event.currentTarget.value)}
      data={LANGUAGES.map(({ code, name }) => ({ value: code, label: name }))}
      w={140}
    />
  );
}

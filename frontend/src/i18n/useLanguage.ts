import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from './languages';

/** The interface language; the component re-renders when it changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
}

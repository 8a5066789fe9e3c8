import dayjs from 'dayjs';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/kk';
import 'dayjs/locale/ky';
import 'dayjs/locale/ru';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, LANGUAGES, messages, type Language } from './languages';

const STORAGE_KEY = 'mobility-desk.language';

dayjs.extend(localizedFormat);

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  const preferred = navigator.languages
    .map((tag) => tag.split('-')[0])
    .find((code) => isLanguage(code));
  return isLanguage(preferred) ? preferred : 'en';
}

function apply(language: string) {
  document.documentElement.lang = language;
  // Erasmus+ offices write British English: 24 Nov 2026 14:05
  dayjs.locale(language === 'en' ? 'en-gb' : language);
}

void i18n.use(initReactI18next).init({
  resources: Object.fromEntries(
    Object.entries(messages).map(([code, translation]) => [code, { translation }]),
  ),
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: LANGUAGES.map((language) => language.code),
  interpolation: { escapeValue: false },
  initAsync: false,
});
apply(i18n.language);

i18n.on('languageChanged', (language) => {
  apply(language);
  localStorage.setItem(STORAGE_KEY, language);
});

export default i18n;

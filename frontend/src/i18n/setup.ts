import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { writeDatesIn } from './format';
import { isLanguage, LANGUAGES, messages, type Language } from './languages';

const STORAGE_KEY = 'mobility-desk.language';

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
  writeDatesIn(language);
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

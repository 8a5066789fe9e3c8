export { formatDateTime, localizedName } from './format';
export { isLanguage, LANGUAGES, messages, type Language } from './languages';
export { useLanguage } from './useLanguage';

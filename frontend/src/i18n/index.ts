export { formatDateTime, localizedName } from './format';
export { LANGUAGES } from './languages';
export { useLanguage } from './useLanguage';
export { formatFileSize } from './fileSize';

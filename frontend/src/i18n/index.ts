export {
  formatDate,
  formatDateTime,
  formatNumber,
  numberLocale,
  formatTime,
  localizedName,
  viewerTimeZone,
  zoneName,
} from './format';
export { LANGUAGES } from './languages';
export { useLanguage } from './useLanguage';
export { formatFileSize } from './fileSize';

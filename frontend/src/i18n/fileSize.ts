import type { TFunction } from 'i18next';
import { formatNumber } from './format';

const KB = 1024;
const MB = 1024 * 1024;

/**
 * A file size as people read it in the language: "609 bytes", "178 KB", "4.2 MB" (binary units,
 * as the calls' size limits are). The number of bytes chooses the plural form.
 */
export function formatFileSize(bytes: number, t: TFunction, language: string): string {
  const number = (value: number, fractionDigits: number) =>
    formatNumber(value, language, fractionDigits);
  if (bytes < KB) return t('fileSize.bytes', { count: bytes, size: number(bytes, 0) });
  if (bytes < MB)
    return t('fileSize.kilobytes', { size: number(bytes / KB, bytes < 10 * KB ? 1 : 0) });
  return t('fileSize.megabytes', { size: number(bytes / MB, 1) });
}

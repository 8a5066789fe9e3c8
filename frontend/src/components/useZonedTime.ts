import { useTranslation } from 'react-i18next';
import { formatDateTime, useLanguage, zoneName } from '../i18n';

/** Writes an instant in a zone, with the zone named: "7 Jul 2027 23:59, Kyrgyzstan Time (Asia/Bishkek)". */
export function useZonedTime() {
  const { t } = useTranslation();
  // Re-rendered in a new interface language.
  useLanguage();
  return (instant: string, zone: string) =>
    t('common.zoned', {
      time: formatDateTime(instant, zone),
      zone: zoneName(zone, new Date(instant).getTime()),
    });
}

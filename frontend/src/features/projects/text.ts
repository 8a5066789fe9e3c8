import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n';
import type { PartnerRegion } from '../reference';
import type { BudgetLine } from './api';

export { formatDate };

/** Names of statuses, budget lines and regions, and periods, in the interface language. */
export function useProjectText() {
  const { t } = useTranslation();
  return {
    line: (line: BudgetLine) => t(`projects.line.${line}`),
    region: (region: number | string) =>
      t('projects.regionOption', {
        number: region,
        name: t(`regions.${String(region) as PartnerRegion}`),
      }),
    period: (startDate: string, endDate: string) =>
      t('projects.period', { start: formatDate(startDate), end: formatDate(endDate) }),
  };
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedName, useLanguage } from '../../i18n';
import { useAcademicYears } from '../reference';
import { useActivePartners, useConfiguredHome } from '../institutions/api';
import { AGREEMENT_STATUSES, MOBILITY_TYPES } from './api';
import { useAgreementText } from './text';

export interface Option {
  value: string;
  label: string;
}

/** The active partners (never the home institution), named in the interface language. */
export function usePartnerOptions(): Option[] {
  const language = useLanguage();
  const partners = useActivePartners();
  const home = useConfiguredHome();
  return useMemo(
    () =>
      (partners.data?.items ?? [])
        .filter((partner) => partner.id !== home.data?.id)
        .map((partner) => ({ value: partner.id, label: localizedName(partner, language) })),
    [partners.data, home.data, language],
  );
}

/** The academic years of the reference data, oldest first. */
export function useAcademicYearOptions(): string[] {
  const { data } = useAcademicYears();
  return useMemo(() => (data ?? []).map((year) => year.code).sort(), [data]);
}

export function useStatusOptions(): Option[] {
  const { status } = useAgreementText();
  return AGREEMENT_STATUSES.map((value) => ({ value, label: status(value) }));
}

export function useMobilityTypeOptions(): Option[] {
  const { mobilityType } = useAgreementText();
  return MOBILITY_TYPES.map((value) => ({ value, label: mobilityType(value) }));
}

/** EQF levels of higher education, 5 to 8. */
export const EQF_LEVELS = [5, 6, 7, 8] as const;

export function useEqfOptions(): Option[] {
  const { t } = useTranslation();
  return EQF_LEVELS.map((level) => ({
    value: String(level),
    label: t('agreements.eqf', { level, name: t(`agreements.eqfName.${level}`) }),
  }));
}

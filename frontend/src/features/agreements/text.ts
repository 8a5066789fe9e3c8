import { useTranslation } from 'react-i18next';
import { useNameById } from '../reference';
import type { Agreement, AgreementStatus, AmendmentStatus, MobilityType } from './api';

export { formatDate } from '../../i18n';

/** Names of statuses, mobility types and institutions, and year ranges, in the interface language. */
export function useAgreementText() {
  const { t } = useTranslation();
  return {
    status: (status: AgreementStatus) => t(`agreements.status.${status}`),
    /** "Amendment: draft (version 3)" */
    amendment: ({
      status,
      conditionsNumber,
    }: {
      status: AmendmentStatus;
      conditionsNumber: number;
    }) =>
      t('agreements.amendment.label', {
        status: t(`agreements.amendment.status.${status}`),
        number: conditionsNumber,
      }),
    mobilityType: (type: MobilityType) => t(`agreements.mobilityType.${type}`),
    years: (first: string, last: string) =>
      first === last ? first : t('agreements.yearRange', { first, last }),
  };
}

/** The agreement's two institutions as the interface language names them, and a flow's end by its id. */
export function useAgreementParties(agreement: Agreement) {
  const nameById = useNameById();
  const home = nameById(agreement.homeInstitutionId, agreement.homeInstitutionName);
  const partner = nameById(agreement.partnerInstitutionId, agreement.partnerInstitutionName);
  return {
    home,
    partner,
    of: (id: string | undefined) => {
      if (id === agreement.homeInstitutionId) return home;
      if (id === agreement.partnerInstitutionId) return partner;
      return id ?? '';
    },
  };
}

/** A file name such as "agreement-university-of-tartu-2024-2025-2027-2028.pdf". */
export function pdfFileName(agreement: Agreement): string {
  const slug = [
    agreement.partnerInstitutionName,
    agreement.firstAcademicYear,
    agreement.lastAcademicYear,
  ]
    .join('-')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `agreement-${slug}.pdf`;
}

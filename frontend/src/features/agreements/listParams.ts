import { pageOf, useListParams } from '../../components/useListParams';
import {
  AGREEMENT_STATUSES,
  MOBILITY_TYPES,
  type AgreementListQuery,
  type AgreementStatus,
  type MobilityType,
} from './api';

export const PAGE_SIZE = 20;

/** What the agreement list shows; kept in the address so that reloading and going back keep it. */
export interface AgreementListParams {
  partnerId: string | null;
  status: AgreementStatus | null;
  academicYear: string | null;
  mobilityType: MobilityType | null;
  expiring: boolean;
  awaitingPartner: boolean;
  page: number;
}

function parse(search: URLSearchParams): AgreementListParams {
  const year = search.get('academicYear');
  return {
    partnerId: search.get('partnerId') || null,
    status: AGREEMENT_STATUSES.find((status) => status === search.get('status')) ?? null,
    academicYear: year && /^\d{4}\/\d{4}$/.test(year) ? year : null,
    mobilityType: MOBILITY_TYPES.find((type) => type === search.get('mobilityType')) ?? null,
    expiring: search.get('expiring') === 'true',
    awaitingPartner: search.get('awaitingPartner') === 'true',
    page: pageOf(search),
  };
}

export function useAgreementListParams() {
  return useListParams(parse);
}

export function toAgreementListQuery(params: AgreementListParams): AgreementListQuery {
  return {
    partnerId: params.partnerId ?? undefined,
    status: params.status ?? undefined,
    academicYear: params.academicYear ?? undefined,
    mobilityType: params.mobilityType ?? undefined,
    expiring: params.expiring || undefined,
    awaitingPartner: params.awaitingPartner || undefined,
    page: params.page - 1,
    size: PAGE_SIZE,
  };
}

export function isFiltered(params: AgreementListParams): boolean {
  return Boolean(
    params.partnerId ||
    params.status ||
    params.academicYear ||
    params.mobilityType ||
    params.expiring ||
    params.awaitingPartner,
  );
}

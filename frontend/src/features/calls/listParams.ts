import { pageOf, useListParams } from '../../components/useListParams';
import {
  CALL_MOBILITY_TYPES,
  CALL_STATUSES,
  type CallListQuery,
  type CallMobilityType,
  type CallStatus,
} from './api';

export const PAGE_SIZE = 20;

export const SORTS = ['-updatedAt', 'deadline', '-deadline', 'opensAt', '-academicYear'] as const;
export type CallSort = (typeof SORTS)[number];

/** What the coordinators' call list shows; kept in the address so that reloading keeps it. */
export interface CallListParams {
  status: CallStatus | null;
  academicYear: string | null;
  mobilityType: CallMobilityType | null;
  sort: CallSort | null;
  page: number;
}

function parse(search: URLSearchParams): CallListParams {
  const year = search.get('academicYear');
  return {
    status: CALL_STATUSES.find((status) => status === search.get('status')) ?? null,
    academicYear: year && /^\d{4}\/\d{4}$/.test(year) ? year : null,
    mobilityType: CALL_MOBILITY_TYPES.find((type) => type === search.get('mobilityType')) ?? null,
    sort: SORTS.find((sort) => sort === search.get('sort')) ?? null,
    page: pageOf(search),
  };
}

export function useCallListParams() {
  return useListParams(parse);
}

export function toCallListQuery(params: CallListParams): CallListQuery {
  return {
    status: params.status ?? undefined,
    academicYear: params.academicYear ?? undefined,
    mobilityType: params.mobilityType ?? undefined,
    sort: params.sort ?? undefined,
    page: params.page - 1,
    size: PAGE_SIZE,
  };
}

export function isFiltered(params: CallListParams): boolean {
  return Boolean(params.status || params.academicYear || params.mobilityType);
}

import { pageOf, useListParams } from '../../components/useListParams';
import {
  NOMINATION_DIRECTIONS,
  NOMINATION_STATUSES,
  type NominationDirection,
  type NominationListQuery,
  type NominationStatus,
} from './api';

export const PAGE_SIZE = 20;

/** What the nomination list shows; kept in the address so that reloading and going back keep it. */
export interface NominationListParams {
  status: NominationStatus | null;
  callId: string | null;
  direction: NominationDirection | null;
  page: number;
}

function parse(search: URLSearchParams): NominationListParams {
  return {
    status: NOMINATION_STATUSES.find((status) => status === search.get('status')) ?? null,
    callId: search.get('callId') || null,
    direction: NOMINATION_DIRECTIONS.find((d) => d === search.get('direction')) ?? null,
    page: pageOf(search),
  };
}

export function useNominationListParams() {
  return useListParams(parse);
}

export function toNominationListQuery(params: NominationListParams): NominationListQuery {
  return {
    status: params.status ?? undefined,
    callId: params.callId ?? undefined,
    direction: params.direction ?? undefined,
    page: params.page - 1,
    size: PAGE_SIZE,
  };
}

export function isFiltered(params: NominationListParams): boolean {
  return Boolean(params.status || params.callId || params.direction);
}

/** The address of the list of one call's nominations. */
export function callNominationsPath(callId: string): string {
  return `/manage/nominations?${new URLSearchParams({ callId })}`;
}

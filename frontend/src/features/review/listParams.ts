import { pageOf, useListParams } from '../../components/useListParams';
import {
  ELIGIBILITY_DECISIONS,
  REVIEW_STATUSES,
  type EligibilityDecision,
  type ExportQuery,
  type ReviewListQuery,
} from './api';

export const PAGE_SIZE = 20;

/** The orders the API knows; submittedAt (oldest first) is its default. */
export const SORT_KEYS = ['submittedAt', '-submittedAt', 'name', '-name'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const DEFAULT_SORT = 'submittedAt' satisfies SortKey;

export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** What the list of a call's applications shows; kept in the address. */
export interface ReviewListParams {
  q: string;
  status: ReviewStatus | null;
  partnerId: string | null;
  eligibility: EligibilityDecision | null;
  /** null: the default order, left out of the address. */
  sort: Exclude<SortKey, typeof DEFAULT_SORT> | null;
  page: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return values.find((candidate) => candidate === value) ?? null;
}

export function parseReviewListParams(search: URLSearchParams): ReviewListParams {
  const partnerId = search.get('partnerId');
  const sort = oneOf(SORT_KEYS, search.get('sort'));
  return {
    q: search.get('q') ?? '',
    status: oneOf(REVIEW_STATUSES, search.get('status')),
    partnerId: partnerId && UUID.test(partnerId) ? partnerId : null,
    eligibility: oneOf(ELIGIBILITY_DECISIONS, search.get('eligibility')),
    sort: sort === DEFAULT_SORT ? null : sort,
    page: pageOf(search),
  };
}

export function useReviewListParams() {
  return useListParams(parseReviewListParams);
}

/** The filters and order, as both the list and the export take them. */
export function toFilterQuery(params: ReviewListParams): Omit<ExportQuery, 'format'> {
  return {
    q: params.q.trim() || undefined,
    status: params.status ?? undefined,
    partnerId: params.partnerId ?? undefined,
    eligibility: params.eligibility ?? undefined,
    sort: params.sort ?? undefined,
  };
}

export function toReviewListQuery(params: ReviewListParams): ReviewListQuery {
  return { ...toFilterQuery(params), page: params.page - 1, size: PAGE_SIZE };
}

export function isFiltered(params: ReviewListParams): boolean {
  return Boolean(params.q.trim() || params.status || params.partnerId || params.eligibility);
}

export const CLEARED_FILTERS: Partial<ReviewListParams> = {
  q: '',
  status: null,
  partnerId: null,
  eligibility: null,
};

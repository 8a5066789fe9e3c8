import { useSearchParams } from 'react-router';
import { isPartnerRegion, type PartnerRegion } from '../reference';
import type { InstitutionStatus, ListQuery } from './api';

export const SORT_KEYS = [
  'name',
  '-name',
  'city',
  '-city',
  'country',
  '-country',
  'updatedAt',
  '-updatedAt',
] as const;
type SortKey = (typeof SORT_KEYS)[number];

export const STATUSES = ['ACTIVE', 'ARCHIVED'] as const satisfies InstitutionStatus[];

export const PAGE_SIZE = 20;

/** What a partner list shows; kept in the address so that reloading and going back keep it. */
export interface ListParams {
  q: string;
  country: string | null;
  region: PartnerRegion | null;
  status: InstitutionStatus;
  sort: SortKey;
  /** 1-based, as shown. */
  page: number;
}

const DEFAULTS: ListParams = {
  q: '',
  country: null,
  region: null,
  status: 'ACTIVE',
  sort: 'name',
  page: 1,
};

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

function parse(search: URLSearchParams): ListParams {
  const region = search.get('region');
  const page = Number(search.get('page'));
  return {
    q: search.get('q') ?? DEFAULTS.q,
    country: search.get('country') || DEFAULTS.country,
    region: isPartnerRegion(region) ? region : DEFAULTS.region,
    status: oneOf(STATUSES, search.get('status')) ?? DEFAULTS.status,
    sort: oneOf(SORT_KEYS, search.get('sort')) ?? DEFAULTS.sort,
    page: Number.isInteger(page) && page > 0 ? page : DEFAULTS.page,
  };
}

function serialize(params: ListParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of Object.keys(DEFAULTS) as (keyof ListParams)[]) {
    const value = params[key];
    if (value !== null && value !== DEFAULTS[key]) search.set(key, String(value));
  }
  return search;
}

export function isFiltered(params: ListParams): boolean {
  return Boolean(params.q || params.country || params.region);
}

/** The list's parameters and a setter; any change other than the page goes back to page 1. */
export function useListParams(): [ListParams, (changes: Partial<ListParams>) => void] {
  const [search, setSearch] = useSearchParams();
  const params = parse(search);
  const update = (changes: Partial<ListParams>) =>
    setSearch(serialize({ ...params, page: 1, ...changes }), { replace: true });
  return [params, update];
}

export function toListQuery(params: ListParams, options: { withStatus: boolean }): ListQuery {
  return {
    q: params.q.trim() || undefined,
    country: params.country ?? undefined,
    region: params.region ? Number(params.region) : undefined,
    status: options.withStatus ? params.status : undefined,
    sort: params.sort,
    page: params.page - 1,
    size: PAGE_SIZE,
  };
}

export const CLEARED_FILTERS: Partial<ListParams> = { q: '', country: null, region: null };

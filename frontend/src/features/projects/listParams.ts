import { useSearchParams } from 'react-router';
import { PROJECT_STATUSES, type ProjectListQuery, type ProjectStatus } from './api';

export const PAGE_SIZE = 20;

/** What the project list shows; kept in the address so that reloading and going back keep it. */
export interface ProjectListParams {
  q: string;
  callYear: string | null;
  status: ProjectStatus | null;
  /** 1-based, as shown. */
  page: number;
}

function parse(search: URLSearchParams): ProjectListParams {
  const callYear = search.get('callYear');
  const page = Number(search.get('page'));
  return {
    q: search.get('q') ?? '',
    callYear: callYear && /^\d{4}$/.test(callYear) ? callYear : null,
    status: PROJECT_STATUSES.find((status) => status === search.get('status')) ?? null,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** The list's parameters and a setter; any change other than the page goes back to page 1. */
export function useProjectListParams(): [
  ProjectListParams,
  (changes: Partial<ProjectListParams>) => void,
] {
  const [search, setSearch] = useSearchParams();
  const params = parse(search);
  const update = (changes: Partial<ProjectListParams>) => {
    const next = { ...params, page: 1, ...changes };
    const entries = Object.entries(next).filter(
      ([key, value]) => value !== null && value !== '' && !(key === 'page' && value === 1),
    );
    setSearch(new URLSearchParams(entries.map(([key, value]) => [key, String(value)])), {
      replace: true,
    });
  };
  return [params, update];
}

export function toProjectListQuery(params: ProjectListParams): ProjectListQuery {
  return {
    q: params.q.trim() || undefined,
    callYear: params.callYear ? Number(params.callYear) : undefined,
    status: params.status ?? undefined,
    page: params.page - 1,
    size: PAGE_SIZE,
  };
}

export function isFiltered(params: ProjectListParams): boolean {
  return Boolean(params.q || params.callYear || params.status);
}

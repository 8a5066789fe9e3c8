import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { paths } from '../../api/schema';

export type Institution = Schemas['Institution'];
export type InstitutionInput = Schemas['InstitutionInput'];
export type InstitutionPage = Schemas['InstitutionPage'];
export type InstitutionStatus = Schemas['InstitutionStatus'];
export type ListQuery = NonNullable<paths['/api/v1/institutions']['get']['parameters']['query']>;

const keys = {
  lists: ['institutions', 'list'] as const,
  list: (query: ListQuery) => ['institutions', 'list', query] as const,
  one: (id: string) => ['institutions', 'one', id] as const,
  // Other screens read the home institution under the first key, failing when there is none.
  home: ['home-institution'] as const,
  homeOrNone: ['home-institution', 'or-none'] as const,
};

export function useInstitutionList(query: ListQuery) {
  return useQuery({
    queryKey: keys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/institutions', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useInstitution(id: string) {
  return useQuery({
    queryKey: keys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/institutions/{id}', { params: { path: { id } } })),
  });
}

function useRefreshAfterChange() {
  const client = useQueryClient();
  return (saved: Institution) => {
    client.setQueryData(keys.one(saved.id), saved);
    return client.invalidateQueries({ queryKey: keys.lists });
  };
}

/** Creates a partner, or updates the one with the id. */
export function useSaveInstitution(id?: string) {
  const refresh = useRefreshAfterChange();
  return useMutation({
    mutationFn: (body: InstitutionInput) =>
      unwrap(
        id
          ? api.PUT('/api/v1/institutions/{id}', { params: { path: { id } }, body })
          : api.POST('/api/v1/institutions', { body }),
      ),
    onSuccess: refresh,
  });
}

export type StatusAction = 'archive' | 'restore';

export function useChangeStatus() {
  const refresh = useRefreshAfterChange();
  return useMutation({
    mutationFn: ({ institution, action }: { institution: Institution; action: StatusAction }) => {
      const options = {
        params: { path: { id: institution.id } },
        body: { version: institution.version },
      };
      return unwrap(
        action === 'archive'
          ? api.POST('/api/v1/institutions/{id}/archive', options)
          : api.POST('/api/v1/institutions/{id}/restore', options),
      );
    },
    onSuccess: refresh,
  });
}

const REFERENCE_STALE_MS = 10 * 60 * 1000;
const ACTIVE_PARTNERS: ListQuery = { status: 'ACTIVE', sort: 'name', page: 0, size: 200 };

/** The home institution, one end of every agreement, call and estimate; fails while none is configured. */
export function useConfiguredHome() {
  return useQuery({
    queryKey: keys.home,
    queryFn: () => unwrap(api.GET('/api/v1/home-institution')),
    staleTime: REFERENCE_STALE_MS,
  });
}

/** The active partner institutions, to make an agreement with, offer places at or map a client to. */
export function useActivePartners() {
  return usePartnerDirectory(ACTIVE_PARTNERS);
}

/** A page of the partner directory that changes rarely, read once for the screens that choose from it. */
export function usePartnerDirectory(query: ListQuery) {
  return useQuery({
    queryKey: keys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/institutions', { params: { query } })),
    staleTime: REFERENCE_STALE_MS,
  });
}

/** The home institution, or null before an admin configured it (the API answers 404). */
export function useHomeInstitution() {
  return useQuery({
    queryKey: keys.homeOrNone,
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/v1/home-institution'));
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 404) return null;
        throw error;
      }
    },
  });
}

/** Configures the home institution: the first time without a version, afterwards with the one loaded. */
export function useConfigureHome() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: InstitutionInput) => unwrap(api.PUT('/api/v1/home-institution', { body })),
    onSuccess: (saved) => {
      client.setQueryData(keys.homeOrNone, saved);
      client.setQueryData(keys.home, saved);
    },
  });
}

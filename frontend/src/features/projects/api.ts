import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import type { paths } from '../../api/schema';

export type Project = Schemas['Project'];
export type ProjectInput = Schemas['ProjectInput'];
export type ProjectSummary = Schemas['ProjectSummary'];
export type ProjectPage = Schemas['ProjectPage'];
export type ProjectBudget = Schemas['ProjectBudget'];
export type ProjectBudgetFigures = Schemas['ProjectBudgetFigures'];
export type ProjectInstitution = Schemas['ProjectInstitution'];
export type ProjectStatus = Schemas['ProjectStatus'];
export type BudgetLine = Schemas['BudgetLine'];
export type ProjectListQuery = NonNullable<paths['/api/v1/projects']['get']['parameters']['query']>;

export const PROJECT_STATUSES = [
  'PLANNED',
  'ONGOING',
  'ENDED',
  'FINAL_REPORT',
  'CLOSED',
] as const satisfies ProjectStatus[];

/** The budget lines in the order of the grant agreement. */
export const BUDGET_LINES = [
  'INDIVIDUAL_SUPPORT',
  'TRAVEL',
  'ORGANISATIONAL_SUPPORT',
  'INCLUSION_SUPPORT',
] as const satisfies BudgetLine[];

const keys = {
  lists: ['projects', 'list'] as const,
  list: (query: ProjectListQuery) => ['projects', 'list', query] as const,
  one: (id: string) => ['projects', 'one', id] as const,
  budget: (id: string) => ['projects', 'budget', id] as const,
};

export function useProjectList(query: ProjectListQuery) {
  return useQuery({
    queryKey: keys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/projects', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useProject(id: string) {
  return useQuery({
    queryKey: keys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/projects/{id}', { params: { path: { id } } })),
  });
}

export function useProjectBudget(id: string) {
  return useQuery({
    queryKey: keys.budget(id),
    queryFn: () => unwrap(api.GET('/api/v1/projects/{id}/budget', { params: { path: { id } } })),
  });
}

/** Records a project, or changes the one with the id (sending the version it was loaded at). */
export function useSaveProject(id?: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ProjectInput) =>
      unwrap(
        id
          ? api.PUT('/api/v1/projects/{id}', { params: { path: { id } }, body })
          : api.POST('/api/v1/projects', { body }),
      ),
    onSuccess: (saved) => {
      client.setQueryData(keys.one(saved.id), saved);
      return Promise.all([
        client.invalidateQueries({ queryKey: keys.lists }),
        client.invalidateQueries({ queryKey: keys.budget(saved.id) }),
      ]);
    },
  });
}

/** The countries with their programme side, to offer only EU and associated beneficiaries. */
export function useCountrySides() {
  const { data } = useQuery({
    queryKey: ['reference', 'countries'],
    queryFn: () => unwrap(api.GET('/api/v1/reference/countries')),
    staleTime: Infinity,
  });
  return new Map(data?.map((country) => [country.code, country.side]));
}

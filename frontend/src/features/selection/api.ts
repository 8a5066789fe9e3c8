import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type Panel = Schemas['Panel'];
export type PanelInput = Schemas['PanelInput'];
export type Coverage = Schemas['PanelCoverage'];
export type CoverageRow = Schemas['PanelCoverageRow'];
export type Evaluator = Schemas['PanelEvaluator'];
export type User = Schemas['User'];
export type EvaluationCall = Schemas['EvaluationCall'];
export type AssignedApplication = Schemas['AssignedApplication'];
export type DeclarationState = Schemas['DeclarationState'];

/** The API's limit of a conflict's note (DeclarationRules). */
export const NOTE_MAX = 1000;
export const MIN_EVALUATIONS = { min: 1, max: 10 };

const keys = {
  panel: (callId: string) => ['panel', callId] as const,
  coverage: (callId: string) => ['panel', callId, 'coverage'] as const,
  evaluators: (q: string) => ['users', 'evaluator', q] as const,
  myCalls: ['evaluations', 'calls'] as const,
  assigned: (callId: string) => ['evaluations', 'calls', callId] as const,
};

export function usePanel(callId: string) {
  return useQuery({
    queryKey: keys.panel(callId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/calls/{callId}/panel', { params: { path: { callId } } })),
  });
}

export function useCoverage(callId: string) {
  return useQuery({
    queryKey: keys.coverage(callId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/calls/{callId}/panel/coverage', { params: { path: { callId } } })),
  });
}

/** People with the evaluator role who signed in once, matching the words typed. */
export function useEvaluatorSearch(q: string) {
  return useQuery({
    queryKey: keys.evaluators(q),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/users', {
          params: { query: { role: 'evaluator', q: q || undefined, page: 0, size: 20 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useSavePanel(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PanelInput) =>
      unwrap(api.PUT('/api/v1/calls/{callId}/panel', { params: { path: { callId } }, body })),
    onSuccess: (panel) => {
      client.setQueryData(keys.panel(callId), panel);
      return client.invalidateQueries({ queryKey: keys.coverage(callId) });
    },
  });
}

export function useMyEvaluationCalls() {
  return useQuery({
    queryKey: keys.myCalls,
    queryFn: () =>
      unwrap(api.GET('/api/v1/evaluations/calls', { params: { query: { page: 0, size: 100 } } })),
  });
}

export function useAssignedApplications(callId: string) {
  return useQuery({
    queryKey: keys.assigned(callId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/evaluations/calls/{callId}/applications', {
          params: { path: { callId }, query: { page: 0, size: 200 } },
        }),
      ),
  });
}

export function useDeclare(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      applicationId,
      conflict,
      note,
    }: {
      applicationId: string;
      conflict: boolean;
      note?: string;
    }) =>
      unwrap(
        api.PUT('/api/v1/evaluations/applications/{applicationId}/declaration', {
          params: { path: { applicationId } },
          body: { conflict, note },
        }),
      ),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.assigned(callId) }),
        client.invalidateQueries({ queryKey: keys.myCalls }),
      ]),
  });
}

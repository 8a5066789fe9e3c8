import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import type { paths } from '../../api/schema';

export type Agreement = Schemas['Agreement'];
export type AgreementInput = Schemas['AgreementInput'];
export type AgreementSummary = Schemas['AgreementSummary'];
export type AgreementSide = Schemas['AgreementSide'];
export type ProjectRef = Schemas['ProjectRef'];
export type AgreementFlow = Schemas['AgreementFlow'];
export type AgreementStatus = Schemas['AgreementStatus'];
export type AmendmentStatus = Schemas['AmendmentStatus'];
export type Amendment = Schemas['AgreementAmendment'];
export type AgreementAction = Schemas['AgreementAction'];
export type AgreementTransition = Schemas['AgreementTransition'];
export type AgreementDiff = Schemas['AgreementDiff'];
export type FlowChange = Schemas['FlowChange'];
export type FieldChange = Schemas['FieldChange'];
export type MobilityType = Schemas['AgreementMobilityType'];
export type SignInput = Schemas['SignInput'];
export type TerminateInput = Schemas['TerminateInput'];
export type AgreementListQuery = NonNullable<
  paths['/api/v1/agreements']['get']['parameters']['query']
>;

export const AGREEMENT_STATUSES = [
  'DRAFT',
  'SIGNED_BY_HOME',
  'DECLINED_BY_PARTNER',
  'IN_FORCE',
  'EXPIRED',
  'TERMINATED',
] as const satisfies AgreementStatus[];

export const MOBILITY_TYPES = [
  'STUDENT_STUDIES',
  'STUDENT_TRAINEESHIP',
  'STAFF_TEACHING',
  'STAFF_TRAINING',
] as const satisfies MobilityType[];

/** Students count months (2 to 12 a mobility), staff count days (5 to 60), as the API does. */
export const DURATION_PER_MOBILITY: Record<MobilityType, { min: number; max: number }> = {
  STUDENT_STUDIES: { min: 2, max: 12 },
  STUDENT_TRAINEESHIP: { min: 2, max: 12 },
  STAFF_TEACHING: { min: 5, max: 60 },
  STAFF_TRAINING: { min: 5, max: 60 },
};

export function isStudent(type: MobilityType): boolean {
  return type.startsWith('STUDENT_');
}

const keys = {
  lists: ['agreements', 'list'] as const,
  list: (query: AgreementListQuery) => ['agreements', 'list', query] as const,
  one: (id: string) => ['agreements', 'one', id] as const,
  diff: (id: string, to: number) => ['agreements', 'diff', id, to] as const,
};

export function useAgreementList(query: AgreementListQuery) {
  return useQuery({
    queryKey: keys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/agreements', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useAgreement(id: string) {
  return useQuery({
    queryKey: keys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/agreements/{id}', { params: { path: { id } } })),
  });
}

/** The changes from the last approved version to the current conditions, numbered `to`. */
export function useAgreementDiff(id: string, to: number) {
  return useQuery({
    queryKey: keys.diff(id, to),
    queryFn: () =>
      unwrap(api.GET('/api/v1/agreements/{id}/diff', { params: { path: { id }, query: { to } } })),
  });
}

function useRefreshAfterChange() {
  const client = useQueryClient();
  return (saved: Agreement) => {
    client.setQueryData(keys.one(saved.id), saved);
    return client.invalidateQueries({ queryKey: keys.lists });
  };
}

/** Records an agreement, or changes the one with the id (sending the version it was loaded at). */
export function useSaveAgreement(id?: string) {
  const refresh = useRefreshAfterChange();
  return useMutation({
    mutationFn: (body: AgreementInput) =>
      unwrap(
        id
          ? api.PUT('/api/v1/agreements/{id}', { params: { path: { id } }, body })
          : api.POST('/api/v1/agreements', { body }),
      ),
    onSuccess: refresh,
  });
}

export type LifecycleAction =
  | { kind: 'sign'; body: SignInput }
  | { kind: 'terminate'; body: TerminateInput }
  | { kind: 'restore'; body: { version: number } };

/** Signs, terminates or restores the approved conditions of the agreement. */
export function useLifecycleAction(id: string) {
  const refresh = useRefreshAfterChange();
  return useMutation({
    mutationFn: (action: LifecycleAction) => {
      const path = { params: { path: { id } } };
      switch (action.kind) {
        case 'sign':
          return unwrap(api.POST('/api/v1/agreements/{id}/sign', { ...path, body: action.body }));
        case 'terminate':
          return unwrap(
            api.POST('/api/v1/agreements/{id}/terminate', { ...path, body: action.body }),
          );
        case 'restore':
          return unwrap(
            api.POST('/api/v1/agreements/{id}/restore-approved', { ...path, body: action.body }),
          );
      }
    },
    onSuccess: refresh,
  });
}

/** The agreement printed as PDF, fetched with the user's token. */
export async function fetchAgreementPdf(id: string): Promise<Blob> {
  return unwrap(
    api.GET('/api/v1/agreements/{id}/pdf', {
      params: { path: { id } },
      headers: { Accept: 'application/pdf' },
      parseAs: 'blob',
    }),
  );
}

/** The KA171 projects the partner takes part in, which can fund the agreement. */
export function usePartnerProjects(partnerId: string | null) {
  const query = { institutionId: partnerId ?? undefined, page: 0, size: 200 };
  return useQuery({
    queryKey: ['projects', 'list', query],
    queryFn: () => unwrap(api.GET('/api/v1/projects', { params: { query } })),
    enabled: partnerId !== null,
  });
}

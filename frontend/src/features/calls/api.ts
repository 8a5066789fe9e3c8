import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import type { paths } from '../../api/schema';

export type Call = Schemas['Call'];
export type CallInput = Schemas['CallInput'];
export type CallSummary = Schemas['CallSummary'];
export type CallChange = Schemas['CallChange'];
export type CallStatus = Schemas['CallStatus'];
export type CallSchedule = Schemas['CallSchedule'];
export type CallMobilityType = Schemas['CallMobilityType'];
export type CallEligibility = Schemas['CallEligibility'];
export type CallDuration = Schemas['CallDuration'];
export type RequiredDocument = Schemas['CallRequiredDocument'];
export type Criterion = Schemas['CallSelectionCriterion'];
export type CriterionKind = NonNullable<Criterion['kind']>;
export type RankingRules = Schemas['CallRankingRules'];
export const CRITERION_KINDS: CriterionKind[] = [
  'EVALUATOR',
  'GRADE_AVERAGE',
  'LANGUAGE_LEVEL',
  'FEWER_OPPORTUNITIES',
];
export type DocumentType = Schemas['DocumentType'];
export type DocumentFormat = Schemas['DocumentFormat'];
export type StaffCategory = Schemas['StaffCategory'];
export type PublicCall = Schemas['PublicCall'];
export type PublicCallSummary = Schemas['PublicCallSummary'];
export type CallPartner = Schemas['CallPartner'];
export type CallListQuery = NonNullable<paths['/api/v1/calls']['get']['parameters']['query']>;
export type PublicCallListQuery = NonNullable<
  paths['/api/v1/public/calls']['get']['parameters']['query']
>;

/** The languages the office writes call texts in; English is required. */
export const TEXT_LANGUAGES = ['en', 'ru', 'ky', 'kk'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

export const CALL_STATUSES = ['DRAFT', 'PUBLISHED', 'CLOSED'] as const satisfies CallStatus[];

export const CALL_MOBILITY_TYPES = [
  'STUDENT_STUDIES',
  'STUDENT_TRAINEESHIP',
  'SHORT_TERM_BLENDED',
  'SHORT_TERM_DOCTORAL',
  'STAFF_TEACHING',
  'STAFF_TRAINING',
] as const satisfies CallMobilityType[];

export const DOCUMENT_TYPES = [
  'MOTIVATION_LETTER',
  'CV',
  'TRANSCRIPT_OF_RECORDS',
  'LANGUAGE_CERTIFICATE',
  'PASSPORT',
  'RECOMMENDATION_LETTER',
  'LEARNING_AGREEMENT',
  'TEACHING_PROGRAMME',
  'TRAINING_PROGRAMME',
  'OTHER',
] as const satisfies DocumentType[];

export const DOCUMENT_FORMATS = ['PDF', 'JPEG', 'PNG'] as const satisfies DocumentFormat[];

export const STAFF_CATEGORIES = [
  'ACADEMIC',
  'ADMINISTRATIVE',
  'TECHNICAL',
  'MANAGEMENT',
] as const satisfies StaffCategory[];

/** Staff calls are open to staff categories; the others to students by study cycle and grades. */
export function isStaffType(type: CallMobilityType): boolean {
  return type === 'STAFF_TEACHING' || type === 'STAFF_TRAINING';
}

const keys = {
  all: ['calls'] as const,
  lists: ['calls', 'list'] as const,
  list: (query: CallListQuery) => ['calls', 'list', query] as const,
  one: (id: string) => ['calls', 'one', id] as const,
  changes: (id: string) => ['calls', 'changes', id] as const,
  publicList: (query: PublicCallListQuery) => ['calls', 'public', 'list', query] as const,
  publicOne: (id: string) => ['calls', 'public', 'one', id] as const,
};

export function usePublicCalls(query: PublicCallListQuery) {
  return useQuery({
    queryKey: keys.publicList(query),
    queryFn: () => unwrap(api.GET('/api/v1/public/calls', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function usePublicCall(id: string) {
  return useQuery({
    queryKey: keys.publicOne(id),
    queryFn: () => unwrap(api.GET('/api/v1/public/calls/{id}', { params: { path: { id } } })),
  });
}

export function useCallList(query: CallListQuery) {
  return useQuery({
    queryKey: keys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/calls', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useCall(id: string) {
  return useQuery({
    queryKey: keys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/calls/{id}', { params: { path: { id } } })),
  });
}

/** The publication and every change since, oldest first. */
export function useCallChanges(id: string, version: number) {
  return useQuery({
    queryKey: [...keys.changes(id), version],
    queryFn: () => unwrap(api.GET('/api/v1/calls/{id}/changes', { params: { path: { id } } })),
  });
}

function useRefreshAfterChange() {
  const client = useQueryClient();
  return (saved?: Call) => {
    if (saved) client.setQueryData(keys.one(saved.id), saved);
    return client.invalidateQueries({ queryKey: keys.all });
  };
}

/** Creates a draft call, or changes the one with the id (the body carries the version loaded). */
export function useSaveCall(id?: string) {
  const refresh = useRefreshAfterChange();
  return useMutation({
    mutationFn: (body: CallInput) =>
      unwrap(
        id
          ? api.PUT('/api/v1/calls/{id}', { params: { path: { id } }, body })
          : api.POST('/api/v1/calls', { body }),
      ),
    onSuccess: refresh,
  });
}

export function usePublishCall(id: string) {
  const refresh = useRefreshAfterChange();
  return useMutation({
    mutationFn: (version: number) =>
      unwrap(
        api.POST('/api/v1/calls/{id}/publish', { params: { path: { id } }, body: { version } }),
      ),
    onSuccess: refresh,
  });
}

export function useDeleteCall(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      unwrap(api.DELETE('/api/v1/calls/{id}', { params: { path: { id }, query: { version } } })),
    onSuccess: () => {
      client.removeQueries({ queryKey: keys.one(id) });
      return client.invalidateQueries({ queryKey: keys.lists });
    },
  });
}

/** The KA171 projects that can fund a call. */
export function useProjects() {
  const query = { sort: '-startDate', page: 0, size: 200 };
  return useQuery({
    queryKey: ['projects', 'list', query],
    queryFn: () => unwrap(api.GET('/api/v1/projects', { params: { query } })),
    staleTime: 10 * 60 * 1000,
  });
}

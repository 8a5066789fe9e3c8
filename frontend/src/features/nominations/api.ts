import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { paths } from '../../api/schema';

export type Nomination = Schemas['Nomination'];
export type NominationStatus = Schemas['NominationStatus'];
export type NominationDirection = Schemas['NominationDirection'];
export type NominationEvent = Schemas['NominationEvent'];
export type PartnerDecision = Schemas['PartnerDecision'];
export type NominationLetter = Schemas['NominationLetter'];
export type NominationListQuery = NonNullable<
  paths['/api/v1/nominations']['get']['parameters']['query']
>;

export const NOMINATION_STATUSES = [
  'NOMINATED',
  'ACCEPTED',
  'REJECTED',
  'CANCELLED',
] as const satisfies NominationStatus[];
export const NOMINATION_DIRECTIONS = [
  'OUTGOING',
  'INCOMING',
] as const satisfies NominationDirection[];

/** The longest reason the API takes, to cancel or to go over a flow's capacity. */
export const REASON_MAX = 2000;

/** The flow's capacity refusal, the one a coordinator may override with a reason. */
export const OVER_CAPACITY = 'nomination.overCapacity';

/** Whether the refusal says the flow's mobilities per year are all taken. */
export function isOverCapacity(error: Error): boolean {
  return error instanceof ApiProblem && error.errors.some((e) => e.code === OVER_CAPACITY);
}

/** Someone changed the nomination since it was loaded. */
export function isStale(error: Error): boolean {
  return error instanceof ApiProblem && error.status === 409 && error.hasFieldError('version');
}

/** Whether the home coordinator may still cancel it or move its period. */
export function isOpen(nomination: Nomination): boolean {
  return nomination.status === 'NOMINATED' || nomination.status === 'ACCEPTED';
}

export function participantName({ participant }: Nomination): string {
  return `${participant.givenName} ${participant.familyName}`;
}

const keys = {
  all: ['nominations'] as const,
  list: (query: NominationListQuery) => ['nominations', 'list', query] as const,
  one: (id: string) => ['nominations', 'one', id] as const,
};

export function useNominationList(query: NominationListQuery) {
  return useQuery({
    queryKey: keys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/nominations', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useNomination(id: string) {
  return useQuery({
    queryKey: keys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/nominations/{id}', { params: { path: { id } } })),
  });
}

function useRefresh() {
  const client = useQueryClient();
  return (saved?: Nomination) => {
    if (saved) client.setQueryData(keys.one(saved.id), saved);
    return client.invalidateQueries({ queryKey: keys.all });
  };
}

export function useCancelNomination(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: Schemas['NominationCancelInput']) =>
      unwrap(api.POST('/api/v1/nominations/{id}/cancel', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

export function useChangePeriod(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: Schemas['NominationPeriodInput']) =>
      unwrap(api.PUT('/api/v1/nominations/{id}/period', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

/** The partner's decision sent by letter or e-mail, then the letter itself when one is given. */
export function useRecordDecision(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({
      letter,
      ...body
    }: Schemas['NominationDecisionInput'] & { letter?: File | null }) => {
      const decided = await unwrap(
        api.POST('/api/v1/nominations/{id}/decision', { params: { path: { id } }, body }),
      );
      return letter ? attachLetter(id, letter) : decided;
    },
    onSuccess: refresh,
    // A refused letter leaves the decision recorded: the page shows it either way.
    onError: () => refresh(),
  });
}

function attachLetter(id: string, letter: File): Promise<Nomination> {
  const form = new FormData();
  form.append('file', letter, letter.name);
  return unwrap(
    api.PUT('/api/v1/nominations/{id}/letter', {
      params: { path: { id } },
      body: {} as Schemas['NominationLetterUpload'],
      bodySerializer: () => form,
    }),
  );
}

/** The partner's letter, to save. */
export async function fetchLetter(id: string): Promise<Blob> {
  return unwrap(
    api.GET('/api/v1/nominations/{id}/letter', { params: { path: { id } }, parseAs: 'blob' }),
  );
}

export function useNominate(callId: string) {
  const client = useQueryClient();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: Schemas['NominateInput']) =>
      unwrap(
        api.POST('/api/v1/calls/{callId}/nominations', { params: { path: { callId } }, body }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['selection', callId] });
      return refresh();
    },
  });
}

/** The most a request lists: the candidates of one call fit in it. */
const MAX_PAGE = { page: 0, size: 200 };

/**
 * The call's candidates who accepted their places and are not nominated yet. Under the call's
 * selection key, so that an answer to an offer reloads it as it reloads the standings.
 */
export function useCandidatesToNominate(callId: string) {
  return useQuery({
    queryKey: ['selection', callId, 'standings', 'toNominate'],
    queryFn: async () => {
      const [standings, nominations] = await Promise.all([
        unwrap(
          api.GET('/api/v1/calls/{callId}/results/standings', {
            params: { path: { callId }, query: { status: 'PLACED', ...MAX_PAGE } },
          }),
        ),
        unwrap(api.GET('/api/v1/nominations', { params: { query: { callId, ...MAX_PAGE } } })),
      ]);
      const nominated = new Set(nominations.items.map((n) => n.applicationId));
      return standings.items.filter(
        (s) => s.response === 'ACCEPTED' && !nominated.has(s.applicationId),
      );
    },
  });
}

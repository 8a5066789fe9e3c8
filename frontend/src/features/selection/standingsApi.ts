import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { OUTCOMES_PAGE_SIZE, type OutcomeStatus } from './commissionApi';

export type Standing = Schemas['ResultStanding'];

/** After publication, the outcomes a candidate can have, declined included. */
export const STANDING_FILTERS = [
  'PLACED',
  'RESERVE',
  'DECLINED',
  'NOT_SELECTED',
  'INCOMPLETE',
] as const satisfies OutcomeStatus[];

/** Under the call's selection key, so every selection change (an answer, a cascade) reloads it. */
export function useStandings(callId: string, status: OutcomeStatus | undefined, page: number) {
  return useQuery({
    queryKey: ['selection', callId, 'standings', status ?? 'all', page],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/calls/{callId}/results/standings', {
          params: { path: { callId }, query: { status, page, size: OUTCOMES_PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

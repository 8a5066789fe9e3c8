import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type RateTable = Schemas['RateTable'];
export type RateTableSummary = Schemas['RateTableSummary'];
export type RateValue = Schemas['RateValue'];
export type RateTableInput = Schemas['RateTableInput'];
export type Confidence = RateValue['confidence'];

export const CONFIDENCES: Confidence[] = ['CONFIRMED', 'PROBABLE', 'UNKNOWN'];

const keys = {
  all: ['rate-tables'] as const,
  list: ['rate-tables', 'list'] as const,
  one: (callYear: number, version: number | undefined) =>
    ['rate-tables', callYear, version] as const,
};

/** Every version of every call year, newest first. */
export function useRateTableVersions() {
  return useQuery({
    queryKey: keys.list,
    queryFn: () => unwrap(api.GET('/api/v1/rate-tables')),
  });
}

/** The call years that have a rate table, newest first. */
export function callYearsOf(versions: RateTableSummary[]): number[] {
  return [...new Set(versions.map((version) => version.callYear))].sort((a, b) => b - a);
}

/** One version of a call year's table, or its newest when no version is given. */
export function useRateTable(callYear: number | undefined, version?: number) {
  return useQuery({
    queryKey: keys.one(callYear ?? 0, version),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/rate-tables/{callYear}', {
          params: { path: { callYear: callYear as number }, query: { version } },
        }),
      ),
    enabled: callYear !== undefined,
  });
}

function useRefresh() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: keys.all }),
      client.invalidateQueries({ queryKey: ['grants', 'estimate'] }),
    ]);
}

export function useCreateVersion() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ callYear, body }: { callYear: number; body: RateTableInput }) =>
      unwrap(
        api.POST('/api/v1/rate-tables/{callYear}/versions', {
          params: { path: { callYear } },
          body,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useFinalise() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ callYear, version }: { callYear: number; version: number }) =>
      unwrap(
        api.POST('/api/v1/rate-tables/{callYear}/versions/{version}/finalise', {
          params: { path: { callYear, version } },
        }),
      ),
    onSuccess: refresh,
  });
}

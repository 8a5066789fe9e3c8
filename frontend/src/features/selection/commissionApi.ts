import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import type { paths } from '../../api/schema';
import { EXPORT_TYPES, fileNameFromContentDisposition } from '../review';

export type AllocationRun = Schemas['AllocationRun'];
export type AllocationRunPage = Schemas['AllocationRunPage'];
export type AllocationOutcomePage = Schemas['AllocationOutcomePage'];
export type AllocationOutcome = Schemas['AllocationOutcome'];
export type ExplanationStep = Schemas['ExplanationStep'];
export type CommissionDecision = Schemas['CommissionDecision'];
export type DecisionState = Schemas['DecisionState'];
export type DecisionInput = Schemas['DecisionInput'];
export type ReopenInput = Schemas['ReopenInput'];
export type CallResults = Schemas['CallResults'];
export type PublishResultsInput = Schemas['PublishResultsInput'];
export type Appeal = Schemas['Appeal'];
export type AppealAnswerInput = Schemas['AppealAnswerInput'];
export type AppealDecision = AppealAnswerInput['decision'];
export type SelectionHistoryPage = Schemas['SelectionHistoryPage'];
export type SelectionHistoryEntry = Schemas['SelectionHistoryEntry'];
export type OutcomeStatus = AllocationOutcome['status'];
export type HistoryKind = SelectionHistoryEntry['kind'];
export type ExportFormat = NonNullable<
  NonNullable<
    paths['/api/v1/calls/{callId}/allocations/{runId}/export']['get']['parameters']['query']
  >['format']
>;

/** The statuses the ranking's filter offers; a decline only happens after publication. */
export const OUTCOME_FILTERS = [
  'PLACED',
  'RESERVE',
  'NOT_SELECTED',
  'INCOMPLETE',
] as const satisfies OutcomeStatus[];

export const HISTORY_KINDS = [
  'PANEL_SET',
  'DECLARED_NO_CONFLICT',
  'DECLARED_CONFLICT',
  'SCORED',
  'ALLOCATION_RUN',
  'DECIDED',
  'REOPENED',
  'PUBLISHED',
  'ACCEPTED',
  'DECLINED',
  'MOVED',
  'APPEALED',
  'APPEAL_ANSWERED',
] as const satisfies HistoryKind[];

export const OUTCOMES_PAGE_SIZE = 50;
export const HISTORY_PAGE_SIZE = 50;
/** The runs the run picker offers, newest first. */
const RUNS_SHOWN = 50;
/** The API's limits (DecisionRules, ResultsRules). */
export const MEMBERS_MAX = 30;
export const RESPONSE_DAYS = { min: 1, max: 60, initial: 7 };
export const APPEAL_DAYS = { min: 0, max: 60, initial: 7 };
export const APPEAL_ANSWER_MAX = 4000;

const keys = {
  all: (callId: string) => ['selection', callId] as const,
  runs: (callId: string) => ['selection', callId, 'runs'] as const,
  run: (callId: string, runId: string) => ['selection', callId, 'run', runId] as const,
  outcomes: (callId: string, runId: string, status: OutcomeStatus | undefined, page: number) =>
    ['selection', callId, 'run', runId, 'outcomes', status, page] as const,
  decision: (callId: string) => ['selection', callId, 'decision'] as const,
  results: (callId: string) => ['selection', callId, 'results'] as const,
  appeals: (callId: string) => ['selection', callId, 'appeals'] as const,
  history: (callId: string, kind: HistoryKind | undefined, page: number) =>
    ['selection', callId, 'history', kind, page] as const,
};

/** The newest runs of a call, newest first. */
export function useAllocationRuns(callId: string) {
  return useQuery({
    queryKey: keys.runs(callId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/calls/{callId}/allocations', {
          params: { path: { callId }, query: { page: 0, size: RUNS_SHOWN } },
        }),
      ),
  });
}

export function useAllocationRun(callId: string, runId: string | undefined) {
  return useQuery({
    queryKey: keys.run(callId, runId ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/calls/{callId}/allocations/{runId}', {
          params: { path: { callId, runId: runId ?? '' } },
        }),
      ),
    enabled: runId !== undefined,
  });
}

/** The run a screen shows: the one picked, else the newest; undefined before any run. */
export function useShownRun(callId: string, pickedId: string | null) {
  const runs = useAllocationRuns(callId);
  const runId = pickedId ?? runs.data?.items[0]?.id;
  return { runs, runId, run: useAllocationRun(callId, runId) };
}

/** Runs the ranking and allocation as a preview; the new run is stored and answered. */
export function useRunAllocation(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/calls/{callId}/allocations', { params: { path: { callId } } })),
    onSuccess: (run) => {
      client.setQueryData(keys.run(callId, run.id), run);
      return client.invalidateQueries({ queryKey: keys.all(callId) });
    },
  });
}

/** One page (zero-based) of a run's outcomes in the run's order, of one status or all. */
export function useOutcomes(
  callId: string,
  runId: string,
  status: OutcomeStatus | undefined,
  page: number,
) {
  return useQuery({
    queryKey: keys.outcomes(callId, runId, status, page),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/calls/{callId}/allocations/{runId}/outcomes', {
          params: {
            path: { callId, runId },
            query: { status, page, size: OUTCOMES_PAGE_SIZE },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useDecisionState(callId: string) {
  return useQuery({
    queryKey: keys.decision(callId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/calls/{callId}/decision', { params: { path: { callId } } })),
  });
}

/** A decision changes what is locked, current and publishable: everything of the call's selection reloads. */
function useSelectionChange<Input, Output>(
  callId: string,
  change: (input: Input) => Promise<Output>,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all(callId) }),
  });
}

export function useDecide(callId: string) {
  return useSelectionChange(callId, (body: DecisionInput) =>
    unwrap(api.POST('/api/v1/calls/{callId}/decision', { params: { path: { callId } }, body })),
  );
}

export function useReopenDecision(callId: string) {
  return useSelectionChange(callId, (body: ReopenInput) =>
    unwrap(
      api.POST('/api/v1/calls/{callId}/decision/reopen', { params: { path: { callId } }, body }),
    ),
  );
}

export function useResults(callId: string) {
  return useQuery({
    queryKey: keys.results(callId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/calls/{callId}/results', { params: { path: { callId } } })),
  });
}

export function usePublishResults(callId: string) {
  return useSelectionChange(callId, (body: PublishResultsInput) =>
    unwrap(api.POST('/api/v1/calls/{callId}/results', { params: { path: { callId } }, body })),
  );
}

/** The appeals against the call's results, waiting ones first. */
export function useAppeals(callId: string) {
  return useQuery({
    queryKey: keys.appeals(callId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/calls/{callId}/results/appeals', { params: { path: { callId } } })),
  });
}

/** Answers an appeal once; the call's selection (appeals, history) reloads whether it was taken or refused (answered meanwhile). */
export function useAnswerAppeal(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ appealId, ...body }: AppealAnswerInput & { appealId: string }) =>
      unwrap(
        api.POST('/api/v1/calls/{callId}/results/appeals/{appealId}/answer', {
          params: { path: { callId, appealId } },
          body,
        }),
      ),
    onSettled: () => client.invalidateQueries({ queryKey: keys.all(callId) }),
  });
}

/** One page (zero-based) of the call's selection history, newest first, of one kind or all. */
export function useSelectionHistory(callId: string, kind: HistoryKind | undefined, page: number) {
  return useQuery({
    queryKey: keys.history(callId, kind, page),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/calls/{callId}/selection-history', {
          params: { path: { callId }, query: { kind, page, size: HISTORY_PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

async function downloaded(
  call: Promise<{ data?: Blob; error?: unknown; response: Response }>,
  fallbackName: string,
): Promise<DownloadedFile> {
  const { response } = await call;
  const blob = await unwrap(call);
  return {
    blob,
    fileName:
      fileNameFromContentDisposition(response.headers.get('Content-Disposition')) ?? fallbackName,
  };
}

/** A run's ranking as a CSV or XLSX file, fetched with the user's token. */
export function fetchRunExport(
  callId: string,
  runId: string,
  format: ExportFormat,
): Promise<DownloadedFile> {
  return downloaded(
    api.GET('/api/v1/calls/{callId}/allocations/{runId}/export', {
      params: { path: { callId, runId }, query: { format } },
      headers: { Accept: `${EXPORT_TYPES[format]}, application/problem+json` },
      parseAs: 'blob',
    }),
    `ranking.${format}`,
  );
}

/** The minutes of the decision in force as a PDF, fetched with the user's token. */
export function fetchMinutes(callId: string): Promise<DownloadedFile> {
  return downloaded(
    api.GET('/api/v1/calls/{callId}/decision/minutes', {
      params: { path: { callId } },
      headers: { Accept: 'application/pdf, application/problem+json' },
      parseAs: 'blob',
    }),
    'minutes.pdf',
  );
}

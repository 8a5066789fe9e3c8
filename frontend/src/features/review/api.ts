import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { paths } from '../../api/schema';
import { fileNameFromContentDisposition } from './text';

export type Call = Schemas['Call'];
export type ReviewApplication = Schemas['ReviewApplication'];
export type ReviewApplicationSummary = Schemas['ReviewApplicationSummary'];
export type ReviewDocument = Schemas['ReviewDocument'];
export type ReviewPreference = Schemas['ReviewPreference'];
export type ReviewTimelineEntry = Schemas['ReviewTimelineEntry'];
export type ApplicationStatus = Schemas['ApplicationStatus'];
export type EligibilityDecision = Schemas['EligibilityDecision'];
export type EligibilityDecisionInput = Schemas['EligibilityDecisionInput'];
export type CoordinatorNoteInput = Schemas['CoordinatorNoteInput'];
export type DocumentType = Schemas['DocumentType'];
export type ApplicationEventKind = Schemas['ApplicationEventKind'];
export type ReviewListQuery = NonNullable<
  paths['/api/v1/calls/{callId}/applications']['get']['parameters']['query']
>;
export type ExportQuery = NonNullable<
  paths['/api/v1/calls/{callId}/applications/export']['get']['parameters']['query']
>;
export type ExportFormat = NonNullable<ExportQuery['format']>;

/** The statuses coordinators see: drafts stay the applicants' own. */
export const REVIEW_STATUSES = ['SUBMITTED', 'WITHDRAWN'] as const satisfies ApplicationStatus[];
export const ELIGIBILITY_DECISIONS = [
  'PENDING',
  'ELIGIBLE',
  'INELIGIBLE',
] as const satisfies EligibilityDecision[];

/** As the API takes them: at most this many characters. */
export const NOTE_MAX = 10_000;
export const REASON_MAX = 2_000;

const keys = {
  lists: ['review', 'list'] as const,
  list: (callId: string, query: ReviewListQuery) => ['review', 'list', callId, query] as const,
  one: (id: string) => ['review', 'one', id] as const,
};

export function useReviewList(callId: string, query: ReviewListQuery) {
  return useQuery({
    queryKey: keys.list(callId, query),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/calls/{callId}/applications', {
          params: { path: { callId }, query },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useReviewApplication(id: string) {
  return useQuery({
    queryKey: keys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}', { params: { path: { id } } })),
  });
}

function useRefreshAfterChange() {
  const client = useQueryClient();
  return (saved: ReviewApplication) => {
    client.setQueryData(keys.one(saved.id), saved);
    return client.invalidateQueries({ queryKey: keys.lists });
  };
}

/** Records an eligibility decision (PENDING takes one back), sending the version loaded. */
export function useDecideEligibility(id: string) {
  const refresh = useRefreshAfterChange();
  return useMutation({
    mutationFn: (body: EligibilityDecisionInput) =>
      unwrap(api.PUT('/api/v1/applications/{id}/eligibility', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

/** Saves the coordinators' private note (blank clears it), sending the version loaded. */
export function useSaveNote(id: string) {
  const refresh = useRefreshAfterChange();
  return useMutation({
    mutationFn: (body: CoordinatorNoteInput) =>
      unwrap(api.PUT('/api/v1/applications/{id}/note', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

export const EXPORT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface DownloadedFile {
  blob: Blob;
  /** The name the server gave in Content-Disposition, when it gave one. */
  fileName?: string;
}

/** The applications the filters match as a CSV or XLSX file, fetched with the user's token. */
export async function fetchExport(
  callId: string,
  query: Omit<ExportQuery, 'format'>,
  format: ExportFormat,
): Promise<DownloadedFile> {
  const { data, error, response } = await api.GET('/api/v1/calls/{callId}/applications/export', {
    params: { path: { callId }, query: { ...query, format } },
    headers: { Accept: `${EXPORT_TYPES[format]}, application/problem+json` },
    parseAs: 'blob',
  });
  if (!response.ok || error !== undefined) throw new ApiProblem(response.status, error);
  return {
    blob: data,
    fileName: fileNameFromContentDisposition(response.headers.get('Content-Disposition')),
  };
}

interface DocumentRequest {
  query?: { inline: true };
  headers: { Accept: string };
  parseAs: 'blob';
}

/**
 * A document's content with its stored type, to save (attachment) or preview (inline), from the
 * endpoint `get` calls with the request's options: the coordinators' or the evaluators'.
 */
export async function fetchStoredDocument(
  document: ReviewDocument,
  inline: boolean,
  get: (request: DocumentRequest) => Promise<{ data?: Blob; error?: unknown; response: Response }>,
): Promise<Blob> {
  const blob = await unwrap(
    get({
      query: inline ? { inline } : undefined,
      headers: { Accept: `${document.contentType}, application/problem+json` },
      parseAs: 'blob',
    }),
  );
  // The type the file was stored with, whatever the response said, so that a preview shows it.
  return new Blob([blob], { type: document.contentType });
}

/** A document of an application, as coordinators fetch it. */
export function fetchDocument(
  applicationId: string,
  document: ReviewDocument,
  inline: boolean,
): Promise<Blob> {
  return fetchStoredDocument(document, inline, ({ query, ...options }) =>
    api.GET('/api/v1/applications/{id}/documents/{documentId}', {
      params: { path: { id: applicationId, documentId: document.id }, query },
      ...options,
    }),
  );
}

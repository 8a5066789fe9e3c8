import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { fetchStoredDocument, type ReviewDocument } from '../review';

export type EvaluatedApplication = Schemas['EvaluationApplication'];
export type MyEvaluation = Schemas['MyEvaluation'];
export type EvaluatedCriterion = Schemas['EvaluatedCriterion'];
export type ComputedCriterion = Schemas['ComputedCriterion'];
export type ScoreFlagAt = Schemas['ScoreFlagAt'];
export type EvaluationInput = Schemas['EvaluationInput'];

/** The API's limit of a score's comment (ScoringRules). */
export const COMMENT_MAX = 2000;

const keys = {
  content: (applicationId: string) => ['evaluations', 'applications', applicationId] as const,
  evaluation: (applicationId: string) =>
    ['evaluations', 'applications', applicationId, 'evaluation'] as const,
};

/** The application's content, once the evaluator declared no conflict. */
export function useEvaluatedApplication(applicationId: string) {
  return useQuery({
    queryKey: keys.content(applicationId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/evaluations/applications/{applicationId}', {
          params: { path: { applicationId } },
        }),
      ),
  });
}

/** The evaluator's own scores; the others', the means and the flags only once submitted. */
export function useMyEvaluation(applicationId: string) {
  return useQuery({
    queryKey: keys.evaluation(applicationId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/evaluations/applications/{applicationId}/evaluation', {
          params: { path: { applicationId } },
        }),
      ),
  });
}

/** Saves the draft scores (they replace the saved ones), sending the version loaded. */
export function useSaveEvaluation(applicationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: EvaluationInput) =>
      unwrap(
        api.PUT('/api/v1/evaluations/applications/{applicationId}/evaluation', {
          params: { path: { applicationId } },
          body,
        }),
      ),
    onSuccess: (saved) => client.setQueryData(keys.evaluation(applicationId), saved),
  });
}

/** Submits the saved scores for good, sending the version saved. */
export function useSubmitEvaluation(applicationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      unwrap(
        api.POST('/api/v1/evaluations/applications/{applicationId}/evaluation/submit', {
          params: { path: { applicationId } },
          body: { version },
        }),
      ),
    onSuccess: (submitted) => client.setQueryData(keys.evaluation(applicationId), submitted),
  });
}

/** A document of an application assigned to the evaluator. */
export function fetchEvaluatedDocument(
  applicationId: string,
  document: ReviewDocument,
  inline: boolean,
): Promise<Blob> {
  return fetchStoredDocument(document, inline, ({ query, ...options }) =>
    api.GET('/api/v1/evaluations/applications/{applicationId}/documents/{documentId}', {
      params: { path: { applicationId, documentId: document.id }, query },
      ...options,
    }),
  );
}

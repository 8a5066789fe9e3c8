import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { applicationKey } from './api';

export type MyResult = Schemas['MyResult'];
export type MyCriterionScore = Schemas['MyCriterionScore'];
export type ExplanationStep = Schemas['ExplanationStep'];
export type MyAppeal = Schemas['Appeal'];

/** The API's limit on an appeal's text. */
export const APPEAL_MAX = 4000;

/** What the applicant answers to the place offered: accept it, or decline (withdraw, leave the reserve list). */
export type OfferAnswer = 'accept' | 'decline';

const resultKey = (id: string) => [...applicationKey(id), 'result'] as const;

/** My outcome in the call's selection; `published: false` until the coordinator publishes the results. */
export function useMyResult(id: string) {
  return useQuery({
    queryKey: resultKey(id),
    queryFn: () =>
      unwrap(api.GET('/api/v1/me/applications/{id}/result', { params: { path: { id } } })),
  });
}

function answerOffer(id: string, answer: OfferAnswer): Promise<MyResult> {
  const params = { params: { path: { id } } };
  return unwrap(
    answer === 'accept'
      ? api.POST('/api/v1/me/applications/{id}/result/accept', params)
      : api.POST('/api/v1/me/applications/{id}/result/decline', params),
  );
}

/** A change of my result; the result it returns replaces the cached one, a refusal reloads it. */
function useResultChange<Input>(id: string, change: (input: Input) => Promise<MyResult>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (result) => client.setQueryData(resultKey(id), result),
    onError: () => client.invalidateQueries({ queryKey: resultKey(id), exact: true }),
  });
}

/** Sends the answer to the offer. */
export function useAnswerOffer(id: string) {
  return useResultChange(id, (answer: OfferAnswer) => answerOffer(id, answer));
}

/** Lodges an appeal against my result. */
export function useAppealResult(id: string) {
  return useResultChange(id, (text: string) =>
    unwrap(
      api.POST('/api/v1/me/applications/{id}/result/appeal', {
        params: { path: { id } },
        body: { text },
      }),
    ),
  );
}

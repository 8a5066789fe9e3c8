import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type CallScores = Schemas['CallScores'];
export type ApplicationScores = Schemas['ApplicationScores'];
export type CriterionScore = Schemas['ApplicationCriterionScore'];
export type ScoreFlag = Schemas['ScoreFlag'];
export type ScoreFlagAt = Schemas['ScoreFlagAt'];

/** The flags in the order the legend explains them. */
export const SCORE_FLAGS = [
  'TOO_FEW_EVALUATIONS',
  'DISAGREEMENT',
  'MISSING_GRADE',
  'LANGUAGE_NOT_DECLARED',
] as const satisfies ScoreFlag[];

const keys = {
  scores: (callId: string) => ['selection', callId, 'scores'] as const,
};

/** The scores of a call's eligible applications, highest total first and incomplete ones last. */
export function useCallScores(callId: string) {
  return useQuery({
    queryKey: keys.scores(callId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/calls/{callId}/scores', { params: { path: { callId } } })),
  });
}

/** An application whose total is absent: evaluations are missing, so it is not ranked yet. */
export function isIncomplete(application: ApplicationScores): boolean {
  return application.total === undefined;
}

/**
 * An application with a score the commission should look at: evaluators who disagree, or a computed criterion
 * that scored 0 for want of data. Too few evaluations is not counted here: a missing total shows it.
 */
export function isFlagged(application: ApplicationScores): boolean {
  return application.flags.some(({ flag }) => flag !== 'TOO_FEW_EVALUATIONS');
}

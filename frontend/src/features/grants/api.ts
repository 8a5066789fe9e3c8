import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { useConfiguredHome, usePartnerDirectory } from '../institutions/api';

export type GrantEstimate = Schemas['GrantEstimate'];
export type GrantEstimateInput = Schemas['GrantEstimateInput'];
export type GrantExplanation = Schemas['GrantExplanation'];
export type GrantLine = Schemas['GrantLine'];
export type GrantPlace = Schemas['GrantPlace'];
export type MobilityType = Schemas['MobilityType'];

export const MOBILITY_TYPES: MobilityType[] = [
  'STUDENT_STUDIES',
  'STUDENT_TRAINEESHIP',
  'SHORT_TERM_BLENDED',
  'SHORT_TERM_DOCTORAL',
  'STAFF_TEACHING',
  'STAFF_TRAINING',
];

/** A refused estimate; for 429 it carries how long to wait, from Retry-After. */
export class EstimateProblem extends ApiProblem {
  readonly retryAfterSeconds?: number;

  constructor(status: number, body: unknown, retryAfter: string | null) {
    super(status, body);
    const seconds = retryAfter === null ? NaN : Number.parseInt(retryAfter, 10);
    this.retryAfterSeconds = Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
  }
}

async function estimate(body: GrantEstimateInput): Promise<GrantEstimate> {
  const { data, error, response } = await api.POST('/api/v1/grants/estimate', { body });
  if (!response.ok || error !== undefined || data === undefined) {
    throw new EstimateProblem(response.status, error, response.headers.get('Retry-After'));
  }
  return data;
}

/**
 * The estimate for the input, or nothing while the input is incomplete. The previous result stays
 * on screen while the next one loads.
 */
export function useGrantEstimate(input: GrantEstimateInput | null) {
  return useQuery({
    queryKey: ['grants', 'estimate', input],
    queryFn: () => estimate(input as GrantEstimateInput),
    enabled: input !== null,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60 * 1000,
    retry: false,
  });
}

const ALL_PARTNERS = { sort: 'name', page: 0, size: 200 };

/** The home institution and the public partner directory, to choose the two ends from. */
export function usePlaces() {
  const home = useConfiguredHome();
  const partners = usePartnerDirectory(ALL_PARTNERS);
  return { home, partners };
}

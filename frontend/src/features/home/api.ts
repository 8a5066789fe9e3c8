import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import type { paths } from '../../api/schema';

export type AgreementSummary = Schemas['AgreementSummary'];
export type AgreementListQuery = NonNullable<
  paths['/api/v1/agreements']['get']['parameters']['query']
>;

/** How many agreements a dashboard card lists; the count covers them all. */
const DIGEST_SIZE = 5;

/** The first agreements of a filtered list and how many there are in all. */
export function useAgreementDigest(query: AgreementListQuery) {
  return useQuery({
    queryKey: ['agreements', 'list', { ...query, size: DIGEST_SIZE }],
    queryFn: () =>
      unwrap(api.GET('/api/v1/agreements', { params: { query: { ...query, size: DIGEST_SIZE } } })),
  });
}

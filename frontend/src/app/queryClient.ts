import { QueryClient } from '@tanstack/react-query';
import { ApiProblem } from '../api/problem';

const MAX_RETRIES = 2;

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A refusal (4xx) will not change by asking again; a failure or lost connection might.
        retry: (failures, error) =>
          failures < MAX_RETRIES && !(error instanceof ApiProblem && error.status < 500),
      },
    },
  });
}

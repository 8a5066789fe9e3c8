import { useState } from 'react';
import type { OutcomeStatus } from './commissionApi';

/** The outcome a list is filtered on (undefined: all) and its page, 1-based as shown; a new filter starts at page 1. */
export function useOutcomeFilter() {
  const [status, setStatus] = useState<OutcomeStatus | undefined>(undefined);
  const [page, setPage] = useState(1);
  return {
    status,
    page,
    setPage,
    filter: (next: OutcomeStatus | undefined) => {
      setStatus(next);
      setPage(1);
    },
  };
}

export type OutcomeFilter = ReturnType<typeof useOutcomeFilter>;

import { useState } from 'react';
import { useRefusals } from '../../components/useRefusals';
import { isStale } from './api';

/** A refused action on a nomination: stale (someone changed it meanwhile), or the API's refusals. */
export function useActionRefusal() {
  const refusals = useRefusals();
  const [stale, setStale] = useState(false);
  return {
    messages: refusals.messages,
    stale,
    clear: () => {
      refusals.clear();
      setStale(false);
    },
    refused: (error: Error) => {
      if (isStale(error)) setStale(true);
      else refusals.refused(error);
    },
  };
}

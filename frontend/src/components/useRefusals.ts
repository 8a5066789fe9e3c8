import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/problem';
import { useRefusalText } from './refusalText';

/** What the API refused of an action, in the interface language, for a RefusalAlert. */
export function useRefusals() {
  const { t } = useTranslation();
  const refusalText = useRefusalText();
  const [messages, setMessages] = useState<string[]>([]);
  return {
    messages,
    clear: () => setMessages([]),
    refused: (error: Error) => {
      if (error instanceof ApiProblem && error.errors.length > 0) {
        setMessages(error.errors.map(refusalText));
      } else if (error instanceof ApiProblem && error.status < 500 && error.detail) {
        setMessages([error.detail]);
      } else {
        setMessages([t('common.errorDescription')]);
      }
    },
  };
}

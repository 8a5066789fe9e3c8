import type { UseFormReturnType } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, problemToFormErrors } from '../api/problem';

/**
 * How a form takes the API's refusal of a save: field errors beside their fields, the rest in a
 * list above the form, a stale version as its own state, and the focus on the first wrong field.
 */
export function useFormRefusal<Values>(
  form: UseFormReturnType<Values>,
  isStale: (problem: ApiProblem) => boolean,
) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [refusals, setRefusals] = useState(0);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [stale, setStale] = useState(false);

  // After a refused submit, take keyboard and screen-reader users to the first wrong field.
  useEffect(() => {
    if (refusals > 0) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }, [refusals]);

  return {
    formRef,
    otherErrors,
    stale,
    /** Forgets the last refusal, before the next save or after a reload. */
    reset: () => {
      setOtherErrors([]);
      setStale(false);
    },
    /** For the form's own validation failing. */
    invalid: () => setRefusals((count) => count + 1),
    /** For the save failing. */
    refused: (error: Error) => {
      if (!(error instanceof ApiProblem)) {
        setOtherErrors([t('common.errorDescription')]);
        return;
      }
      if (isStale(error)) {
        setStale(true);
        return;
      }
      const { fieldErrors, otherErrors } = problemToFormErrors(error, form.getValues());
      form.setErrors(fieldErrors);
      const general =
        error.errors.length > 0
          ? []
          : [error.status >= 500 ? t('common.errorDescription') : (error.detail ?? error.message)];
      setOtherErrors([...otherErrors, ...general]);
      setRefusals((count) => count + 1);
    },
  };
}

import type { UseFormReturnType } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, problemToFormErrors, type FormErrors } from '../api/problem';
import { useRefusalText, type RefusalNames } from './refusalText';

interface Options<Values> {
  /** Sorts the problem's errors into form fields and the rest; `problemToFormErrors` by default. */
  toFormErrors?: (problem: ApiProblem, values: Values) => FormErrors;
  /** What takes the focus after a refusal; the first wrong field by default. */
  focusSelector?: string;
  /** Names the refusals' arguments may need (institutions) that the form knows. */
  names?: RefusalNames;
}

/**
 * How a form takes the API's refusal of a save: field errors (translated from their codes) beside
 * their fields, the rest in a list above the form, a stale version as its own state, and the focus
 * on the first wrong field.
 */
export function useFormRefusal<Values>(
  form: UseFormReturnType<Values>,
  isStale: (problem: ApiProblem) => boolean,
  {
    toFormErrors = problemToFormErrors,
    focusSelector = '[aria-invalid="true"]',
    names,
  }: Options<Values> = {},
) {
  const { t } = useTranslation();
  const refusalText = useRefusalText(names);
  const formRef = useRef<HTMLFormElement>(null);
  const [refusals, setRefusals] = useState(0);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [stale, setStale] = useState(false);

  // After a refused submit, take keyboard and screen-reader users to the first wrong field.
  useEffect(() => {
    if (refusals > 0) {
      formRef.current?.querySelector<HTMLElement>(focusSelector)?.focus();
    }
  }, [refusals, focusSelector]);

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
    refused: (refusal: Error) => {
      if (!(refusal instanceof ApiProblem)) {
        setOtherErrors([t('common.errorDescription')]);
        return;
      }
      // The rules' refusals in the interface language, before the form sorts them.
      const error = refusal.withErrors((field) => ({ ...field, message: refusalText(field) }));
      if (isStale(error)) {
        setStale(true);
        return;
      }
      const { fieldErrors, otherErrors } = toFormErrors(error, form.getValues());
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

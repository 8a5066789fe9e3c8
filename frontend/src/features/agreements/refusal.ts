import type { TFunction } from 'i18next';
import { ApiProblem, problemToFormErrors, type FieldError } from '../../api/problem';

export interface Refusal {
  /** Someone changed the agreement meanwhile (or its status no longer allows the action). */
  stale: boolean;
  /** Messages for the fields the form shows, keyed by form path. */
  fieldErrors: Record<string, string>;
  /** One text for everything else, empty when the fields say it all. */
  general: string;
}

/**
 * Sorts what the API answered to a refused change: stale, beside the fields, or in general; each
 * field error worded by refusalText (from its code).
 */
export function readRefusal(
  refused: Error,
  values: unknown,
  t: TFunction,
  refusalText: (error: FieldError) => string,
): Refusal {
  if (!(refused instanceof ApiProblem)) {
    return { stale: false, fieldErrors: {}, general: t('common.errorDescription') };
  }
  const error = refused.withErrors((field) => ({ ...field, message: refusalText(field) }));
  if (error.status === 409 && !error.errors.some((e) => e.field !== 'version')) {
    return { stale: true, fieldErrors: {}, general: '' };
  }
  const { fieldErrors, otherErrors } = problemToFormErrors(error, values);
  const general =
    error.errors.length > 0
      ? otherErrors.join('; ')
      : error.status >= 500
        ? t('common.errorDescription')
        : (error.detail ?? error.message);
  return { stale: false, fieldErrors, general };
}

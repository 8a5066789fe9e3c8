import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { toFormPath } from '../../api/problem';
import type { MyApplication } from './api';
import { DraftSession, type DraftValues } from './draftSession';
import { useApplicationText } from './text';

export type { SaveState } from './draftSession';

export type DraftField = keyof DraftValues;
export type DraftFieldErrors = Partial<Record<DraftField, string>>;

const FIELDS: DraftField[] = ['preferences', 'plannedStart', 'plannedEnd', 'motivation'];

/** The draft's input, saved by itself (see {@link DraftSession}), with its refusals in words. */
export function useApplicationDraft(application: MyApplication, editable: boolean) {
  const { t } = useTranslation();
  const text = useApplicationText();
  const client = useQueryClient();
  // One session per page visit; the page is keyed by the application.
  const [session] = useState(() => new DraftSession(application, editable, client));
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);

  useEffect(() => {
    session.start();
    return () => session.stop();
  }, [session]);

  const { fieldErrors, otherErrors } = useMemo(() => {
    const byField: DraftFieldErrors = {};
    const other: string[] = [];
    for (const entry of snapshot.errors) {
      const field = toFormPath(entry.field).split('.')[0] as DraftField;
      const message = text.problem(entry);
      if (FIELDS.includes(field)) {
        byField[field] = byField[field] ? `${byField[field]}; ${message}` : message;
      } else other.push(message);
    }
    if (snapshot.refusal) other.push(snapshot.refusal);
    if (snapshot.reloadFailed) other.push(t('common.errorDescription'));
    return { fieldErrors: byField, otherErrors: other };
  }, [snapshot.errors, snapshot.refusal, snapshot.reloadFailed, text, t]);

  return {
    values: snapshot.values,
    state: snapshot.state,
    stale: snapshot.stale,
    fieldErrors,
    otherErrors,
    change: <F extends DraftField>(field: F, value: DraftValues[F]) => session.change(field, value),
    retry: () => session.retry(),
    settle: () => session.settle(),
    adopt: (fresh: MyApplication) => session.adopt(fresh),
    dismissStale: () => session.dismissStale(),
  };
}

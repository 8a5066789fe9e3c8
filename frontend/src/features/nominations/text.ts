import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n';
import { useCallList } from '../calls/api';
import { useCallText } from '../calls/text';
import type { Nomination } from './api';

const ALL_CALLS = { page: 0, size: 200 };

/** The calls by title in the interface language, for the call filter and the list's call column. */
export function useCallTitles() {
  const calls = useCallList(ALL_CALLS);
  const { text } = useCallText();
  const items = calls.data?.items ?? [];
  return {
    options: items.map((call) => ({ value: call.id, label: text(call.title) })),
    title: (id: string) => {
      const call = items.find((known) => known.id === id);
      return call ? text(call.title) : undefined;
    },
  };
}

/** "1 Feb 2027 – 30 Jun 2027" */
export function usePeriodText() {
  const { t } = useTranslation();
  return (nomination: Pick<Nomination, 'plannedStart' | 'plannedEnd'>) =>
    t('nominations.period', {
      start: formatDate(nomination.plannedStart),
      end: formatDate(nomination.plannedEnd),
    });
}

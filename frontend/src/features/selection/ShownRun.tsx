import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError';
import { PageState } from '../../components/PageState';
import { useShownRun, type AllocationRun } from './commissionApi';

interface Props {
  callId: string;
  /** The run picked; null for the newest. */
  runId: string | null;
  /** What stands there before any run. */
  none: ReactNode;
  children: (run: AllocationRun) => ReactNode;
}

/** The run a tab shows, once loaded: the one picked, else the newest. */
export function ShownRun({ callId, runId, none, children }: Props) {
  const { t } = useTranslation();
  const shown = useShownRun(callId, runId);
  if (shown.runs.isPending || (shown.runId && shown.run.isPending))
    return <PageState kind="loading" />;
  const failed = shown.runs.error ?? shown.run.error;
  if (failed)
    return (
      <LoadError
        error={failed}
        notFound={t('selection.ranking.notFound')}
        onRetry={() => void (shown.runs.isError ? shown.runs.refetch() : shown.run.refetch())}
      />
    );
  return shown.run.data ? children(shown.run.data) : none;
}

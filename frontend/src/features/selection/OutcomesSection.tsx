import { NativeSelect, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError';
import { PagedResults } from '../../components/PagedResults';
import { PageState } from '../../components/PageState';
import type { Call } from '../calls/api';
import {
  OUTCOME_FILTERS,
  OUTCOMES_PAGE_SIZE,
  useOutcomes,
  type AllocationRun,
  type OutcomeStatus,
} from './commissionApi';
import { OutcomesTable } from './OutcomesTable';

/** A run's ranking, a page at a time, of one outcome or all. */
export function OutcomesSection({ run, call }: { run: AllocationRun; call: Call }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<OutcomeStatus | undefined>(undefined);
  const [page, setPage] = useState(1);
  const outcomes = useOutcomes(run.callId, run.id, status, page - 1);

  const list = () => {
    if (outcomes.isPending) return <PageState kind="loading" />;
    if (outcomes.isError)
      return (
        <LoadError
          error={outcomes.error}
          notFound={t('selection.ranking.notFound')}
          onRetry={() => void outcomes.refetch()}
        />
      );
    return (
      <PagedResults
        totalText={t('selection.ranking.outcomesTotal', { count: outcomes.data.total })}
        total={outcomes.data.total}
        pageSize={OUTCOMES_PAGE_SIZE}
        page={page}
        onPage={setPage}
        stale={outcomes.isPlaceholderData}
        busy={outcomes.isFetching}
      >
        {outcomes.data.items.length === 0 ? (
          <PageState kind="empty" title={t('selection.ranking.noOutcomes')} />
        ) : (
          <OutcomesTable items={outcomes.data.items} run={run} criteria={call.criteria} />
        )}
      </PagedResults>
    );
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="run-ranking">
      <Title order={3} size="h4" id="run-ranking">
        {t('selection.ranking.ranking')}
      </Title>
      <NativeSelect
        label={t('selection.ranking.statusFilter')}
        value={status ?? ''}
        onChange={(event) => {
          setStatus((event.currentTarget.value || undefined) as OutcomeStatus | undefined);
          setPage(1);
        }}
        data={[
          { value: '', label: t('selection.ranking.allStatuses') },
          ...OUTCOME_FILTERS.map((value) => ({
            value,
            label: t(`selection.ranking.status.${value}`),
          })),
        ]}
        maw={260}
      />
      {list()}
    </Stack>
  );
}

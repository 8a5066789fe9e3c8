import { NativeSelect, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Call } from '../calls/api';
import {
  OUTCOME_FILTERS,
  OUTCOMES_PAGE_SIZE,
  useOutcomes,
  type AllocationRun,
  type OutcomeStatus,
} from './commissionApi';
import { OutcomesTable } from './OutcomesTable';
import { PagedQuery } from './PagedQuery';

/** A run's ranking, a page at a time, of one outcome or all. */
export function OutcomesSection({ run, call }: { run: AllocationRun; call: Call }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<OutcomeStatus | undefined>(undefined);
  const [page, setPage] = useState(1);
  const outcomes = useOutcomes(run.callId, run.id, status, page - 1);

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
      <PagedQuery
        query={outcomes}
        page={page}
        onPage={setPage}
        pageSize={OUTCOMES_PAGE_SIZE}
        totalText={(count) => t('selection.ranking.outcomesTotal', { count })}
        emptyTitle={t('selection.ranking.noOutcomes')}
      >
        {(items) => <OutcomesTable items={items} run={run} criteria={call.criteria} />}
      </PagedQuery>
    </Stack>
  );
}

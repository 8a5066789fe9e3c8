import { NativeSelect, Stack, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
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
import { useOutcomeFilter, type OutcomeFilter } from './useOutcomeFilter';

interface ListProps<T> {
  id: string;
  title: string;
  /** The outcomes the filter offers besides all. */
  filters: readonly OutcomeStatus[];
  filter: OutcomeFilter;
  /** The page the filter asks for. */
  query: UseQueryResult<{ items: T[]; total: number }>;
  children: (items: T[]) => ReactNode;
}

/** A list of candidates by outcome, a page at a time, with a filter on the outcome. */
export function OutcomeList<T>({ id, title, filters, filter, query, children }: ListProps<T>) {
  const { t } = useTranslation();

  return (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Title order={3} size="h4" id={id}>
        {title}
      </Title>
      <NativeSelect
        label={t('selection.ranking.statusFilter')}
        value={filter.status ?? ''}
        onChange={(event) =>
          filter.filter((event.currentTarget.value || undefined) as OutcomeStatus | undefined)
        }
        data={[
          { value: '', label: t('selection.ranking.allStatuses') },
          ...filters.map((value) => ({
            value,
            label: t(`selection.ranking.status.${value}`),
          })),
        ]}
        maw={260}
      />
      <PagedQuery
        query={query}
        page={filter.page}
        onPage={filter.setPage}
        pageSize={OUTCOMES_PAGE_SIZE}
        totalText={(count) => t('selection.ranking.outcomesTotal', { count })}
        emptyTitle={t('selection.ranking.noOutcomes')}
      >
        {children}
      </PagedQuery>
    </Stack>
  );
}

/** A run's ranking, a page at a time, of one outcome or all. */
export function OutcomesSection({ run, call }: { run: AllocationRun; call: Call }) {
  const { t } = useTranslation();
  const filter = useOutcomeFilter();
  const outcomes = useOutcomes(run.callId, run.id, filter.status, filter.page - 1);
  return (
    <OutcomeList
      id="run-ranking"
      title={t('selection.ranking.ranking')}
      filters={OUTCOME_FILTERS}
      filter={filter}
      query={outcomes}
    >
      {(items) => <OutcomesTable items={items} run={run} criteria={call.criteria} />}
    </OutcomeList>
  );
}

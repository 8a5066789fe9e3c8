import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { formatNumber, useLanguage } from '../../i18n';
import type { Criterion } from '../calls/api';
import { pickText } from '../calls/text';
import type { AllocationOutcome, AllocationRun } from './commissionApi';
import { useRunNames } from './explanationText';
import { OutcomeCell } from './OutcomeParts';
import { useExplanations } from './useExplanations';
import { SelectionApplicant } from './SelectionApplicant';

interface Props {
  items: AllocationOutcome[];
  run: AllocationRun;
  criteria: Criterion[];
}

/** One row a candidate in the run's order, with a score per criterion, the total, the outcome and its explanation. */
export function OutcomesTable({ items, run, criteria }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = useRunNames(run.partners, criteria);
  const explanations = useExplanations<AllocationOutcome>(names);
  const number = (value: number | null | undefined) =>
    value === undefined || value === null ? '—' : formatNumber(value, language);

  return (
    <ResponsiveTable
      label={t('selection.ranking.table')}
      items={items}
      keyOf={(outcome) => outcome.applicationId}
      minWidth={620 + 120 * criteria.length}
      primary={{
        key: 'application',
        header: t('selection.ranking.application'),
        render: (outcome) => (
          <SelectionApplicant
            applicantName={outcome.applicantName}
            receiptNumber={outcome.receiptNumber}
          />
        ),
      }}
      columns={[
        {
          key: 'rank',
          header: t('selection.ranking.rank'),
          render: (outcome) => number(outcome.rank),
        },
        ...criteria.map((criterion, index) => ({
          key: `criterion-${index}`,
          header: pickText(criterion.name, language),
          render: (outcome: AllocationOutcome) => number(outcome.scores[index]),
        })),
        {
          key: 'total',
          header: t('selection.ranking.total'),
          render: (outcome) => (
            <Text size="sm" fw={600}>
              {number(outcome.total)}
            </Text>
          ),
        },
        {
          key: 'outcome',
          header: t('selection.ranking.outcome'),
          render: (outcome) => <OutcomeCell {...outcome} names={names} />,
        },
      ]}
      actions={explanations.actions}
      detail={explanations.detail}
    />
  );
}
